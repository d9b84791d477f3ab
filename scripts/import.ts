/**
 * npm run import -- <draft.txt|draft.md> [--slug <slug>] [--topic <id>] [--author <id>]
 *
 * Turns a draft from a doc editor into a draft article (plus its FAQ set and comparison
 * tables), reports what it made and what the writer must still fill, and never replaces
 * an existing file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/lib/rules.ts';
import { contentDir, listFiles, writeNew } from './lib/content-files.ts';
import { importDraft } from './lib/import-draft.ts';

const USAGE =
  'Usage: npm run import -- <draft.txt|draft.md> [--slug <slug>] [--topic <topic-id>] [--author <author-id>]';

function firstId(collection: 'authors' | 'topics', wanted?: string): string {
  const ids = listFiles(collection).map((file) => file.id);
  if (wanted && !ids.includes(wanted))
    throw new Error(`--${collection.slice(0, -1)} ${wanted}: no such id. Known: ${ids.join(', ')}`);
  const id = wanted ?? ids[0];
  if (!id) throw new Error(`content/${collection}/ is empty: add one first.`);
  return id;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, topic: { type: 'string' }, author: { type: 'string' } },
  });
  const [draftPath] = positionals;
  if (!draftPath) {
    console.error(`Missing the draft file.\n${USAGE}`);
    return 2;
  }
  if (!existsSync(draftPath)) {
    console.error(`${draftPath}: no such file.\n${USAGE}`);
    return 2;
  }
  const result = importDraft(readFileSync(draftPath, 'utf8'), {
    slug: values.slug,
    author: firstId('authors', values.author),
    topic: firstId('topics', values.topic),
    date: new Date().toISOString().slice(0, 10),
  });
  const dir = contentDir();
  const files: [path: string, text: string][] = [
    [join(dir, COLLECTIONS.articles.folder, `${result.slug}.mdx`), result.article],
    ...(result.faq
      ? [[join(dir, COLLECTIONS.faqs.folder, `${result.faq.id}.yaml`), result.faq.text] as [string, string]]
      : []),
    ...result.comparisons.map(
      (c) => [join(dir, COLLECTIONS.comparisons.folder, `${c.id}.yaml`), c.text] as [string, string],
    ),
  ];
  // Check every target first, so a clash leaves nothing half-written.
  const taken = files.filter(([path]) => existsSync(path)).map(([path]) => path);
  if (taken.length) {
    console.error(
      `Nothing was written: these files already exist:\n  ${taken.join('\n  ')}\nUse --slug to pick another name.`,
    );
    return 1;
  }
  for (const [path, text] of files) writeNew(path, text);

  console.log(`Imported "${result.title}"`);
  console.log(`Created:`);
  console.log(`  ${files[0]![0]} (draft)`);
  if (result.faq) console.log(`  ${files[1]![0]} (${result.faq.items} questions)`);
  for (const c of result.comparisons)
    console.log(`  ${join(dir, COLLECTIONS.comparisons.folder, `${c.id}.yaml`)} (${c.rows} rows)`);
  if (result.keyTakeaway) console.log(`Key takeaway: ${result.keyTakeaway}`);
  if (result.dropped.length) console.log(`Dropped as page furniture:\n  ${result.dropped.join('\n  ')}`);
  console.log(`Still to fill in (npm run lint:content lists each TODO):\n  ${result.toFill.join('\n  ')}`);
  console.log('Then set draft: false.');
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
