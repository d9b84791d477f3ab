/**
 * Writers see a story before it runs: drafts under `astro dev` (banner, noindex, out of
 * readers' lists, on a writers' /drafts/ page), a preview build in dist-preview/ (banners, noindex
 * everywhere, robots.txt disallows all, no feeds or sitemaps, dist/ untouched), and
 * scheduling (the build names its next change; after that moment the story is published).
 */
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { FIXTURE_STORY, fixtureCopy } from '../support/fixture.ts';
import { allFiles } from '../support/dist.ts';
import { startDevServer } from '../support/dev-server.ts';
import { script } from '../support/scripts.ts';

const sites: ReturnType<typeof fixtureCopy>[] = [];
afterAll(() => sites.forEach((site) => site.cleanup()));
const copy = (files: Record<string, string> = {}) => {
  const site = fixtureCopy(files);
  sites.push(site);
  return site;
};

const digestOf = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';

describe('the preview build', () => {
  it('shows drafts and scheduled stories with banners, in dist-preview/, for nobody but editors', async () => {
    const site = copy();
    // npm run build's own script, in a root of its own: first the production site, then
    // the preview beside it.
    // A card cache of its own, empty: the build renders every card.
    const cards = join(site.work, 'cards');
    const build = (env: NodeJS.ProcessEnv = {}) =>
      script('build', [], site.dir, undefined, {
        GIGAWATT_BUILD_WORK: site.work,
        GIGAWATT_CARD_CACHE: cards,
        ...env,
      });
    const production = await build();
    expect(production.code, production.out).toBe(0);
    // The article cards it started from the linter's plan before Astro started its own (as
    // many as it finished by then; scripts/build.ts) are the ones Astro found cached.
    const [, rendered, cached] = production.out.match(/social cards: (\d+) rendered, (\d+) from cache/) ?? [];
    const ahead = Number(production.out.match(/social cards: (\d+) of them rendered ahead/)?.[1] ?? 0);
    expect(Number(cached)).toBeLessThanOrEqual(ahead);
    expect(Number(rendered) + Number(cached)).toBe(
      readdirSync(cards).filter((f) => f.endsWith('.png')).length,
    );
    const published = join(site.work, 'root', 'dist', 'index.html');
    const before = digestOf(published);
    expect(before).not.toBe('absent');
    // Built again with nothing changed: the build sees it and leaves dist/ alone.
    const mtime = () => statSync(published).mtimeMs;
    const builtAt = mtime();
    const again = await build();
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/dist is up to date: nothing the build reads has changed/);
    expect(mtime()).toBe(builtAt);
    const result = await build({ GIGAWATT_PREVIEW: '1' });
    expect(result.code, result.out).toBe(0);
    const out = join(site.work, 'root', 'dist-preview');
    // Indexed after Astro's process ended, as `npm run build` does, into the preview's folder.
    expect(result.out).toMatch(/\[gigawatt:search-index\] search index: \d+ pages indexed/);
    expect(JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'))).toHaveProperty(
      'languages',
    );
    const draft = load(readFileSync(join(out, 'news', 'secret-draft', 'index.html'), 'utf8'));
    expect(draft('.held-back').text()).toMatch(/Draft:\s*not published/);
    const scheduled = load(readFileSync(join(out, 'news', 'future-story', 'index.html'), 'utf8'));
    expect(scheduled('.held-back').text()).toMatch(/Scheduled\s+for January 1, 2099, 00:00 UTC/);
    // In place on the front page, as they will be.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('/news/secret-draft/');
    const all = allFiles(out);
    for (const page of all.filter((f) => f.endsWith('.html'))) {
      const $ = load(readFileSync(page, 'utf8'));
      expect($('meta[name="robots"]').attr('content'), page).toMatch(/noindex/);
      expect($('.preview-bar').length, page).toBe(1);
    }
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(all.filter((f) => /\.xml$|feed\.json$|feeds\.opml$/.test(f))).toEqual([]);
    // The production site was not touched, and still stands.
    expect(digestOf(published)).toBe(before);
    expect((await build()).out).toMatch(/dist is up to date/);
    // An edit after a skipped build is built.
    const story = join(site.dir, 'articles', 'grid-story.mdx');
    writeFileSync(story, `${readFileSync(story, 'utf8')}\nA sentence added after the last build.\n`);
    const edited = await build();
    expect(edited.code, edited.out).toBe(0);
    expect(edited.out).toMatch(/Building: the content, code or settings changed/);
    const page = readFileSync(join(site.work, 'root', 'dist', 'news', 'grid-story', 'index.html'), 'utf8');
    expect(page).toContain('A sentence added after the last build.');
  });
});

describe('astro dev', () => {
  it("renders a draft's page with its banner and noindex, and lists it only on the writers' /drafts/ page", async () => {
    const site = copy();
    const server = await startDevServer(site);
    try {
      const get = async (path: string) => {
        const response = await fetch(`${server.url}${path}`);
        return { status: response.status, $: load(await response.text()) };
      };
      const draft = await get('/news/secret-draft/');
      expect(draft.status).toBe(200);
      expect(draft.$('.held-back').text()).toMatch(/Draft:\s*not published/);
      expect(draft.$('meta[name="robots"]').attr('content')).toMatch(/noindex/);
      const home = await get('/');
      expect(home.$('a[href="/news/secret-draft/"]').length).toBe(0);
      expect(home.$('a[href="/drafts/"]').length).toBe(1);
      const withDrafts = await get('/drafts/');
      expect(withDrafts.$('#not-published').length).toBe(1);
      expect(withDrafts.$('a[href="/news/secret-draft/"]').length).toBeGreaterThan(0);
    } finally {
      server.stop();
    }
    // A production build of the same content still has no trace of it.
    const build = await runAstro('build', site.dir, join(site.work, 'prod'));
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(join(site.work, 'prod', 'root', 'dist', 'news', 'secret-draft'))).toBe(false);
  }, 300_000);
});

describe('scheduling', () => {
  it('names a scheduled story as the next change, and publishes it once its time has passed', async () => {
    const site = copy();
    writeFileSync(
      join(site.dir, 'articles', 'launch-day.mdx'),
      FIXTURE_STORY.replace(
        'title: A lint fixture headline',
        'title: A story that runs at ten on launch day',
      ).replace('publishedAt: 2026-05-01', 'publishedAt: 2026-07-01T10:00:00Z') + 'It runs at ten.\n',
    );
    const before = await runAstro('build', site.dir, join(site.work, 'before'), {
      GIGAWATT_NOW: '2026-06-30T12:00:00Z',
    });
    expect(before.ok, before.output).toBe(true);
    expect(before.output).toContain(
      'next change: 2026-07-01T10:00:00.000Z (launch-day is scheduled to publish)',
    );
    expect(existsSync(join(site.work, 'before', 'root', 'dist', 'news', 'launch-day'))).toBe(false);
    const after = await runAstro('build', site.dir, join(site.work, 'after'), {
      GIGAWATT_NOW: '2026-07-01T10:05:00Z',
    });
    expect(after.ok, after.output).toBe(true);
    expect(existsSync(join(site.work, 'after', 'root', 'dist', 'news', 'launch-day', 'index.html'))).toBe(
      true,
    );
  }, 300_000);
});
