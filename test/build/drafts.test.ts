/**
 * Drafts never leak and never block. A copy of the fixture content gets two headline-less
 * drafts (the importer's TODO headline, twice), one with its own image, a new table, a new
 * FAQ set and a correction, one with a broken byline, and a scheduled story with its own
 * image. The linter passes with warnings only; the build succeeds; and nothing of theirs,
 * text or file name, is anywhere in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { allFiles } from '../support/dist.ts';
import { fixtureCopy } from '../support/fixture.ts';
import { script } from '../support/scripts.ts';

const MARKERS = [
  'SECRETBODYMARKER',
  'SECRETTABLEMARKER',
  'SECRETFAQMARKER',
  'DRAFTCORRECTIONMARKER',
  'SCHEDULEDMARKER',
];
const FILE_MARKERS = [
  'embargoed-photo',
  'scheduled-photo',
  'draft-table',
  'draft-faq',
  'draft-a',
  'draft-b',
  'scheduled-launch',
];

const draft = (extra: string, body: string) => `---
title: "TODO: write a headline"
description: A draft the importer wrote; its headline is still the placeholder it was given.
publishedAt: 2026-05-01
authors: [ada]
topics: [grid]
sources: [{ publisher: Fixture Wire, title: A report }]
draft: true
${extra}---

${body}
`;

const site = fixtureCopy({
  'articles/draft-a.mdx': draft(
    'image: { src: ./embargoed-photo.jpg, alt: A photo under embargo }\nfaq: draft-faq\ncorrections:\n  - date: 2026-05-02\n    text: DRAFTCORRECTIONMARKER was wrong.\n',
    'SECRETBODYMARKER in a draft.\n\n<Comparison id="draft-table" />\n',
  ),
  'articles/draft-b.mdx': draft('', 'Another draft with SECRETBODYMARKER and a byline to fix.\n').replace(
    'authors: [ada]',
    'authors: [nobody-yet]',
  ),
  'articles/scheduled-launch.mdx': `---
title: A story scheduled for later with its own photo
description: A scheduled story whose page, card, twin and photo all wait for its time.
publishedAt: 2099-06-09T10:00:00Z
authors: [ada]
topics: [grid]
image: { src: ./scheduled-photo.jpg, alt: A photo for later }
sources: [{ publisher: Fixture Wire, title: A report }]
---

SCHEDULEDMARKER in the body.
`,
  'comparisons/draft-table.yaml':
    'title: TODO SECRETTABLEMARKER table\ncaption: TODO SECRETTABLEMARKER caption.\ncolumns:\n  - key: a\n    label: A\n  - key: b\n    label: B\nrows:\n  - a: one\n    b: two\nsources:\n  - publisher: TODO outlet\n    title: TODO headline\n',
  'faqs/draft-faq.yaml':
    'title: Draft questions\nitems:\n  - question: SECRETFAQMARKER one?\n    answer: An answer.\n  - question: SECRETFAQMARKER two?\n    answer: Another answer.\n',
});
const dist = join(site.work, 'root', 'dist');

beforeAll(async () => {
  for (const [name, color] of [
    ['embargoed-photo.jpg', { r: 200, g: 30, b: 30 }],
    ['scheduled-photo.jpg', { r: 30, g: 30, b: 200 }],
  ] as const)
    await sharp({ create: { width: 1400, height: 800, channels: 3, background: color } })
      .jpeg()
      .toFile(join(site.dir, 'articles', name));
}, 60_000);
afterAll(() => site.cleanup());

describe('drafts never leak and never block', () => {
  it("lints with warnings only: a draft's mistakes wait until it publishes", async () => {
    const lint = await script('lint-content', [], site.dir);
    expect(lint.code, lint.out).toBe(0);
    expect(lint.out).toMatch(
      /draft-b\.mdx:\d+:\d+: warning duplicate-title: .*\(a draft: an error once it publishes\)/,
    );
    expect(lint.out).toMatch(/draft-b\.mdx:\d+:\d+: warning unknown-reference: authors\[0\]: "nobody-yet"/);
    expect(lint.out).toMatch(/draft-table\.yaml:\d+:\d+: warning placeholder/);
  });

  it('builds, and nothing of a draft or a scheduled story is anywhere in dist/', async () => {
    const build = await runAstro('build', site.dir, site.work);
    expect(build.ok, build.output).toBe(true);
    const all = allFiles(dist);
    expect(all.length).toBeGreaterThan(50);
    for (const file of all) {
      const name = file.slice(dist.length);
      for (const marker of FILE_MARKERS)
        expect(name, `${name} is named after ${marker}`).not.toContain(marker);
      if (/\.(png|jpe?g|webp|avif|woff2?|wasm|pf_\w+|gz)$/.test(file) || file.includes('/pagefind/'))
        continue;
      const text = readFileSync(file, 'utf8');
      for (const marker of [...MARKERS, 'TODO: write a headline'])
        expect(text.includes(marker), `${name} holds ${marker}`).toBe(false);
    }
    // The published table and FAQ set are still there.
    expect(all.some((f) => f.endsWith('/compare/two-sites/index.html'))).toBe(true);
    // Only published pictures were processed: no image the size of the embargoed ones.
    const images = all.filter((f) => /\/_astro\/.+\.(jpe?g|webp|avif|png)$/.test(f));
    for (const image of images) {
      const { width, height } = await sharp(image).metadata();
      expect(`${width}x${height}`, image).not.toBe('1400x800');
    }
  });

  it('keeps the search index free of held-back text', () => {
    const index = allFiles(join(dist, 'pagefind'))
      .filter((f) => f.endsWith('.pf_fragment'))
      .map((f) => readFileSync(f));
    expect(index.length).toBeGreaterThan(0);
    // Fragments are gzipped (pagefind's own header, then JSON): look inside.
    for (const fragment of index) {
      const text = gunzipSync(fragment).toString('utf8');
      for (const marker of MARKERS) expect(text).not.toContain(marker);
    }
  });
});
