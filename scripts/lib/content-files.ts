/**
 * Reading and writing the writers' files in content/ from scripts (outside Astro).
 * CONTENT_DIR points the commands at another tree, as the tests do.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load as loadYaml } from 'js-yaml';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { COLLECTIONS, contentDir, type Collection } from '../../src/lib/rules.ts';

export { contentDir };

export interface ContentFile {
  collection: Collection;
  id: string;
  /** Path as a writer would type it, relative to the working directory. */
  path: string;
  text: string;
}

export interface ArticleFile extends ContentFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function listFiles(collection: Collection, dir = contentDir()): ContentFile[] {
  const folder = join(dir, COLLECTIONS[collection].folder);
  if (!existsSync(folder)) return [];
  // .md too: the linter reports an article saved as .md, which Astro would skip.
  const pattern = collection === 'articles' ? /\.mdx?$/ : /\.ya?ml$/;
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => {
      const path = relative(process.cwd(), join(folder, name)) || join(folder, name);
      return {
        collection,
        id: basename(name, extname(name)),
        path,
        text: readFileSync(join(folder, name), 'utf8'),
      };
    });
}

export function readArticle(file: ContentFile): ArticleFile {
  const { frontmatter, content } = parseFrontmatter(file.text);
  // The body is the tail of the file: count the lines before it.
  const offset = file.text.endsWith(content) ? file.text.length - content.length : 0;
  const bodyLine = file.text.slice(0, offset).split('\n').length;
  return { ...file, data: frontmatter ?? {}, body: content, bodyLine };
}

export function readYaml(file: ContentFile): Record<string, unknown> {
  const data = loadYaml(file.text);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** 1-based line of `key:` in a file's text (frontmatter or YAML), or 1 if not found. */
export function lineOf(text: string, key: string, from = 0): number {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return 1;
}

export class FileExistsError extends Error {}

/** Writes a new file and never replaces one: the writer's work is never lost. */
export function writeNew(path: string, text: string): void {
  if (existsSync(path)) {
    throw new FileExistsError(
      `${path} already exists; nothing was written. Pick another name or edit that file.`,
    );
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
