/**
 * Incremental builds on shared inputs. Astro copies a page from the last build when its
 * cacheKey (the site plan's digest of what it shows) and its code are unchanged. After an
 * edit of something many pages show (an author's bio, a topic's name, a fact three stories
 * use, a correction, a site setting, a component's code) the warm rebuild must write exactly
 * what a cold build of the same content writes; every page showing the change must change;
 * and no page may change that the plan does not say shows the edited input.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { buildContentIndex } from '../../scripts/lib/lint/content-index.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { allFiles, distDifferences } from '../support/dist.ts';
import { FIXTURE_ENV, fixtureCopy } from '../support/fixture.ts';

const site = fixtureCopy();
afterAll(() => site.cleanup());
const src = join(site.work, 'src');
cpSync(join(ROOT, 'src'), src, { recursive: true });
const warm = join(site.work, 'warm');
const warmDist = join(warm, 'root', 'dist');
let env: NodeJS.ProcessEnv = {
  ...FIXTURE_ENV,
  GIGAWATT_SRC: src,
  GIGAWATT_CARD_CACHE: join(site.work, 'warm-cards'),
};

function edit(path: string, from: string | RegExp, to: string) {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path} changed`).not.toBe(text);
  writeFileSync(path, next);
}
const content = (path: string) => join(site.dir, path);

/** Every page (HTML) and Markdown twin of a build, by site path, with its digest. */
function pages(dist: string): Map<string, string> {
  return new Map(
    allFiles(dist)
      .filter((f) => /\.(html|md)$/.test(f))
      .map((f) => [
        `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''),
        createHash('sha256').update(readFileSync(f)).digest('hex'),
      ]),
  );
}

/** Pages the site plan says show an input ('authors/ada', 'settings', 'code'). */
function planned(input: string): Set<string> {
  const plan = buildContentIndex(site.dir).plan;
  return new Set(plan.routes.filter((r) => r.inputs.includes(input)).map((r) => r.path));
}

let before: Map<string, string>;
let step = 0;

async function rebuildAndCompare(input: string, shows: (html: string) => boolean) {
  const rebuilt = await runAstro('build', site.dir, warm, env);
  expect(rebuilt.ok, rebuilt.output).toBe(true);
  const after = pages(warmDist);
  const changed = [...after].filter(([path, digest]) => before.get(path) !== digest).map(([path]) => path);
  // Every page that shows the change changed.
  const showing = [...after.keys()].filter((path) => {
    const file = join(warmDist, path.endsWith('/') ? `${path}index.html` : path);
    return shows(readFileSync(file, 'utf8'));
  });
  expect(showing.length, `${input}: some page shows the change`).toBeGreaterThan(0);
  expect(
    showing.filter((p) => !changed.includes(p)),
    `show ${input}`,
  ).toEqual([]);
  // And no page changed that the plan does not say shows the input.
  // (The 404 page is not a route of the plan: nothing links to it or indexes it. It shows
  // only the site's frame, so settings and code may change it.)
  const allowed = new Set([
    ...planned(input),
    ...(['settings', 'code'].includes(input) ? ['/404.html'] : []),
  ]);
  expect(
    changed.filter((p) => !allowed.has(p)),
    `changed by ${input}`,
  ).toEqual([]);
  // Byte for byte what a cold build writes.
  const cold = join(site.work, `cold-${++step}`);
  const fresh = await runAstro('build', site.dir, cold, {
    ...env,
    GIGAWATT_CARD_CACHE: join(site.work, `cold-cards-${step}`),
  });
  expect(fresh.ok, fresh.output).toBe(true);
  expect(distDifferences(warmDist, join(cold, 'root', 'dist')), `after editing ${input}`).toEqual([]);
  before = after;
}

it('rebuilds exactly the pages that show an edited shared input, and matches a cold build each time', async () => {
  // A fact that three stories use.
  for (const story of ['grid-story', 'escaping-story'])
    edit(
      content(`articles/${story}.mdx`),
      /\n*$/,
      '\n\nThe leased site is <Fact id="fixture-site-capacity" />.\n',
    );
  const first = await runAstro('build', site.dir, warm, env);
  expect(first.ok, first.output).toBe(true);
  before = pages(warmDist);

  edit(content('authors/ada.yaml'), /^bio: .*$/m, 'bio: Rewrote this bio for the shared-input test.');
  await rebuildAndCompare('authors/ada', (html) =>
    html.includes('Rewrote this bio for the shared-input test.'),
  );

  edit(content('topics/grid.yaml'), /^name: .*$/m, 'name: Grid Shared Input');
  await rebuildAndCompare('topics/grid', (html) => html.includes('Grid Shared Input'));

  edit(
    content('facts/fixture-site-capacity.yaml'),
    /^label: .*$/m,
    'label: Capacity of the leased campus, relabelled',
  );
  await rebuildAndCompare('facts/fixture-site-capacity', (html) =>
    html.includes('the leased campus, relabelled'),
  );

  edit(
    content('articles/second-story.mdx'),
    /^sources:/m,
    'corrections:\n  - date: 2026-04-05\n    text: An earlier version misnamed the shared-input buyer.\nsources:',
  );
  await rebuildAndCompare('articles/second-story', (html) =>
    html.includes('misnamed the shared-input buyer'),
  );

  env = { ...env, TWITTER_SITE: '@sharedinput' };
  await rebuildAndCompare('settings', (html) => html.includes('content="@sharedinput"'));

  edit(
    join(src, 'components', 'SiteFooter.astro'),
    /<\/footer>/,
    '<p>Footer changed by a test.</p></footer>',
  );
  await rebuildAndCompare('code', (html) => html.includes('Footer changed by a test.'));

  // The code that renders story bodies as the loader reads them: the bodies the content
  // store kept from the last build are rendered again, not reused.
  edit(join(src, 'lib', 'story-body.ts'), 'collapseEmptyAttributes: true', 'collapseEmptyAttributes: false');
  await rebuildAndCompare('code', (html) => html.includes('data-pagefind-ignore="" href="#'));
}, 600_000);
