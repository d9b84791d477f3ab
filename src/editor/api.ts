/**
 * The browser editor's API (`/api/keystatic/…`, `npm run dev` only): Keystatic's own local-mode
 * handler, with one change. Before a save is written, each file is merged into the file already
 * on disk (src/editor/merge.ts), so a writer who edits a dek changes the dek line and nothing
 * else: comments, key order, zones on dates and the body's layout stay as the writer left them.
 */
import { makeHandler } from '@keystatic/astro/api';
import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import config from 'virtual:keystatic-config';
import { contentDir } from '../lib/rules.ts';
import { mergeEdit } from './merge.ts';

export const prerender = false;

/** Keystatic's paths start at the content folder's name (keystatic.config.ts), so they are read from its parent. */
const base = dirname(resolve(contentDir()));
const keystatic = makeHandler({ config, localBaseDirectory: base });

interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

const text = (path: string) =>
  existsSync(join(base, path)) ? readFileSync(join(base, path), 'utf8') : undefined;

export const ALL: APIRoute = async (context) => {
  if (context.request.method !== 'POST' || !/\/update\/?$/.test(context.url.pathname))
    return keystatic(context);
  const update = (await context.request.json()) as Update;
  for (const addition of update.additions) {
    const format = addition.path.endsWith('.mdx')
      ? 'mdx'
      : /\.ya?ml$/.test(addition.path)
        ? 'yaml'
        : undefined;
    if (!format) continue;
    // A renamed entry (its file name changed) is a deletion beside the addition: merge into that file.
    const renamed = update.deletions.find((d) => dirname(d.path) === dirname(addition.path))?.path;
    const original = text(addition.path) ?? (renamed ? text(renamed) : undefined);
    const edited = Buffer.from(addition.contents, 'base64url').toString('utf8');
    addition.contents = Buffer.from(mergeEdit(original, edited, format)).toString('base64url');
  }
  const request = new Request(context.request.url, {
    method: 'POST',
    headers: context.request.headers,
    body: JSON.stringify(update),
  });
  return keystatic({ ...context, request });
};
