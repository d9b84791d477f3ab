/**
 * Writers' tools: `npm run new` and `npm run import`, run as a writer runs them, on a
 * throwaway copy of the fixture content; the imported and scaffolded stories are then
 * built by the real site code. (The linter's own tests are unit tests: test/unit/lint-*.)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../scripts/lib/lint/index.ts';
import { runAstro } from '../../scripts/lib/astro.ts';
import { FIXTURE_SITE, fixtureCopy } from '../support/fixture.ts';
import { docBlocksFromLines, docx } from '../support/docx.ts';
import { script } from '../support/scripts.ts';

const DRAFTS = join(FIXTURE_SITE, '..', 'drafts');

/** What a writer does after importing: fill every placeholder and publish. */
function fillPlaceholders(dir: string) {
  let n = 0;
  for (const folder of ['articles', 'faqs', 'comparisons']) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => /\.(mdx|ya?ml)$/.test(n))) {
      const path = join(dir, folder, name);
      const text = readFileSync(path, 'utf8')
        .replace(/ # TODO: [^\n]*/g, '')
        .replace(/^title: ["']?TODO: [^\n]*$/m, () => `title: "An imported story, number ${++n}"`)
        .replace(
          /^description: ["']?TODO: [^\n]*$/m,
          'description: "A dek the writer wrote after importing, long enough for the schema."',
        )
        .replace(/(publisher: )["']?TODO: [^\n]*/g, '$1"Fixture Wire"')
        .replace(/(title: )["']?TODO: the (headline|piece)[^\n]*/g, '$1"A fixture report"')
        .replace(/(caption: )["']?TODO: [^\n]*/g, '$1"What the table shows."')
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
  const shapes = readdirSync(join(DRAFTS, 'shapes'));

  it('imports every shape of draft with all its words accounted for', async () => {
    for (const draft of [
      ...shapes.map((name) => join('shapes', name)),
      ...readdirSync(DRAFTS).filter((n) => n.includes('.')),
    ]) {
      // The HTML and Word versions would clash with the text they were made from: a name of their own.
      const slug = /\.(html|docx)$/.test(draft) ? ['--slug', basename(draft).replace('.', '-')] : [];
      const result = await script('import', [join(DRAFTS, draft), ...slug], site.dir);
      expect(result.code, `${draft}: ${result.out}`).toBe(0);
      expect(result.out).toMatch(/^\d+ words in: .*dropped \(\d+ lines?\)$/m);
    }
  });

  it('imports a .docx and reads a draft from standard input', async () => {
    const text = readFileSync(join(DRAFTS, 'shapes', 'doc-editor.txt'), 'utf8');
    const path = join(site.work, 'from-word.docx');
    mkdirSync(site.work, { recursive: true });
    writeFileSync(path, await docx(docBlocksFromLines(text, ['Why Australia?', 'What Japan Offers'])));
    const word = await script('import', [path, '--slug', 'from-word'], site.dir);
    expect(word.code, word.out).toBe(0);
    expect(word.out).toContain('(docx)');
    const stdin = await script(
      'import',
      ['-', '--slug', 'from-stdin'],
      site.dir,
      'Grid queues grow in Japan\n\nDevelopers say a grid connection now takes longer to secure than land, and that changes where campuses go.\n',
    );
    expect(stdin.code, stdin.out).toBe(0);
    expect(existsSync(join(site.dir, 'articles', 'from-stdin.mdx'))).toBe(true);
  });

  it('writes nothing on --dry-run, on a clash (in any letter case) or for a folder', async () => {
    const draft = join(DRAFTS, 'plain-no-extras.txt');
    const before = readdirSync(join(site.dir, 'articles')).sort();
    const again = await script('import', [draft], site.dir);
    expect(again.code).toBe(1);
    expect(again.out).toContain('Nothing was written');
    const upper = await script('import', [draft, '--slug', 'FROM-STDIN'], site.dir);
    expect(upper.out).toMatch(/Nothing was written|already exist/);
    const dry = await script('import', [draft, '--slug', 'a-dry-run', '--dry-run'], site.dir);
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain('Would create:');
    const folder = await script('import', [DRAFTS], site.dir);
    expect(folder.code).toBe(1);
    expect(folder.out).toContain('is a folder');
    expect(readdirSync(join(site.dir, 'articles')).sort()).toEqual(before);
    expect(readdirSync(join(site.dir, 'articles')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it("leaves a draft's escape sequences out, and says so: a page title cannot recolour or clear the terminal", async () => {
    const html =
      '<html><head><title>Grid \u001b[31mdeal\u001b[0m</title></head><body><h1>Utility signs a grid deal</h1>' +
      '<p>The utility agreed to supply 300 MW to the campus, the Register reported on Tuesday.</p>' +
      '<p>-- <br>Maya Okafor\u001b[2J</p></body></html>';
    const dry = await script('import', ['-', '--slug', 'escapes', '--dry-run'], site.dir, html);
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain('Left out 3 terminal escape sequences');
    expect(dry.out).toContain('the page title "Grid deal"');
    expect(dry.out).toContain('"Maya Okafor": email signature');
    expect(dry.out).not.toContain('\u001b');
  });

  it('builds every imported and scaffolded story once the placeholders are filled, with FAQ and tables', async () => {
    // The scaffolded FAQ set and table are not used by any story yet: drop them here.
    rmSync(join(site.dir, 'faqs', 'grid-questions.yaml'));
    rmSync(join(site.dir, 'comparisons', 'grid-table.yaml'));
    rmSync(join(site.dir, 'articles', 'grid-queues-grow-10-billion-and-more.mdx'));
    fillPlaceholders(site.dir);
    // The same drafts imported from HTML and Word: same headlines, which the linter refuses.
    const copies = readdirSync(join(site.dir, 'articles'))
      .map((name) => name.replace(/\.mdx$/, ''))
      .filter((slug) => /-(html|docx)$/.test(slug));
    for (const slug of [...copies, 'from-word']) {
      const path = join(site.dir, 'articles', `${slug}.mdx`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: "The ${slug} copy"`));
    }
    const errors = lintContent(site.dir).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
    const build = await runAstro('build', site.dir, join(site.work, 'imported'));
    expect(build.ok, build.output).toBe(true);
    const page = (slug: string) =>
      load(readFileSync(join(site.work, 'imported', 'root', 'dist', 'news', slug, 'index.html'), 'utf8'));
    const shopping = page('anthropic-goes-shopping-for-compute-capacity-in-australia-and-japan');
    expect(shopping('.faq h3')).toHaveLength(3);
    expect(shopping('figure.comparison table')).toHaveLength(1);
    expect(shopping('.takeaway').text()).toContain('Watch the grid connection queue');
    const deals = page('the-2026-ai-infrastructure-deals-in-two-tables');
    expect(deals('figure.comparison table')).toHaveLength(2);
    const five = page('five-things-to-know-about-anthropics-data-center-push');
    expect(five('.body ul li')).toHaveLength(2);
    expect(five('.body ol li')).toHaveLength(2);
    expect(five('.body blockquote').text()).toContain('inevitable strain');
    expect(page('australia-vs-japan-where-the-next-gigawatt-lands')('.body').text()).toContain(
      '{x} or <tag>',
    );
    const wire = page('anthropic-has-signed-more-than-a-dozen-preliminary-agreements-to-lease');
    expect(wire('.body').text()).toContain('in the United States with a combined capacity');
    expect(page('from-word')('.body h2').first().text()).toContain('Why Australia?');
  });
});
