/**
 * Reading and writing the writers' files in content/ from scripts (outside Astro).
 * CONTENT_DIR points the commands at another tree, as the tests do.
 */
import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import {
  COLLECTIONS,
  contentDir,
  CONTROL_CHARACTER,
  CONTROL_CHARACTERS,
  FRONTMATTER,
  MAX_YAML_BYTES,
  type Collection,
} from '../../src/lib/rules.ts';

export { contentDir };

export interface ContentFile {
  collection: Collection;
  id: string;
  /** Path as a writer would type it, relative to the working directory. */
  path: string;
  text: string;
  /** Why the file could not be read at all (a link to nothing, a folder), if so. */
  unreadable?: string;
}

/** A file's text, or why it cannot be read: a broken link or a folder is a mistake to report, not a crash. */
function readText(path: string): { text: string; unreadable?: string } {
  try {
    // A byte-order mark (Windows editors add one) is not content: dropped, as the build does.
    return { text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'it is a link to a file that does not exist'
        : code === 'EISDIR'
          ? 'it is a folder, or a link to one'
          : code === 'EACCES'
            ? 'it may not be read (its permissions)'
            : `${code ?? (error as Error).message}`;
    return { text: '', unreadable: why };
  }
}

/** Why a file could not be read as YAML: located, with the fix. */
export interface ReadProblem {
  rule: 'yaml-syntax' | 'yaml-alias' | 'too-large' | 'unreadable';
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
  const pattern = { mdx: /\.mdx?$/, md: /\.md$/, yaml: /\.ya?ml$/ }[COLLECTIONS[collection].format];
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => {
      const path = relative(process.cwd(), join(folder, name)) || join(folder, name);
      return {
        collection,
        id: basename(name, extname(name)),
        path,
        ...readText(join(folder, name)),
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
 * A YAML syntax error as a writer can fix it: the line the mistake is on and what to do,
 * for the common ones in words (a colon in a value, a tab, an unclosed quote).
 */
function syntaxProblem(
  text: string,
  firstLine: number,
  e: { reason?: string; mark?: { line: number; column: number }; message: string },
): ReadProblem {
  const lines = text.split('\n');
  const fix =
    'Check the indentation on and above this line, close every quote, and put quotes around a value that holds a colon.';
  const at = (line: number, message: string, hint = fix, column = 1): ReadProblem => ({
    rule: 'yaml-syntax',
    line: firstLine + line,
    column,
    message: `YAML cannot be read: ${message}`,
    fix: hint,
  });
  // The `yaml` package names the line of the mistake itself, where js-yaml often names the
  // next one ("bad indentation" after an unquoted colon).
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const first = doc.errors[0];
  const line = first ? counter.linePos(first.pos[0]).line - 1 : (e.mark?.line ?? 0);
  const tab = lines.findIndex((l) => /^ *\t/.test(l));
  if (tab >= 0) return at(tab, 'a tab indents this line', 'Indent with spaces, never tabs.');
  // "keyTakeaway: Water: like power, it is scarce": a second colon inside a plain value.
  for (const i of [line, line - 1]) {
    const m = lines[i]?.match(/^(\s*(?:- )?)([\w-]+):\s+([^"'|>{[&*!#\s][^#]*?:\s.*)$/);
    if (m)
      return at(
        i,
        `the value of ${m[2]} holds a colon, so YAML reads it as a new field`,
        `Put the value in quotes: ${m[1]!.trimStart()}${m[2]}: ${JSON.stringify(m[3]!.trim())}`,
        m[1]!.length + 1,
      );
  }
  // An unclosed quote is noticed at the end of the document: point at the line that opened it.
  if (/within a (double|single) quoted scalar/.test(e.reason ?? '') || first?.code === 'MISSING_CHAR') {
    const quote = /single/.test(e.reason ?? '') ? "'" : '"';
    for (let i = Math.min(e.mark?.line ?? line, lines.length - 1); i >= 0; i--) {
      if ((lines[i]!.split(quote).length - 1) % 2 === 1)
        return at(i, `the ${quote} quote opened on this line is never closed`);
    }
  }
  if (first?.code === 'DUPLICATE_KEY') return at(line, first.message.split('\n')[0]!, 'Keep one of the two.');
  return at(line, e.reason ?? e.message.split('\n')[0]!, fix, (e.mark?.column ?? 0) + 1);
}

const documents = new Map<string, { doc: Document; counter: LineCounter; offset: number }>();

/** The YAML of a file (its frontmatter, for an article) with a line counter, parsed once. */
function documentOf(text: string) {
  let parsed = documents.get(text);
  if (!parsed) {
    const frontmatter = text.match(FRONTMATTER);
    const yaml = frontmatter ? frontmatter[1]! : text;
    const counter = new LineCounter();
    parsed = { doc: parseDocument(yaml, { lineCounter: counter }), counter, offset: frontmatter ? 1 : 0 };
    if (documents.size > 2000) documents.clear();
    documents.set(text, parsed);
  }
  return parsed;
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
  // A control character is refused by YAML and by the control-character rule alike: that
  // rule names it, with its fix, so YAML reads on without it (one error for one mistake, and
  // the file's other fields still checked).
  const readable = CONTROL_CHARACTER.test(text) ? text.replace(CONTROL_CHARACTERS, '') : text;
  let data: unknown;
  try {
    // Data as Astro reads it (js-yaml); positions and messages from the `yaml` package.
    data = loadYaml(readable);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number }; message: string };
    return { data: {}, problem: syntaxProblem(readable, firstLine, e) };
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

/** The problem of a file that could not be read at all. */
const unreadableProblem = (why: string): ReadProblem => ({
  rule: 'unreadable',
  line: 1,
  column: 1,
  message: `the file cannot be read: ${why}`,
  fix: 'Put the file itself here (not a link to it), or delete it.',
});

export function readArticle(file: ContentFile): ArticleFile {
  if (file.unreadable)
    return { ...file, data: {}, problem: unreadableProblem(file.unreadable), body: '', bodyLine: 1 };
  const match = file.text.match(FRONTMATTER);
  if (!match) return { ...file, data: {}, body: file.text, bodyLine: 1 };
  const { data, problem } = parseYaml(match[1]!, 2);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ...file, data, problem, body: file.text.slice(match[0].length), bodyLine };
}

export function readYaml(file: ContentFile): YamlFile {
  if (file.unreadable) return { ...file, data: {}, problem: unreadableProblem(file.unreadable) };
  return { ...file, ...parseYaml(file.text) };
}

/**
 * 1-based line of a field by its path (['sources', 1, 'url']) in a file's YAML (or an
 * article's frontmatter), from the positions the `yaml` package keeps for every node. A
 * missing field is placed at the deepest part of its path that exists (a missing
 * `sources[0].title` at the `sources[0]` item), then at `fallback`.
 */
export function lineOfPath(text: string, path: (string | number)[], fallback = 1): number {
  const { doc, counter, offset } = documentOf(text);
  let node: unknown = doc.contents;
  let line: number | undefined;
  const lineOfNode = (n: unknown, key?: unknown) => {
    const range = (key as Node | undefined)?.range ?? (n as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line + offset : undefined;
  };
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(part),
      );
      if (!pair) break;
      line = lineOfNode(pair.value, pair.key) ?? line;
      node = pair.value;
      // A value on the next lines (a list, a block of text) still belongs to the key's line.
      if (isScalar(pair.value) || pair.value === null) line = lineOfNode(undefined, pair.key) ?? line;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) break;
      line = lineOfNode(item) ?? line;
      node = item;
    } else break;
  }
  return line ?? fallback;
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
