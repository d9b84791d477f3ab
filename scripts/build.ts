/**
 * npm run build: the content linter beside `astro build`, which starts and syncs the
 * content meanwhile and writes nothing until the linter has passed; then the search index.
 * Lint errors stop the build with the linter's one-line messages (file:line:col), so a
 * writer's mistake never surfaces as a stack trace from deep inside Astro.
 *
 * Also recovers, once, from a stale content-layer cache: after a story file is renamed,
 * Astro 7.3.4 fails every later build with `Rolldown failed to resolve import
 * "astro:content-layer-deferred-module?..."` until node_modules/.astro is deleted by hand
 * (withastro/astro#17707, fixed upstream in #17713 but not in a release we can install).
 * Remove the retry when Astro ships the fix.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildTime, viewMode } from '../src/lib/clock.ts';
import { contentDir } from '../src/lib/rules.ts';
import { ASTRO_BUILD_ENV } from './lib/astro.ts';
import { PAGES_WRITTEN, SEARCH_INDEX_APART } from '../src/integrations/search.ts';
import { LINT_GATE, LINT_PASSED, LINT_WAITING } from '../src/integrations/lint-gate.ts';
import { nextChangeFile } from '../src/integrations/verify-output.ts';
import { CARDS_STARTING } from '../src/lib/og/place.ts';
import type { CardInput } from '../src/lib/og/template.ts';
import { ROOT } from './lib/root.ts';
import {
  ALWAYS_BUILD,
  forgetBuild,
  inputsDigest,
  outputDigest,
  recordBuild,
  shownPath,
  whyBuild,
} from './lib/up-to-date.ts';

const STALE_CACHE = /astro:content-layer-deferred-module/;

/**
 * `npm run build:preview` (GIGAWATT_PREVIEW=1): the site with drafts and scheduled stories,
 * for editors, in its own folder: it can never overwrite or be taken for dist/.
 */
const PREVIEW = viewMode() === 'preview';
const PREVIEW_DIR = 'dist-preview';

/**
 * Where Astro runs: in the project, or, with GIGAWATT_BUILD_WORK=<folder> (the tests and
 * the build benchmark), in a root of its own under that folder, made by
 * scripts/lib/astro-cli.ts, so such a build shares nothing with the project's own.
 */
const WORK = process.env.GIGAWATT_BUILD_WORK ? resolve(process.env.GIGAWATT_BUILD_WORK) : undefined;
const SITE_ROOT = WORK ? join(WORK, 'root') : ROOT;
/** Astro's cacheDir, where its content store lives (astro-cli.ts sets it to .cache). */
const ASTRO_CACHE = WORK ? join(SITE_ROOT, '.cache') : join(ROOT, 'node_modules', '.astro');
const OUT_DIR_ARGS = PREVIEW ? ['--outDir', PREVIEW_DIR] : [];
/** The folder this build writes (an --outDir given to npm run build is passed on to Astro). */
const givenOutDir = process.argv.indexOf('--outDir');
const OUT_DIR = resolve(
  WORK ? SITE_ROOT : '.',
  givenOutDir > 0 ? process.argv[givenOutDir + 1]! : PREVIEW ? PREVIEW_DIR : 'dist',
);
/** The last finished build into OUT_DIR: what it read, what it wrote, until when it stands. */
const BUILD_RECORD = join(ASTRO_CACHE, `gigawatt-last-build-${basename(OUT_DIR)}.json`);
const ASTRO_COMMAND = WORK
  ? [join(ROOT, 'scripts', 'lib', 'astro-cli.ts'), 'build', contentDir(), WORK, ...OUT_DIR_ARGS]
  : [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...OUT_DIR_ARGS];

/**
 * Runs `astro build`. Astro starts and syncs the content while the linter runs, and waits
 * at astro:build:start, before it touches dist/, for `lint` to pass
 * (src/integrations/lint-gate.ts). Its output is held until then:
 * when the linter refuses the content, the writer reads the linter's one-line errors, not
 * Astro's account of the same mistake, and Astro is stopped before it writes anything.
 * `pagesWritten` is called when Astro's pages are all in the output folder.
 */
function astroBuild(
  lint: Promise<boolean>,
  pagesWritten: () => void,
  cardsStarting: () => void,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...ASTRO_COMMAND, ...process.argv.slice(2)], {
      stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ...ASTRO_BUILD_ENV, [SEARCH_INDEX_APART]: '1', [LINT_GATE]: '1' },
    });
    let output = '';
    // Held until the linter's verdict, then shown (passed) or dropped for good (refused).
    let verdict: 'pending' | 'passed' | 'refused' = 'pending';
    const held: [NodeJS.WriteStream, Buffer][] = [];
    const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      if (verdict === 'refused') return;
      if (verdict === 'pending') held.push([to, chunk]);
      else to.write(chunk);
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', forward(process.stdout));
    child.stderr!.on('data', forward(process.stderr));
    void lint.then((passed) => {
      verdict = passed ? 'passed' : 'refused';
      if (passed) for (const [to, chunk] of held.splice(0)) to.write(chunk);
      else child.kill();
    });
    child.on('message', (message) => {
      if (message === PAGES_WRITTEN) pagesWritten();
      if (message === CARDS_STARTING) cardsStarting();
      if (message !== LINT_WAITING) return;
      void lint.then((passed) => {
        if (passed && child.connected) child.send(LINT_PASSED);
      });
    });
    child.on('close', (code) => {
      cardsStarting(); // or stopped before it started them
      resolve({ code: code ?? 1, output });
    });
  });
}

/**
 * Astro's content store is only re-validated when the content config file changes, not
 * when a schema it imports does (a new field's default would then be missing from every
 * cached entry), nor when the content folder moves. So the schemas, the rules and the
 * content folder are hashed, and the store is cleared when they change.
 */
function clearStoreIfSchemasChanged(): void {
  const files = [
    join(ROOT, 'src', 'content.config.ts'),
    join(ROOT, 'src', 'lib', 'rules.ts'),
    ...readdirSync(join(ROOT, 'src', 'schemas')).map((name) => join(ROOT, 'src', 'schemas', name)),
  ];
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(readFileSync(file));
  // Another content tree (CONTENT_DIR, as the tests use): the store's entries point at the
  // old tree's files (images too), and an unchanged digest would keep them.
  hash.update(resolve(contentDir()));
  const digest = hash.digest('hex');
  const stamp = join(ASTRO_CACHE, 'gigawatt-schemas.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  if (existsSync(stamp))
    console.log(`Content schemas changed: clearing Astro's content store (${shownPath(ASTRO_CACHE)}).`);
  rmSync(ASTRO_CACHE, { recursive: true, force: true });
  mkdirSync(ASTRO_CACHE, { recursive: true });
  writeFileSync(stamp, digest);
}

/** Deletes every feed and sitemap file under a built site; returns how many. */
function removeFeeds(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/(\.xml|^feed\.json|^feeds\.opml)$/.test(entry.name)) continue;
    rmSync(join(entry.parentPath, entry.name));
    count++;
  }
  return count;
}

/** The linter's warnings a build lists (every error is listed); the rest are counted by rule. */
const BUILD_WARNINGS_SHOWN = 50;

/**
 * The content linter (scripts/lint-content.ts), in a process of its own: its memory (0.6 GB
 * at 10,000 stories) is gone when it ends, before Astro renders. Its output is its verdict.
 */
function lintContent(): Promise<{ passed: boolean; output: string; ms: number; cardInputs: CardInput[] }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'scripts', 'lint-content.ts'),
        '--warnings-shown',
        String(BUILD_WARNINGS_SHOWN),
        '--send-card-inputs',
      ],
      { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
    );
    const chunks: Buffer[] = [];
    let cardInputs: CardInput[] = [];
    child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('message', (message: { cardInputs?: { input: CardInput }[] }) => {
      cardInputs = (message.cardInputs ?? []).map(({ input }) => input);
    });
    child.on('close', (code) =>
      resolve({
        passed: code === 0,
        output: Buffer.concat(chunks).toString().trimEnd(),
        ms: Math.round(performance.now() - started),
        cardInputs,
      }),
    );
  });
}

/**
 * The article cards, started from the linter's plan as soon as it passes, on one worker:
 * Astro is then still syncing the content on one core, and the other would idle until
 * Astro starts its own cards (CARDS_STARTING, from src/lib/og/cards.ts), where this stops.
 * Astro finds the cards finished here in the card cache. Not when the build compiles
 * another src/ (GIGAWATT_SRC, in tests): its cards could be drawn differently under the
 * same cache key.
 */
async function renderCardsAhead(inputs: CardInput[], stop: AbortSignal): Promise<number> {
  if (!inputs.length || process.env.GIGAWATT_SRC) return 0;
  const { renderAhead } = await import('../src/lib/og/batch.ts');
  return renderAhead(inputs, { stop, threads: 1 });
}

/**
 * The search index of the folder Astro built (scripts/lib/search-index.ts), in a process of
 * its own, started as soon as Astro's pages are written: it runs while Astro checks its
 * output and writes the sitemap, and its memory is not added to Astro's heap.
 */
function searchIndexOfOutput(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'lib', 'search-index.ts'), OUT_DIR], {
      stdio: 'inherit',
      // A build of its own keeps its search files in its own root too.
      env: WORK
        ? { GIGAWATT_SEARCH_CACHE: join(SITE_ROOT, '.cache', 'search'), ...process.env }
        : process.env,
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

// Nothing to do when nothing the build reads has changed (scripts/lib/up-to-date.ts).
const inputs = inputsDigest({
  contentDir: resolve(contentDir()),
  srcDir: process.env.GIGAWATT_SRC ?? join(ROOT, 'src'),
  env: process.env,
  argv: process.argv.slice(2),
});
const always = process.env[ALWAYS_BUILD] === '1' || process.argv.includes('--force');
const why = always
  ? `asked for (${ALWAYS_BUILD}=1 or --force)`
  : whyBuild(BUILD_RECORD, OUT_DIR, inputs, buildTime);
if (!why) {
  console.log(
    `${shownPath(OUT_DIR)} is up to date: nothing the build reads has changed since the last build, ` +
      `and its next scheduled change has not come. Nothing to do (${ALWAYS_BUILD}=1 npm run build builds anyway).`,
  );
  process.exit(0);
}
console.log(`Building: ${why}.`);
forgetBuild(BUILD_RECORD);

clearStoreIfSchemasChanged();
let indexing: Promise<number> | undefined;
const startIndexing = () => (indexing ??= searchIndexOfOutput());
const linting = lintContent();
const cardsStarting = new AbortController();
const stopCardsAhead = () => cardsStarting.abort();
const building = astroBuild(
  linting.then(({ passed }) => passed),
  startIndexing,
  stopCardsAhead,
);
const lint = await linting;
if (!lint.passed) {
  await building;
  console.error(lint.output);
  console.error(
    'The build stopped before writing anything: fix the errors above (npm run lint:content checks again).',
  );
  process.exit(1);
}
if (!/^0 error\(s\), 0 warning\(s\)$/.test(lint.output)) console.log(lint.output);
console.log(`content lint: passed in ${lint.ms} ms`);
const cardsAhead = renderCardsAhead(lint.cardInputs, cardsStarting.signal);

let result = await building;
if (result.code !== 0 && STALE_CACHE.test(result.output)) {
  console.error(
    '\nAstro tripped over its own stale content cache (a renamed story; withastro/astro#17707). ' +
      `Clearing ${shownPath(ASTRO_CACHE)} and building once more.\n`,
  );
  rmSync(ASTRO_CACHE, { recursive: true, force: true });
  result = await astroBuild(Promise.resolve(true), startIndexing, stopCardsAhead);
}
if (result.code !== 0 && /ENOSPC|no space left on device/i.test(result.output)) {
  // Astro prints ENOSPC glued to a route line with a stack: say it in words, once.
  console.error(
    '\nThe build stopped: the disk is full (ENOSPC). Free some space (`df -h` shows where) and run `npm run build` again; dist/ is not complete.',
  );
}
// Stopped by now (Astro started its own cards, or ended). A card that failed here fails in
// Astro's own run too, which reports it with the page it belongs to.
const ahead = await cardsAhead.catch(() => 0);
if (ahead) console.log(`social cards: ${ahead} of them rendered ahead, while Astro synced the content`);
// The search index, started while Astro finished (or now, if Astro never said its pages were written).
const indexed = indexing ?? (result.code === 0 ? startIndexing() : undefined);
const indexStatus = await indexed;
if (result.code === 0 && indexStatus !== 0) process.exit(indexStatus ?? 1);
if (result.code === 0 && PREVIEW) {
  // A preview is for the people who write the site: no feed or sitemap subscribers find.
  const removed = removeFeeds(OUT_DIR);
  console.log(
    `Preview built in ${PREVIEW_DIR}/ (drafts and scheduled stories shown, every page noindex; ${removed} feed and sitemap files left out).`,
  );
}
if (result.code === 0) {
  const next = JSON.parse(readFileSync(nextChangeFile(ASTRO_CACHE), 'utf8')) as string | null;
  recordBuild(BUILD_RECORD, {
    outDir: OUT_DIR,
    inputs,
    output: outputDigest(OUT_DIR),
    nextChange: next ?? undefined,
  });
}
process.exit(result.code);
