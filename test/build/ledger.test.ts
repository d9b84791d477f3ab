/**
 * Figures as data on built sites: <Fact> on pages and in feeds, the facts ledger, the deals
 * tracker, company pages and the downloads, checked against the content that made them.
 */
import type { CheerioAPI } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { load as loadYaml } from 'js-yaml';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { lintContent } from '../../scripts/lib/lint/index.ts';
import { ROOT } from '../../scripts/lib/root.ts';
import { loadPages, page } from '../support/dist.ts';
import { readRss } from '../support/feeds.ts';
import { FIXTURE_SITE, fixtureCopy } from '../support/fixture.ts';
import { runAstro } from '../../scripts/lib/astro.ts';
import { nodes, ofType } from '../support/jsonld.ts';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: loadYaml(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>,
    }));

describe('fixture site: figures as data', () => {
  let dist: string;
  let pages: Map<string, CheerioAPI>;
  beforeAll(() => {
    dist = inject('fixtureDist');
    pages = loadPages(dist);
  });

  it('renders a <Fact> in house style, linked to its numbered note under Sources', () => {
    const $ = page(pages, '/news/second-story/');
    const body = $('.body').text();
    expect(body).toContain('Fixture Grid Co leased 1 GW[1] of capacity.');
    // A dispute shows both values with their outlets.
    expect(body).toContain('reports differ: $2 billion (Fixture Wire) vs $3 billion (Other Wire)[2]');
    expect($('.body sup a').first().attr('href')).toBe('#fact-fixture-site-capacity');
    // A discrepancy shows the original value; the note says who gave what.
    const note = $('#fact-fixture-site-capacity').text();
    expect(note).toContain('1 GW, as reported by Fixture Wire');
    expect(note).toContain(
      'Copy Blog ("A copy of the fixture report") repeats this reporting but gives 10 GW; we use Fixture Wire\'s figure.',
    );
    expect(body).not.toContain('10 GW');
  });

  it('writes the same figure text in the feed, with the notes and no site-only links', () => {
    const item = readRss(join(dist, 'rss.xml')).item!.find((i) =>
      String(i.link).endsWith('/news/second-story/'),
    )!;
    const html = item['content:encoded'];
    expect(html).toContain('Fixture Grid Co leased 1 GW of capacity.');
    expect(html).toContain('reports differ: $2 billion (Fixture Wire) vs $3 billion (Other Wire)');
    expect(html).toContain('repeats this reporting but gives 10 GW');
    expect(html).not.toContain('#fact-');
  });

  it('puts disputes and discrepancies first on /facts/, each explained', () => {
    const $ = page(pages, '/facts/');
    const flagged = $('#in-question')
      .parent()
      .find('li')
      .map((_, li) => $(li).attr('id'))
      .get();
    expect(flagged.sort()).toEqual(['fixture-chip-order', 'fixture-site-capacity']);
    expect($('#fixture-site-capacity .explanation').text()).toMatch(
      /Copy Blog repeats Fixture Wire's reporting but gives 10 GW/,
    );
    expect($('#fixture-chip-order .explanation').text()).toMatch(
      /Other Wire, reporting independently, gives \$3 billion/,
    );
    const [dataset] = ofType(nodes($, '/facts/'), 'Dataset');
    expect(
      (dataset!.distribution as { contentUrl: string }[]).map((d) => new URL(d.contentUrl).pathname),
    ).toEqual(['/data/facts.csv', '/data/facts.json']);
  });

  it('lists every deal on /tracker/, with sortable values, and never a draft story', () => {
    const $ = page(pages, '/tracker/');
    const rows = $('#deal-table tbody tr');
    expect(
      rows
        .map((_, tr) => $(tr).attr('id'))
        .get()
        .sort(),
    ).toEqual(['deal-fixture-chip-order', 'deal-fixture-grid-lease']);
    expect($('#deal-fixture-grid-lease td[data-sort="1000"]').text()).toBe('1 GW');
    expect($('#deal-table').text()).not.toContain('secret');
    expect($('svg[role="img"] desc').first().text()).toMatch(
      /Fixture Grid Co, reports differ: \$2 billion \(Fixture Wire\) vs \$3 billion/,
    );
    const [dataset] = ofType(nodes($, '/tracker/'), 'Dataset');
    expect(dataset!.distribution).toHaveLength(2);
  });

  it('gives each company a page (Organization, linked from the story) and a feed', () => {
    const $ = page(pages, '/companies/fixture-grid-co/');
    const [org] = ofType(nodes($, '/companies/fixture-grid-co/'), 'Organization').filter((o) =>
      String(o['@id']).includes('/companies/'),
    );
    expect(org!.name).toBe('Fixture Grid Co');
    const [article] = ofType(nodes(page(pages, '/news/second-story/'), '/news/second-story/'), 'NewsArticle');
    expect(article!.about).toEqual([{ '@id': org!['@id'] }]);
    expect($('#deal-table, table.deals').length).toBe(1);
    expect($('[data-pagefind-filter="type"]').text()).toBe('Company');
    const feed = readRss(join(dist, 'companies', 'fixture-grid-co', 'rss.xml')).item!;
    expect(feed.map((i) => new URL(String(i.link)).pathname)).toEqual(['/news/second-story/']);
  });

  it('writes CSV and JSON downloads that equal the collections', () => {
    const deals = yamlFiles(join(FIXTURE_SITE, 'deals'));
    const facts = new Map(yamlFiles(join(FIXTURE_SITE, 'facts')).map((f) => [f.id, f.data]));
    const csv = parseCsv(readFileSync(join(dist, 'data', 'deals.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const json = JSON.parse(readFileSync(join(dist, 'data', 'deals.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(csv.map((r) => r.id).sort()).toEqual(deals.map((d) => d.id).sort());
    expect(json.map((r) => r.id).sort()).toEqual(deals.map((d) => d.id).sort());
    for (const deal of deals) {
      const row = json.find((r) => r.id === deal.id)!;
      const fromCsv = csv.find((r) => r.id === deal.id)!;
      expect(row.company).toBe(deal.data.company);
      expect(row.kind).toBe(deal.data.kind);
      const amount = deal.data.amount ? facts.get(String(deal.data.amount))!.value : null;
      expect(row.amount).toBe(amount);
      expect(fromCsv.amount).toBe(amount === null ? '' : String(amount));
    }
    const factRows = JSON.parse(readFileSync(join(dist, 'data', 'facts.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    const factCsv = parseCsv(readFileSync(join(dist, 'data', 'facts.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(factRows.map((r) => r.id).sort()).toEqual([...facts.keys()].sort());
    for (const row of factRows) expect(row.value).toBe(facts.get(String(row.id))!.value);
    expect(factCsv.map((r) => Number(r.value))).toEqual(factRows.map((r) => r.value));
  });
});

describe('launch content: every figure from the ledger', () => {
  it('the figure checker finds no unknown figure and no conflict in content/', () => {
    const findings = lintContent(join(ROOT, 'content')).filter((f) => f.rule.startsWith('figure-'));
    expect(findings).toEqual([]);
  });

  it("shows the run-rate as CNBC reported it, and explains the copy's figure under Sources", () => {
    const pages = loadPages(inject('siteDist'));
    const $ = page(pages, '/news/anthropic-us-data-center-leases/');
    expect($('.body').text()).toContain('more than $47 billion');
    expect($('.body').text()).not.toContain('$4.7 billion');
    expect($('#fact-anthropic-run-rate-may-2026').text()).toContain(
      'Trade-blog analysis ("What Anthropic\'s revenue figures say about its expansion") repeats this reporting but gives $4.7 billion; we use CNBC\'s figure.',
    );
    const $facts = page(pages, '/facts/');
    // A fact used only in a table the story embeds still counts as the story's.
    expect($facts('#anthropic-other-open-roles').text()).toContain(
      'Anthropic is hiring a compute team in Australia and Japan',
    );
    expect($facts('#anthropic-run-rate-may-2026 .explanation').text()).toContain(
      'a discrepancy in a copy, not a second source',
    );
  });
});

it('builds a content tree that has no facts, companies, deals or site texts yet', async () => {
  const site = fixtureCopy();
  try {
    for (const folder of ['facts', 'companies', 'deals', 'pages'])
      rmSync(join(site.dir, folder), { recursive: true });
    const story = join(site.dir, 'articles', 'second-story.mdx');
    writeFileSync(
      story,
      readFileSync(story, 'utf8')
        .replace(/^companies:.*\n/m, '')
        .replace(/<Fact id="[^"]*" \/>/g, 'a figure'),
    );
    const result = await runAstro('build', site.dir, site.work);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain(
      'content/pages/corrections-policy.md is missing, so the site shows a default text',
    );
    const pages = loadPages(join(site.work, 'root', 'dist'));
    expect(page(pages, '/corrections/')('#policy').text()).toContain('We never change a figure silently.');
    expect(page(pages, '/tracker/')('main').text()).toContain('No deals in the tracker yet.');
    expect(page(pages, '/facts/')('main').text()).toContain('No figures in the ledger yet.');
  } finally {
    site.cleanup();
  }
});
