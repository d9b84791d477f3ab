/**
 * npm run bench:build -- --stories 200,1000[,10000] [--runs 3]
 *
 * Builds a seeded synthetic newsroom (scripts/bench/synthetic.ts, rich stories) in a
 * scratch copy of the project, never touching content/, and for each size measures:
 * a cold build (every cache cleared), a rebuild with nothing changed (which npm run build
 * sees and skips), the same rebuild with that check off, a rebuild after one
 * story's body is edited, and a rebuild after one story is added. Each is `npm run build`
 * itself (scripts/build.ts: the content linter beside Astro's start, astro build, then the
 * search index), in a root of its own. Reports wall and CPU time, peak RSS
 * of the whole process tree, time per stage, pages and cards produced and dist/ size;
 * medians over runs. Hugo (Debian's, installed with apt if missing) builds the same story
 * bodies in the same run (scripts/bench/hugo.ts); every wall time is also given as a
 * multiple of Hugo's full build. Writes scripts/bench/results/<date>-build.{json,md}: the history is
 * the point. A measurement, never a test.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { productionEnv } from '../lib/astro.ts';
import { ROOT } from '../lib/root.ts';
import { ALWAYS_BUILD } from '../lib/up-to-date.ts';
import { hugoBuildCommand, hugoProgram, hugoVersion, writeHugoSite } from './hugo.ts';
import { syntheticContent, writeStory } from './synthetic.ts';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '200,1000' }, runs: { type: 'string', default: '1' } },
});
const SIZES = values
  .stories!.split(',')
  .map(Number)
  .filter((n) => n > 0);
const RUNS = Math.max(1, Number(values.runs));
// 'unchanged': npm run build sees nothing changed and stops (scripts/lib/up-to-date.ts);
// 'unchanged, rebuilt anyway': the same rebuild with that check switched off.
const SCENARIOS = [
  'cold',
  'unchanged',
  'unchanged, rebuilt anyway',
  'edit one story',
  'add one story',
] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Step {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** The processes of 50 MB or more at the moment of the peak, by name (MB). */
  atPeakMb: Record<string, number>;
}

interface Measurement extends Step {
  stages: Record<string, number>;
  pages: number;
  cards: { rendered: number; fromCache: number };
  distMb: number;
}

/**
 * RSS (kB) of a process and each of its descendants, from /proc, by name: a node
 * process by its script ("astro", "lint-content.ts"), anything else by its command
 * ("pagefind_extended"). Processes of one name are added up.
 */
function treeRssKb(root: number): Map<string, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended between readdir and read
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  const byName = new Map<string, number>();
  for (const pid of tree) {
    try {
      const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
      const name = processName(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean));
      byName.set(name, (byName.get(name) ?? 0) + kb);
    } catch {
      // ended
    }
  }
  return byName;
}

function processName(argv: string[]): string {
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const program = base(argv[0] ?? '?');
  if (program !== 'node') return program;
  const script = argv.slice(1).find((arg) => !arg.startsWith('-'));
  return script ? base(script) : 'node';
}

const sum = (byName: Map<string, number>) => [...byName.values()].reduce((a, b) => a + b, 0);

/** Runs a command under bash's `time` (user+sys of it and its children), sampling tree RSS. */
function run(args: string[], env: NodeJS.ProcessEnv, lines: { at: number; text: string }[]): Promise<Step> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', 'TIMEFORMAT="__cpu %U %S"; time "$@"', 'bash', ...args], {
      env,
      cwd: ROOT,
    });
    // The tree's peak, and what each process held at that moment.
    let peak = new Map<string, number>();
    let cpu = 0;
    const sampler = setInterval(() => {
      const now = treeRssKb(child.pid!);
      if (sum(now) > sum(peak)) peak = now;
    }, 200);
    const partial = { stdout: '', stderr: '' };
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      // Whole lines only: a chunk can end mid-line.
      const text = partial[stream] + chunk.toString();
      const complete = text.split('\n');
      partial[stream] = complete.pop() ?? '';
      for (const text of complete) {
        const m = text.match(/^__cpu ([\d.]+) ([\d.]+)/);
        if (m) cpu = (Number(m[1]) + Number(m[2])) * 1000;
        else if (text.trim()) lines.push({ at: performance.now() - started, text });
      }
    };
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0)
        return reject(
          new Error(
            `${args.join(' ')} failed:\n${lines
              .slice(-30)
              .map((l) => l.text)
              .join('\n')}`,
          ),
        );
      resolve({
        wallMs: performance.now() - started,
        cpuMs: cpu,
        peakRssMb: sum(peak) / 1024,
        atPeakMb: Object.fromEntries(
          [...peak]
            .filter(([, kb]) => kb >= 50 * 1024)
            .sort((a, b) => b[1] - a[1])
            .map(([name, kb]) => [name, Math.round(kb / 1024)]),
        ),
      });
    });
  });
}

/** Time per stage, from when each marker line arrived (the log's own clock is whole seconds). */
function stages(lines: { at: number; text: string }[]): Record<string, number> {
  const when = (pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.at;
  const line = (pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.text;
  // Astro's output is held until the linter has passed (scripts/build.ts): its sync line
  // arrives once both are done, which is when the build can go on.
  const synced = when(/\[content\] Synced content/);
  const bundling = when(/Building static entrypoints/);
  const rendering = when(/generating static routes/);
  const rendered = [...lines].reverse().find((l) => /\[build\] ✓ Completed in/.test(l.text))?.at;
  const sitemap = when(/\[@astrojs\/sitemap\]/);
  const indexed = when(/\[gigawatt:search-index\] search index:/);
  const ms = (text: string | undefined, re: RegExp) => Number(text?.match(re)?.[1] ?? NaN);
  const searchMs = ms(line(/\[gigawatt:search-index\] search index:/), /in (\d+) ms/);
  const routeMs = (re: RegExp) =>
    lines
      .filter((l) => re.test(l.text))
      // Astro writes "(+12ms)", or "(+1.05s)" from a second up.
      .reduce((sum, l) => {
        const [, value, unit] = l.text.match(/\(\+([\d.]+)(ms|s)\)/) ?? [];
        return sum + Number(value ?? NaN) * (unit === 's' ? 1000 : 1);
      }, 0);
  return {
    // Beside Astro's start and content sync, not before them.
    lint: ms(line(/^content lint: passed in/), /in (\d+) ms/),
    'lint and content sync': synced ?? NaN,
    bundling: rendering !== undefined && bundling !== undefined ? rendering - bundling : NaN,
    'page rendering': rendered !== undefined && rendering !== undefined ? rendered - rendering : NaN,
    cards: ms(line(/social cards: \d+ rendered, \d+ from cache in/), /in (\d+) ms/),
    feeds: routeMs(/\/(rss\.xml|feed\.json)\s/),
    sitemap: sitemap !== undefined && rendered !== undefined ? sitemap - rendered : NaN,
    'after build': rendered !== undefined && indexed !== undefined ? indexed - searchMs - rendered : NaN,
    search: searchMs,
  };
}

function duBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

async function build(
  content: string,
  work: string,
  cardCache: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<Measurement> {
  const env = {
    ...productionEnv(),
    CONTENT_DIR: content,
    GIGAWATT_CARD_CACHE: cardCache,
    // The linter's cache of parsed bodies, beside the cards': a cold build starts without it.
    GIGAWATT_LINT_CACHE: join(dirname(cardCache), 'lint-cache'),
    // And the search index's kept bundle files.
    GIGAWATT_SEARCH_CACHE: join(dirname(cardCache), 'search-cache'),
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const lines: { at: number; text: string }[] = [];
  const dist = join(work, 'root', 'dist');
  // `npm run build` itself (scripts/build.ts), in a root of its own under work/.
  const step = await run(
    [process.execPath, 'scripts/build.ts'],
    { ...env, ...extraEnv, GIGAWATT_BUILD_WORK: work },
    lines,
  );
  const log = lines.map((l) => l.text).join('\n');
  const cards = log.match(/social cards: (\d+) rendered, (\d+) from cache/);
  // Rendered by npm run build from the linter's plan before Astro started its own (which
  // then finds them in the cache).
  const ahead = Number(log.match(/social cards: (\d+) of them rendered ahead/)?.[1] ?? 0);
  return {
    ...step,
    stages: stages(lines),
    pages: Number(log.match(/\[build\] (\d+) page\(s\) built/)?.[1] ?? NaN),
    cards: { rendered: Number(cards?.[1] ?? NaN) + ahead, fromCache: Number(cards?.[2] ?? NaN) - ahead },
    distMb: duBytes(dist) / 1024 / 1024,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function medianOf(ms: Measurement[]): Measurement {
  const pick = (f: (m: Measurement) => number) => median(ms.map(f));
  return {
    wallMs: pick((m) => m.wallMs),
    cpuMs: pick((m) => m.cpuMs),
    peakRssMb: pick((m) => m.peakRssMb),
    // What the processes held at the median run's peak.
    atPeakMb: ms.find((m) => m.peakRssMb === pick((m) => m.peakRssMb))!.atPeakMb,
    stages: Object.fromEntries(Object.keys(ms[0]!.stages).map((k) => [k, pick((m) => m.stages[k]!)])),
    pages: ms[0]!.pages,
    cards: ms[0]!.cards,
    distMb: ms[0]!.distMb,
  };
}

const hugo = hugoProgram();
const results: Record<string, Record<Scenario, Measurement>> = {};
const hugoResults: Record<string, Step & { pages: number }> = {};
for (const size of SIZES) {
  const hugoRuns: Step[] = [];
  const runs: Record<Scenario, Measurement[]> = {
    cold: [],
    unchanged: [],
    'unchanged, rebuilt anyway': [],
    'edit one story': [],
    'add one story': [],
  };
  for (let r = 0; r < RUNS; r++) {
    const content = syntheticContent(size, join(ROOT, 'content'), { rich: true });
    const scratch = dirname(content);
    const work = join(scratch, 'work');
    const cardCache = join(scratch, 'card-cache');
    console.log(`${size} stories, run ${r + 1} of ${RUNS}: Hugo, full build…`);
    const hugoSite = join(scratch, 'hugo');
    const stories = writeHugoSite(content, hugoSite);
    hugoRuns.push(await run(hugoBuildCommand(hugo, hugoSite), { ...process.env }, []));
    hugoResults[size] = { ...hugoRuns.at(-1)!, pages: stories };
    console.log(`${size} stories, run ${r + 1} of ${RUNS}: cold build…`);
    runs.cold.push(await build(content, work, cardCache));
    console.log('  rebuild, nothing changed…');
    runs.unchanged.push(await build(content, work, cardCache));
    console.log('  rebuild, nothing changed, the up-to-date check off…');
    runs['unchanged, rebuilt anyway'].push(await build(content, work, cardCache, { [ALWAYS_BUILD]: '1' }));
    console.log('  rebuild after editing one story…');
    appendFileSync(
      join(content, 'articles', `synthetic-${Math.floor(size / 2)}.mdx`),
      '\nOne more sentence, added by the benchmark.\n',
    );
    runs['edit one story'].push(await build(content, work, cardCache));
    console.log('  rebuild after adding one story…');
    writeStory(content, size, true);
    runs['add one story'].push(await build(content, work, cardCache));
    rmSync(scratch, { recursive: true, force: true });
  }
  hugoResults[size] = {
    wallMs: median(hugoRuns.map((h) => h.wallMs)),
    cpuMs: median(hugoRuns.map((h) => h.cpuMs)),
    peakRssMb: median(hugoRuns.map((h) => h.peakRssMb)),
    atPeakMb: {},
    pages: hugoResults[size]!.pages,
  };
  results[size] = Object.fromEntries(SCENARIOS.map((s) => [s, medianOf(runs[s])])) as Record<
    Scenario,
    Measurement
  >;
}

const s = (ms: number) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const peakText = (m: Step) => {
  const parts = Object.entries(m.atPeakMb).map(([name, mb]) => `${name} ${mb}`);
  return `${m.peakRssMb.toFixed(0)} MB${parts.length > 1 ? ` (${parts.join(', ')})` : ''}`;
};
const rows = Object.entries(results).flatMap(([size, scenarios]) =>
  SCENARIOS.map((scenario) => {
    const m = scenarios[scenario];
    const stageText = Object.entries(m.stages)
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(', ');
    const x = (m.wallMs / hugoResults[size]!.wallMs).toFixed(1);
    // A build the up-to-date check skipped renders no page and no card.
    const built = !Number.isNaN(m.pages);
    return `| ${size} | ${scenario} | ${s(m.wallMs)} | ${x}x | ${s(m.cpuMs)} | ${peakText(m)} | ${built ? m.pages : '–'} | ${built ? `${m.cards.rendered}/${m.cards.rendered + m.cards.fromCache}` : '–'} | ${m.distMb.toFixed(1)} MB | ${stageText} |`;
  }),
);
const hugoRows = Object.entries(hugoResults).map(
  ([size, h]) =>
    `| ${size} | Hugo, full build (${h.pages} stories) | ${s(h.wallMs)} | 1x | ${s(h.cpuMs)} | ${h.peakRssMb.toFixed(0)} MB | | | | |`,
);
const table = [
  `Build benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, median of ${RUNS} run(s); ${hugoVersion(hugo)}`,
  '',
  '| stories | build | wall | vs Hugo | CPU | peak RSS | pages | cards rendered | dist/ | stages |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...hugoRows,
  ...rows,
].join('\n');
console.log(`\n${table}`);
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const out = join(ROOT, 'scripts', 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, `${stamp}-build.json`),
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, runs: RUNS, hugo: { version: hugoVersion(hugo), results: hugoResults }, results }, null, 2)}\n`,
);
writeFileSync(join(out, `${stamp}-build.md`), `${table}\n`);
console.log(`\nwritten: scripts/bench/results/${stamp}-build.{json,md}`);
