/**
 * Keystatic saves an entry by writing the whole file again: its YAML dump puts keys in the
 * editor's order, folds long lines, turns `2026-06-02T15:00:00+10:00` into UTC, writes empty
 * fields (`faq: ''`, `original: false`) and drops comments; its MDX writer re-flows the body.
 * `mergeEdit` keeps the writer's file as written and changes only the values that changed,
 * through the `yaml` package's document model (which keeps comments, key order and styles).
 * Written by hand: no library merges a re-serialised document back into its original.
 * Values are compared as the build reads them (js-yaml: dates as instants); bodies as
 * Markdown trees, so a body re-flowed by the editor but unchanged in meaning is kept as is.
 */
import { load } from 'js-yaml';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { Document, isMap, isScalar, parseDocument } from 'yaml';
import { FRONTMATTER } from '../lib/rules.ts';

type Value = unknown;
type Path = (string | number)[];

const isRecord = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** What an editor writes for a field left blank: never worth adding to a file. */
const isBlank = (value: Value) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.values(value).every(isBlank));

const instant = (value: Value) =>
  value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN;

function same(a: Value, b: Value): boolean {
  if (a instanceof Date || b instanceof Date) return instant(a) === instant(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]) || (isBlank(a[key]) && isBlank(b[key])));
  }
  return a === b;
}

/** A Date as the editor means it: a UTC instant, written without milliseconds. */
const plain = (value: Value): Value =>
  value instanceof Date
    ? value.toISOString().replace('.000Z', 'Z')
    : Array.isArray(value)
      ? value.map(plain)
      : isRecord(value)
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => !isBlank(v) && v !== false)
              .map(([k, v]) => [k, plain(v)]),
          )
        : value;

function apply(doc: Document, path: Path, before: Value, after: Value): void {
  if (same(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    for (const [key, value] of Object.entries(after)) {
      if (!(key in before)) {
        // A field the file did not have stays out while the editor leaves it blank or false.
        if (!isBlank(value) && value !== false) doc.setIn([...path, key], doc.createNode(plain(value)));
      } else if (isBlank(value)) {
        if (!isBlank(before[key])) doc.deleteIn([...path, key]);
      } else apply(doc, [...path, key], before[key], value);
    }
    for (const key of Object.keys(before).filter((k) => !(k in after))) doc.deleteIn([...path, key]);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, index) => apply(doc, [...path, index], before[index], value));
    return;
  }
  // A value for a value: change the scalar in place, so its comment and quoting stay.
  const node = doc.getIn(path, true);
  if (isScalar(node) && !isRecord(after) && !Array.isArray(after)) node.value = plain(after);
  else doc.setIn(path, doc.createNode(plain(after)));
}

const OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The original's text cut at its top-level keys: what comes before the first key, then each
 * key's lines (with the comments that follow them) up to the next key.
 */
function topLevelChunks(text: string): { head: string; chunks: Map<string, string> } | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const starts = doc.contents.items.map((pair) => {
    const at = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    return {
      key: String((pair.key as { value?: unknown } | null)?.value),
      start: text.lastIndexOf('\n', at) + 1,
    };
  });
  const chunks = new Map<string, string>();
  starts.forEach(({ key, start }, i) => {
    const chunk = text.slice(start, starts[i + 1]?.start ?? text.length);
    chunks.set(key, chunk.endsWith('\n') ? chunk : `${chunk}\n`);
  });
  return { head: text.slice(0, starts[0]?.start ?? 0), chunks };
}

/**
 * The YAML text of `original` with the values of `edited` that differ from it. A top-level
 * field whose value did not change keeps its lines byte for byte; a changed one is written
 * again from its own lines with only the changed values replaced.
 */
export function mergeYaml(original: string | undefined, edited: string): string {
  const after = load(edited);
  const before = original === undefined ? {} : load(original);
  const cut =
    original === undefined ? { head: '', chunks: new Map<string, string>() } : topLevelChunks(original);
  if (!isRecord(after) || !isRecord(before) || !cut) return edited;
  let out = cut.head;
  for (const [key, chunk] of cut.chunks) {
    const value = after[key];
    if (!(key in after) || (isBlank(value) && !isBlank(before[key]))) continue;
    if (same(before[key], value) || isBlank(value)) {
      out += chunk;
      continue;
    }
    const doc = parseDocument(chunk);
    apply(doc, [], { [key]: before[key] }, { [key]: value });
    out += doc.toString(OUTPUT);
  }
  for (const [key, value] of Object.entries(after)) {
    if (key in before || isBlank(value) || value === false) continue;
    out += new Document({ [key]: plain(value) }).toString(OUTPUT);
  }
  return out;
}

const markdown = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A Markdown tree without positions: what the body says, not how it is laid out. */
function meaning(body: string): string {
  return JSON.stringify(markdown.parse(body), (key, value: Value) =>
    key === 'position' ? undefined : value,
  );
}

function sameBody(a: string, b: string): boolean {
  try {
    return meaning(a) === meaning(b);
  } catch {
    return false;
  }
}

/**
 * The file to write when the editor saves `edited` over `original` (undefined for a new
 * entry): a story (frontmatter + MDX body) or a YAML data file.
 */
export function mergeEdit(original: string | undefined, edited: string, format: 'mdx' | 'yaml'): string {
  if (format === 'yaml') return mergeYaml(original, edited);
  const next = edited.match(FRONTMATTER);
  if (!next) return edited;
  const editedBody = edited.slice(next[0].length);
  const before = original?.match(FRONTMATTER);
  const originalBody = before ? original!.slice(before[0].length) : undefined;
  const frontmatter = mergeYaml(before?.[1], next[1]!);
  const body = originalBody !== undefined && sameBody(originalBody, editedBody) ? originalBody : editedBody;
  return `---\n${frontmatter.endsWith('\n') ? frontmatter : `${frontmatter}\n`}---\n${body}`;
}
