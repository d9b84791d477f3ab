/**
 * npm run new -- article "Title of the story" [--topic <id>] [--author <id>] [--slug <slug>]
 * npm run new -- faq <id>
 * npm run new -- comparison <id>
 *
 * Writes a complete draft (draft: true, TODO placeholders) and never replaces a file.
 * With no arguments in a terminal it asks; without a terminal it prints this usage and fails.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { slugify } from '../src/lib/format.ts';
import { COLLECTIONS, needsExplicitSlug, SLUG_MAX } from '../src/lib/rules.ts';
import { contentDir, FileExistsError, listFiles, writeNew } from './lib/content-files.ts';
import { articleTemplate, comparisonTemplate, faqTemplate } from './lib/templates.ts';

const USAGE = `Usage:
  npm run new -- article "Title of the story" [--topic <topic-id>] [--author <author-id>] [--slug <slug>]
  npm run new -- faq <id>
  npm run new -- comparison <id>
Run it with no arguments in a terminal to be asked instead.`;

class UsageError extends Error {}

const ids = (collection: 'authors' | 'topics') => listFiles(collection).map((file) => file.id);

/** File names: ASCII, lowercase, hyphenated, at most SLUG_MAX characters. */
const slugFor = (text: string) => slugify(text, SLUG_MAX);

function pick(collection: 'authors' | 'topics', wanted: string | undefined): string {
  const known = ids(collection);
  if (known.length === 0) throw new UsageError(`content/${collection}/ is empty: add one first.`);
  if (wanted === undefined) return known[0]!;
  if (!known.includes(wanted)) {
    throw new UsageError(`--${collection.slice(0, -1)} ${wanted}: no such id. Known: ${known.join(', ')}`);
  }
  return wanted;
}

function create(
  kind: string,
  name: string,
  options: { topic?: string; author?: string; slug?: string },
): string {
  const dir = contentDir();
  if (kind === 'article') {
    const slug = options.slug ? slugFor(options.slug) : slugFor(name);
    if (!slug || (!options.slug && needsExplicitSlug(name))) {
      throw new UsageError(
        `"${name}" gives no usable file name (file names are a-z, 0-9 and hyphens): pass one with --slug, e.g. --slug japan-grid-queues`,
      );
    }
    const path = join(dir, COLLECTIONS.articles.folder, `${slug}.mdx`);
    const text = articleTemplate({
      title: name,
      author: pick('authors', options.author),
      topic: pick('topics', options.topic),
      date: new Date().toISOString().slice(0, 10),
    });
    writeNew(path, text);
    return path;
  }
  if (kind === 'faq' || kind === 'comparison') {
    const id = slugFor(name);
    if (!id) throw new UsageError(`"${name}" is not a usable id: use letters, digits and hyphens.`);
    const path = join(dir, COLLECTIONS[kind === 'faq' ? 'faqs' : 'comparisons'].folder, `${id}.yaml`);
    writeNew(path, kind === 'faq' ? faqTemplate() : comparisonTemplate());
    return path;
  }
  throw new UsageError(`Unknown kind "${kind}": use article, faq or comparison.`);
}

async function ask(): Promise<{ kind: string; name: string; topic?: string; author?: string }> {
  const prompts = await import('@clack/prompts');
  const bail = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value)) {
      prompts.cancel('Nothing was written.');
      process.exit(1);
    }
    return value as Exclude<T, symbol>;
  };
  prompts.intro('New Gigawatt content');
  const kind = bail(
    await prompts.select({
      message: 'What are you writing?',
      options: [
        { value: 'article', label: 'An article' },
        { value: 'faq', label: 'An FAQ set' },
        { value: 'comparison', label: 'A comparison table' },
      ],
    }),
  );
  const name = bail(
    await prompts.text({
      message: kind === 'article' ? 'Headline' : 'Id (letters, digits, hyphens)',
      validate: (value) => (value?.trim() ? undefined : 'Please type something.'),
    }),
  );
  if (kind !== 'article') return { kind, name };
  const topic = bail(
    await prompts.select({
      message: 'Topic',
      options: ids('topics').map((id) => ({ value: id, label: id })),
    }),
  );
  const author = bail(
    await prompts.select({
      message: 'Author',
      options: ids('authors').map((id) => ({ value: id, label: id })),
    }),
  );
  return { kind, name, topic, author };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { topic: { type: 'string' }, author: { type: 'string' }, slug: { type: 'string' } },
  });
  let [kind, name] = positionals;
  let options: { topic?: string; author?: string; slug?: string } = values;
  if (!kind || !name) {
    if (!(process.stdin.isTTY && process.stdout.isTTY)) throw new UsageError('Missing arguments.');
    const answers = await ask();
    ({ kind, name } = answers);
    options = { ...options, topic: answers.topic, author: answers.author };
  }
  const path = create(kind, name!, options);
  console.log(`Created ${path} (a draft with TODO placeholders).`);
  console.log('Fill in every TODO, then set draft: false. `npm run lint:content` lists what is left.');
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof FileExistsError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
