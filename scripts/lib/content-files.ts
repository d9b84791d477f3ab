/**
 * Reading and writing the writers' files in content/ from scripts (outside Astro).
 * CONTENT_DIR points the commands at another tree, as the tests do.
 */
import { load as loadYaml } from 'js-yaml';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { COLLECTIONS, contentDir, MAX_YAML_BYTES, type Collection } from '../../src/lib/rules.ts';

export { contentDir };

export interface ContentFile {
  collection: Collection;
  id: string;
  /** Path as a writer would type it, relative to the working directory. */
  path: string;
  text: string;
}

/** Why a file could not be read as YAML: located, with the fix. */
export interface ReadProblem {
  rule: 'yaml-syntax' | 'yaml-alias' | 'too-large';
  line: number;
  column: number;
  message: string;
  fix: string;
}

export interface YamlFile extends ContentFile {
  data: Record<string, unknown>;
  problem?: ReadProblem;
}

export interface ArticleFile extends YamlFile {
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

/** An object or list that appears twice in the parsed data came from a YAML alias (*name). */
function usesAliases(data: unknown, seen = new Set<object>()): boolean {
  if (!data || typeof data !== 'object' || data instanceof Date) return false;
  if (seen.has(data)) return true;
  seen.add(data);
  return Object.values(data).some((value) => usesAliases(value, seen));
}

/**
 * YAML as Astro reads it (js-yaml 4, the same library and major), with the problems a
 * writer can fix reported at their line instead of thrown: syntax errors, aliases (a
 * nested alias "bomb" would take the linter and the build down), oversized documents.
 * `firstLine` is where the YAML starts in the file (frontmatter starts on line 2).
 */
export function parseYaml(
  text: string,
  firstLine = 1,
): { data: Record<string, unknown>; problem?: ReadProblem } {
  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    return {
      data: {},
      problem: {
        rule: 'too-large',
        line: firstLine,
        column: 1,
        message: `${Math.round(Buffer.byteLength(text) / 1024)} KB of YAML is more than the ${MAX_YAML_BYTES / 1024} KB a content file may hold`,
        fix: 'Split it, or move long text into the article body.',
      },
    };
  }
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number }; message: string };
    let line = e.mark?.line ?? 0;
    let reason = e.reason ?? e.message.split('\n')[0];
    // An unclosed quote is noticed at the end of the document: point at the line that opened it.
    if (/within a (double|single) quoted scalar/.test(e.reason ?? '')) {
      const lines = text.split('\n');
      const quote = /double/.test(e.reason!) ? '"' : "'";
      for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
        if ((lines[i]!.split(quote).length - 1) % 2 === 1) {
          line = i;
          reason = `the ${quote} quote opened on this line is never closed`;
          break;
        }
      }
    }
    return {
      data: {},
      problem: {
        rule: 'yaml-syntax',
        line: firstLine + line,
        column: (e.mark?.column ?? 0) + 1,
        message: `YAML cannot be read: ${reason}`,
        fix: 'Check the indentation on and above this line, close every quote, and put quotes around a value that holds a colon.',
      },
    };
  }
  if (usesAliases(data)) {
    const line = text.split('\n').findIndex((l) => /(^|[\s:\-[,])\*[\w-]+/.test(l));
    return {
      data: {},
      problem: {
        rule: 'yaml-alias',
        line: firstLine + Math.max(0, line),
        column: 1,
        message: 'YAML aliases (*name) are not allowed in content files',
        fix: 'Write the value out in full where it is used.',
      },
    };
  }
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readArticle(file: ContentFile): ArticleFile {
  const match = file.text.match(FRONTMATTER);
  if (!match) return { ...file, data: {}, body: file.text, bodyLine: 1 };
  const { data, problem } = parseYaml(match[1]!, 2);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...file, data, problem, body: file.text.slice(match[0].length), bodyLine };
}

export function readYaml(file: ContentFile): YamlFile {
  return { ...file, ...parseYaml(file.text) };
}

/**
 * 1-based line of a field by its path (['sources', 1, 'url']) in YAML text: each key is
 * looked for below the line of its parent, each list index counts the "- " items there.
 * Falls back to the deepest line found, then to `fallback`.
 */
export function lineOfPath(text: string, path: (string | number)[], fallback = 1): number {
  const lines = text.split('\n');
  let from = 0;
  let found = fallback;
  let indent = -1;
  for (const part of path) {
    let hit = -1;
    if (typeof part === 'number') {
      let count = -1;
      for (let i = from; i < lines.length; i++) {
        const m = lines[i]!.match(/^(\s*)- /);
        const depth = lines[i]!.search(/\S/);
        if (depth >= 0 && depth <= indent && i > from && !m) break;
        if (m && m[1]!.length > indent - 1 && ++count === part) {
          hit = i;
          break;
        }
      }
    } else {
      const pattern = new RegExp(`^(\\s*)(- )?["']?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
      for (let i = from; i < lines.length; i++) {
        if (pattern.test(lines[i]!)) {
          hit = i;
          break;
        }
      }
    }
    if (hit < 0) break;
    found = hit + 1;
    from = hit + (typeof part === 'number' ? 0 : 1);
    indent = lines[hit]!.search(/\S/);
  }
  return found;
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
  const clash = existsSync(dirname(path))
    ? readdirSync(dirname(path)).find((name) => name.toLowerCase() === basename(path).toLowerCase())
    : undefined;
  if (clash) {
    // In any letter case: macOS and Windows see one file, and Astro would keep one story.
    throw new FileExistsError(
      `${join(dirname(path), clash)} already exists; nothing was written. Pick another name or edit that file.`,
    );
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
