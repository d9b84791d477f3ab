/**
 * Writers' tools: `npm run new`, `npm run import` and `npm run lint:content`, run as a
 * writer runs them, on throwaway copies of the fixture content. The imported and
 * scaffolded stories are then built by the real site code.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../scripts/lib/lint.ts';
import { runAstro } from '../support/astro.ts';
import { FIXTURE_SITE, fixtureCopy } from '../support/fixture.ts';

const run = promisify(execFile);
const DRAFTS = join(FIXTURE_SITE, '..', 'drafts');

/** Runs a script with no terminal attached (stdin closed), as CI does. */
async function script(name: string, args: string[], contentDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [`scripts/${name}.ts`, ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

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

describe('npm run lint:content', () => {
  const base = `---
title: A lint fixture headline
description: A lint fixture dek that is long enough to pass the fifty character minimum.
publishedAt: 2026-05-01
authors: [ada]
topics: [grid]
sources: [{ publisher: Fixture Wire, title: A report }]
---

`;
  const cases: {
    rule: string;
    files: Record<string, string>;
    file: string;
    line: number;
    severity?: string;
  }[] = [
    {
      rule: 'internal-link',
      files: { 'articles/x.mdx': `${base}See [this](/news/nowhere/).\n` },
      file: 'articles/x.mdx',
      line: 10,
    },
    {
      rule: 'internal-link',
      files: { 'articles/x.mdx': `${base}See [this](/news/grid-story/#no-such-id).\n` },
      file: 'articles/x.mdx',
      line: 10,
    },
    {
      rule: 'image-alt',
      files: { 'articles/x.mdx': `${base}Text.\n\n![](https://example.com/a.png)\n` },
      file: 'articles/x.mdx',
      line: 12,
    },
    {
      rule: 'image-missing',
      files: { 'articles/x.mdx': `${base}![A chart](./missing.png)\n` },
      file: 'articles/x.mdx',
      line: 10,
    },
    {
      rule: 'unused-comparison',
      files: { 'comparisons/lonely.yaml': 'title: T\n' },
      file: 'comparisons/lonely.yaml',
      line: 1,
      severity: 'warning',
    },
    {
      rule: 'unused-faq',
      files: { 'faqs/lonely.yaml': 'title: T\n' },
      file: 'faqs/lonely.yaml',
      line: 1,
      severity: 'warning',
    },
    {
      rule: 'duplicate-id',
      files: { 'faqs/grid-faq.yml': 'title: T\n' },
      file: 'faqs/grid-faq.yml',
      line: 1,
    },
    {
      rule: 'duplicate-slug',
      files: { 'articles/grid-story.md': base },
      file: 'articles/grid-story.mdx',
      line: 1,
    },
    { rule: 'not-mdx', files: { 'articles/plain.md': base }, file: 'articles/plain.md', line: 1 },
    {
      rule: 'faq-used-twice',
      files: { 'articles/zz.mdx': base.replace('topics: [grid]', 'topics: [grid]\nfaq: grid-faq') },
      file: 'articles/zz.mdx',
      line: 7,
    },
    {
      rule: 'duplicate-title',
      files: {
        'articles/x.mdx': base.replace('A lint fixture headline', 'The grid decides where compute goes'),
      },
      file: 'articles/x.mdx',
      line: 2,
    },
    {
      rule: 'updated-before-published',
      files: {
        'articles/x.mdx': base.replace(
          'publishedAt: 2026-05-01',
          'publishedAt: 2026-05-01\nupdatedAt: 2026-04-01',
        ),
      },
      file: 'articles/x.mdx',
      line: 5,
    },
    {
      rule: 'future-date',
      files: { 'articles/x.mdx': base.replace('2026-05-01', '2099-05-01') },
      file: 'articles/x.mdx',
      line: 4,
      severity: 'warning',
    },
    {
      rule: 'placeholder',
      files: { 'articles/x.mdx': `${base}TODO: the lede.\n` },
      file: 'articles/x.mdx',
      line: 10,
    },
    {
      rule: 'figure-without-source',
      files: {
        'articles/x.mdx':
          base.replace('sources: [{ publisher: Fixture Wire, title: A report }]', 'sources: []') +
          'It raised $12 billion.\n',
      },
      file: 'articles/x.mdx',
      line: 10,
    },
    {
      rule: 'unknown-reference',
      files: { 'articles/x.mdx': base.replace('topics: [grid]', 'topics: [nope]') },
      file: 'articles/x.mdx',
      line: 6,
    },
  ];

  it.each(cases)(
    '$rule: names the file, line and rule',
    ({ rule, files, file, line, severity = 'error' }) => {
      const tree = mkdtempSync(join(tmpdir(), 'gigawatt-lint-'));
      try {
        cpSync(FIXTURE_SITE, tree, { recursive: true });
        for (const [path, text] of Object.entries(files)) writeFileSync(join(tree, path), text);
        const found = lintContent(tree).filter((f) => f.rule === rule);
        expect(found.map((f) => [f.file.endsWith(file), f.line, f.severity])).toContainEqual([
          true,
          line,
          severity,
        ]);
        expect(found[0]!.fix.length).toBeGreaterThan(10);
      } finally {
        rmSync(tree, { recursive: true, force: true });
      }
    },
  );

  it('passes the real content with no findings at all, in text and JSON', async () => {
    const text = await script('lint-content', [], 'content');
    expect(text.code, text.out).toBe(0);
    expect(text.out.trim()).toBe('0 error(s), 0 warning(s)');
    const json = await script('lint-content', ['--format', 'json'], 'content');
    expect(JSON.parse(json.out)).toEqual([]);
  });

  it('exits non-zero on an error and prints file:line', async () => {
    const tree = fixtureCopy({ 'articles/x.mdx': `${base}See [this](/news/nowhere/).\n` });
    try {
      const result = await script('lint-content', [], tree.dir);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(
        /articles\/x\.mdx:10: error internal-link: \/news\/nowhere\/ points to no page/,
      );
    } finally {
      tree.cleanup();
    }
  });
});
