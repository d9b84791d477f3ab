import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_SITE = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

/** A throwaway copy of the fixture content tree, with some files replaced or added. */
export function fixtureCopy(files: Record<string, string> = {}): {
  dir: string;
  work: string;
  cleanup: () => void;
} {
  const base = mkdtempSync(join(tmpdir(), 'gigawatt-'));
  const dir = join(base, 'content');
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return { dir, work: join(base, 'work'), cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Frontmatter of a valid story for the fixture tree (author ada, topic grid): the body starts on line 10. */
export const FIXTURE_STORY = `---
title: A lint fixture headline
description: A lint fixture dek that is long enough to pass the fifty character minimum.
publishedAt: 2026-05-01
authors: [ada]
topics: [grid]
sources: [{ publisher: Fixture Wire, title: A report }]
---

`;

/** The fixture site is built with a WebSub hub set, so its feeds show what the setting adds. */
export const FIXTURE_ENV = { WEBSUB_HUB: 'https://hub.example.test/', TWITTER_SITE: '@gigawattfixture' };
