/**
 * Writers' tools: `npm run new` and `npm run import`, run as a writer runs them, on a
 * throwaway copy of the fixture content; the imported and scaffolded stories are then
 * built by the real site code. (The linter's own tests are unit tests: test/unit/lint-*.)
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../scripts/lib/lint/index.ts';
import { runAstro } from '../../scripts/lib/astro.ts';
import { FIXTURE_SITE, fixtureCopy } from '../support/fixture.ts';
import { script } from '../support/scripts.ts';

const DRAFTS = join(FIXTURE_SITE, '..', 'drafts');

/** What a writer does after importing: fill every placeholder and publish. */
function fillPlaceholders(dir: string) {
  for (const folder of ['articles', 'faqs', 'comparisons']) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => /\.(mdx|ya?ml)$/.test(n))) {
      const path = join(dir, folder, name);
      const text = readFileSync(path, 'utf8')
        .replace(/ # TODO: check the (byline|topics)/g, '')
        .replace(/"TODO: the outlet(, e\.g\. CNBC)?"/g, '"Fixture Wire"')
        .replace(/'TODO: the outlet'/g, "'Fixture Wire'")
        .replace(
          /["']TODO: the (headline of the piece you cite|piece these figures come from)["']/g,
          '"A fixture report"',
        )
        .replace(/["']TODO: one sentence that says what this table shows["']/g, '"What the table shows."')
        .replace(/draft: true/, 'draft: false');
      writeFileSync(path, text);
    }
  }
}

const site = fixtureCopy();
afterAll(() => site.cleanup());

describe('npm run new', () => {
  it('scaffolds an article, an FAQ set and a table that pass the schema', async () => {
    const article = await script(
      'new',
      ['article', 'Grid queues grow: ¥10 billion & “more”', '--topic', 'grid'],
      site.dir,
    );
    expect(article.code, article.out).toBe(0);
    const path = join(site.dir, 'articles', 'grid-queues-grow-10-billion-and-more.mdx');
    expect(readFileSync(path, 'utf8')).toMatch(/draft: true/);
    expect((await script('new', ['faq', 'grid-questions'], site.dir)).code).toBe(0);
    expect((await script('new', ['comparison', 'grid-table'], site.dir)).code).toBe(0);
    const sync = await runAstro('sync', site.dir, join(site.work, 'scaffold'));
    expect(sync.ok, sync.output).toBe(true);
    // The linter lists the placeholders as warnings while the story is a draft.
    const findings = lintContent(site.dir).filter((f) =>
      f.file.endsWith('grid-queues-grow-10-billion-and-more.mdx'),
    );
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toContain('warning placeholder');
  });

  it('refuses to overwrite a file, and leaves it untouched', async () => {
    const path = join(site.dir, 'articles', 'grid-story.mdx');
    const before = readFileSync(path, 'utf8');
    const result = await script('new', ['article', 'Grid story'], site.dir);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('already exists; nothing was written');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('fails fast with usage text when there is no terminal and no arguments', async () => {
    const result = await script('new', [], site.dir);
    expect(result.code).toBe(2);
    expect(result.out).toContain('Usage:');
  });
});

describe('npm run import', () => {
  it('imports drafts of four shapes: headings, FAQ items, table rows, takeaway, boilerplate', async () => {
    const expectations = {
      'question-headings.txt': {
        faq: 2,
        tables: [],
        dropped: 3,
        takeaway: 'Watch the grid connection queue',
      },
      'markdown-with-table.md': {
        faq: 0,
        tables: [3],
        dropped: 3,
        takeaway: 'Follow the power, not the land.',
      },
      'plain-no-extras.txt': { faq: 0, tables: [], dropped: 0, takeaway: undefined },
      'markdown-faq-and-tables.md': { faq: 2, tables: [3, 1], dropped: 1, takeaway: 'Expect more deals' },
    };
    for (const [draft, want] of Object.entries(expectations)) {
      const result = await script('import', [join(DRAFTS, draft)], site.dir);
      expect(result.code, result.out).toBe(0);
      const questions = result.out.match(/\((\d+) questions\)/)?.[1];
      expect(Number(questions ?? 0), draft).toBe(want.faq);
      expect(
        [...result.out.matchAll(/\((\d+) rows\)/g)].map((m) => Number(m[1])),
        draft,
      ).toEqual(want.tables);
      const dropped =
        result.out.split('Dropped as page furniture:\n')[1]?.split('\nStill')[0]?.split('\n') ?? [];
      expect(dropped.length, draft).toBe(want.dropped);
      if (want.takeaway) expect(result.out).toContain(`Key takeaway: ${want.takeaway}`);
      else expect(result.out).not.toContain('Key takeaway');
    }
    const mdx = readFileSync(
      join(site.dir, 'articles', 'australia-vs-japan-where-the-next-gigawatt-lands.mdx'),
      'utf8',
    );
    expect(mdx).toContain('\\{x\\} or &lt;tag>');
    expect(mdx).toContain('A$ and ¥');
    expect(mdx).not.toMatch(/Source link|newsletter|No comments/);
    const japan = readFileSync(
      join(site.dir, 'articles', 'why-japans-grid-is-the-real-test-for-ai-data-centers.mdx'),
      'utf8',
    );
    expect(japan).toContain('’'); // curly quotes survive
    expect(japan).toContain('—');
  });

  it('never overwrites: a second import of the same draft writes nothing', async () => {
    const result = await script('import', [join(DRAFTS, 'plain-no-extras.txt')], site.dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Nothing was written');
  });

  it('builds every imported and scaffolded story once the placeholders are filled, with FAQ and tables', async () => {
    // The scaffolded FAQ set and table are not used by any story yet: drop them here.
    rmSync(join(site.dir, 'faqs', 'grid-questions.yaml'));
    rmSync(join(site.dir, 'comparisons', 'grid-table.yaml'));
    rmSync(join(site.dir, 'articles', 'grid-queues-grow-10-billion-and-more.mdx'));
    fillPlaceholders(site.dir);
    const errors = lintContent(site.dir).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
    const build = await runAstro('build', site.dir, join(site.work, 'imported'));
    expect(build.ok, build.output).toBe(true);
    const page = (slug: string) =>
      load(readFileSync(join(site.work, 'imported', 'root', 'dist', 'news', slug, 'index.html'), 'utf8'));
    const deals = page('the-2026-ai-infrastructure-deals-in-two-tables');
    expect(deals('.faq h3')).toHaveLength(2);
    expect(deals('figure.comparison table')).toHaveLength(2);
    expect(deals('.takeaway').text()).toContain('Expect more deals');
    const japan = page('why-japans-grid-is-the-real-test-for-ai-data-centers');
    expect(japan('.faq h3').first().attr('id')).toBe('how-much-did-microsoft-commit');
    expect(japan('.body h2').first().text()).toContain('Where is the demand coming from?');
    expect(page('australia-vs-japan-where-the-next-gigawatt-lands')('.body').text()).toContain(
      '{x} or <tag>',
    );
    expect(
      existsSync(
        join(
          site.work,
          'imported',
          'root',
          'dist',
          'news',
          'anthropics-hiring-says-more-than-its-press-releases',
        ),
      ),
    ).toBe(true);
  });
});
