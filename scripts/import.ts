/**
 * npm run import -- <draft.txt|.md|.html|.docx|-> [--slug <slug>] [--topic <id>] [--author <id>] [--dry-run]
 *
 * Turns a draft (doc-editor text, a web page copied from a browser, Markdown, HTML or
 * .docx; `-` reads standard input) into a draft article plus its FAQ set and comparison
 * tables, and proves that every word of the draft landed somewhere: in the story, the FAQ,
 * a table, the key takeaway, or the list of dropped page furniture, printed with reasons.
 * All files are written or none; an existing file is never replaced.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { count } from '../src/lib/format.ts';
import { COLLECTIONS, CONTROL_CHARACTERS } from '../src/lib/rules.ts';
import { contentDir, listFiles } from './lib/content-files.ts';
import { figureReport } from './lib/import/figures.ts';
import { accountingLine, DraftError, importDraft, type ImportResult } from './lib/import/index.ts';
import { buildContentIndex } from './lib/lint/content-index.ts';
import { ledgerOf } from './lib/lint/ledger.ts';

const USAGE =
  'Usage: npm run import -- <draft.txt|draft.md|draft.html|draft.docx|-> [--slug <slug>] [--topic <topic-id>] [--author <author-id>] [--dry-run]';

function firstId(collection: 'authors' | 'topics', wanted?: string): string {
  const ids = listFiles(collection).map((file) => file.id);
  if (wanted && !ids.includes(wanted))
    throw new DraftError(`--${collection.slice(0, -1)} ${wanted}: no such id. Known: ${ids.join(', ')}`);
  const id = wanted ?? ids[0];
  if (!id) throw new DraftError(`content/${collection}/ is empty: add one first.`);
  return id;
}

function readInput(path: string): Uint8Array {
  if (path === '-') return readFileSync(0);
  if (!existsSync(path)) throw new DraftError(`${path}: no such file.\n${USAGE}`);
  if (statSync(path).isDirectory())
    throw new DraftError(`${path} is a folder: import one draft file at a time.\n${USAGE}`);
  return readFileSync(path);
}

/** A file already there under this name in any letter case: macOS and Windows would clash. */
function taken(path: string): string | undefined {
  const folder = dirname(path);
  if (!existsSync(folder)) return undefined;
  const name = basename(path).toLowerCase();
  const match = readdirSync(folder).find((other) => other.toLowerCase() === name);
  return match ? join(folder, match) : undefined;
}

/** All files or none: each goes to a temporary name first, then all are renamed. */
function writeAll(files: [path: string, text: string][]): void {
  const temps: [temp: string, path: string][] = [];
  const done: string[] = [];
  try {
    for (const [path, text] of files) {
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(temp, text, { flag: 'wx' });
      temps.push([temp, path]);
    }
    for (const [temp, path] of temps) {
      if (existsSync(path)) throw new DraftError(`${path} appeared while importing; nothing was written.`);
      renameSync(temp, path);
      done.push(path);
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    for (const path of done) rmSync(path, { force: true });
    throw error;
  }
}

/**
 * Draft text as the terminal shows it: a control character (an escape sequence in a page
 * title, say) is written as its code, so a draft can neither recolour nor clear the screen.
 */
const visible = (text: string) =>
  text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function report(result: ImportResult, files: [string, string][], dryRun: boolean): void {
  const { plan, accounting, draft } = result;
  const log = (line: string) => console.log(visible(line));
  log(`${dryRun ? 'Would import' : 'Imported'} "${plan.title}" (${draft.format})`);
  log(`Headline: ${plan.titleReason}`);
  if (plan.dekFromDraft) log("Dek: the draft's own standfirst, the subtitle under its headline");
  for (const note of draft.notes) log(`Note: ${note}`);
  log(accountingLine(accounting));
  log(dryRun ? 'Would create:' : 'Created:');
  log(`  ${files[0]![0]} (draft)`);
  if (result.files.faq) log(`  ${files[1]![0]} (${plan.faq.length} questions)`);
  for (const table of result.files.tables) {
    log(`  ${join(contentDir(), COLLECTIONS.comparisons.folder, `${table.id}.yaml`)} (${table.rows} rows)`);
  }
  if (plan.keyTakeaway) log(`Key takeaway: ${plan.keyTakeaway}`);
  for (const line of figureReport(files, ledgerOf(buildContentIndex()))) log(line);
  if (plan.outlets.length) log(`Sources offered (check each): ${plan.outlets.join(', ')}`);
  if (plan.dropped.length) {
    log(`Dropped, each with its reason (${count(plan.dropped.length, 'line')}):`);
    for (const line of plan.dropped) log(line.text ? `  "${line.text}": ${line.reason}` : `  ${line.reason}`);
  }
  if (plan.related.length) log(`Related (other stories the page linked):\n  ${plan.related.join('\n  ')}`);
  log(`Still to fill in (npm run lint:content lists each TODO):`);
  for (const item of [
    'authors and topics: check the ids',
    'sources: the outlets behind every figure',
    ...plan.toFill,
  ])
    log(`  ${item}`);
  if (!dryRun) log('Then set draft: false.');
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        topic: { type: 'string' },
        author: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // An option we do not have (--help, a typo): say so and how to call it, no stack trace.
    console.error(`${(error as Error).message.split('.')[0]}.\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const [draftPath] = positionals;
  if (!draftPath) {
    console.error(`Missing the draft file.\n${USAGE}`);
    return 2;
  }
  const result = await importDraft(draftPath === '-' ? 'stdin' : draftPath, readInput(draftPath), {
    slug: values.slug,
    author: firstId('authors', values.author),
    topic: firstId('topics', values.topic),
    date: new Date().toISOString().slice(0, 10),
  });
  const dir = contentDir();
  const files: [path: string, text: string][] = [
    [join(dir, COLLECTIONS.articles.folder, `${result.slug}.mdx`), result.files.article],
    ...(result.files.faq
      ? [[join(dir, COLLECTIONS.faqs.folder, `${result.slug}.yaml`), result.files.faq] as [string, string]]
      : []),
    ...result.files.tables.map(
      (t) => [join(dir, COLLECTIONS.comparisons.folder, `${t.id}.yaml`), t.text] as [string, string],
    ),
  ];
  // Check every target first, so a clash leaves nothing half-written.
  const clashes = files.flatMap(([path]) => taken(path) ?? []);
  if (clashes.length) {
    console.error(
      `Nothing was written: these files already exist:\n  ${clashes.join('\n  ')}\nUse --slug to pick another name.`,
    );
    return 1;
  }
  if (!values['dry-run']) writeAll(files);
  report(result, files, values['dry-run']);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof DraftError)) throw error;
  console.error(visible(error.message));
  process.exitCode = 1;
}
