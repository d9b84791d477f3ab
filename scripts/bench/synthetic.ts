/**
 * A content tree of N synthetic articles (plus the real authors, topics, FAQs and tables),
 * seeded so every run builds the same site. `rich` gives newsroom-shaped stories of ~800
 * words with headings, a list, a GFM table and a link, an FAQ set on every 4th story and
 * a regional table and a site's figure on every 10th (tagged with a company, so the figure
 * checker sees figures that are not the company's): the corpus `npm run bench:build` measures.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, comparisonEmbed, contentDir, REGIONS } from '../../src/lib/rules.ts';
import { urls } from '../../src/lib/urls.ts';
import { articleFrontmatter, yamlString } from '../lib/frontmatter.ts';

const WORDS = (
  'grid power lease chips japan australia gigawatt financing cooling capacity sovereign deal ' +
  'substation transformer turbine solar wind battery hyperscaler campus megawatt utility ' +
  'interconnect fiber subsea latency rack accelerator memory wafer foundry tariff permit land'
).split(' ');
const TOPICS = ['data-centers', 'power', 'deals', 'policy', 'talent'];

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 31 + i * 17 + (seed >> 3)) % WORDS.length]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (seed: number, sentences = 4, words = 14) =>
  Array.from({ length: sentences }, (_, s) => sentence(seed * 7 + s, words)).join(' ');

function richBody(i: number): string {
  const p = (n: number) => paragraph(i * 13 + n * 5, 5, 14);
  const list = Array.from({ length: 4 }, (_, n) => `- ${sentence(i + n * 3, 9)}`).join('\n');
  const table = [
    '| Market | Capacity | Status |',
    '| --- | --- | --- |',
    ...Array.from(
      { length: 3 },
      (_, n) => `| ${WORDS[(i + n) % WORDS.length]} | ${(i % 9) + n + 1} GW | ${n ? 'planned' : 'live'} |`,
    ),
  ].join('\n');
  const link = i > 0 ? `See [the earlier story](${urls.article(`synthetic-${i - 1}`)}) for background.` : '';
  return [
    p(0),
    p(1),
    `${p(2)} ${link}`,
    `## ${sentence(i + 3, 4).slice(0, -1)}`,
    p(3),
    list,
    p(4),
    table,
    `## ${sentence(i + 5, 5).slice(0, -1)}`,
    p(5),
    p(6),
    ...(i % 10 === 0
      ? [
          comparisonEmbed(`synthetic-table-${i}`),
          `Anthropic's ${PLACES[i % PLACES.length]} campus will draw ${(i % 7) * 50 + 150} MW, Synthetic Wire reported.`,
        ]
      : []),
    p(7),
    p(8),
  ].join('\n\n');
}

function faqYaml(i: number): string {
  const items = Array.from(
    { length: 3 },
    (_, n) =>
      `  - question: ${yamlString(`${sentence(i + n, 6).slice(0, -1)} ${i}-${n}?`)}\n    answer: ${yamlString(paragraph(i + n, 2, 12))}`,
  );
  return `title: ${yamlString(`Questions on story ${i}`)}\nitems:\n${items.join('\n')}\n`;
}

/** Places for the regional tables: a story about a company often carries one. */
const PLACES = ['Texas', 'Virginia', 'Ohio', 'Arizona', 'Georgia', 'Oregon', 'Japan', 'Australia'];

/**
 * Spare grid capacity by region, in a story about Anthropic: the figures are the regions',
 * not the company's, so the figure checker must not set them against Anthropic's ledger.
 */
function tableYaml(i: number): string {
  const rows = Array.from(
    { length: 4 },
    (_, n) =>
      `  - market: ${PLACES[(i + n) % PLACES.length]}\n    capacity: "${((i + n) % 9) * 50 + 100} MW"`,
  );
  return `title: "Synthetic table ${i}"\ncaption: "Spare grid capacity by region for synthetic story ${i}."\ncolumns:\n  - key: market\n    label: Region\n  - key: capacity\n    label: Spare capacity\nrows:\n${rows.join('\n')}\nsources:\n  - publisher: Synthetic Wire\n    title: Benchmark table ${i}\n`;
}

export function syntheticContent(
  count: number,
  realContent = contentDir(),
  options: { rich?: boolean } = {},
): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gigawatt-synthetic-')), 'content');
  // Everything but the stories, and the deals (they name the real stories that cover them).
  const copied = Object.values(COLLECTIONS).filter(
    (c) => c !== COLLECTIONS.articles && c !== COLLECTIONS.deals,
  );
  for (const { folder } of copied) {
    cpSync(join(realContent, folder), join(dir, folder), { recursive: true });
  }
  mkdirSync(join(dir, COLLECTIONS.articles.folder));
  for (let i = 0; i < count; i++) writeStory(dir, i, options.rich ?? false);
  return dir;
}

/** One synthetic story (and its FAQ set and table, when rich): also how a bench adds a story. */
export function writeStory(dir: string, i: number, rich: boolean): string {
  // Plain: seven hours apart from 2025-01-01 (the paging test counts on it). Rich: two
  // hours apart, counting back from 2026-01-01, so even 10,000 stories are all published
  // (an archive three years deep) and story i+1 is newer than story i; from the 20,000th
  // on (a 30,000-story archive), a minute apart after 2026-01-01, so none is dated after
  // the build (a scheduled story, and every link to it a dead link the build refuses).
  const hour = 3_600_000;
  const richDate =
    i < 20_000
      ? Date.UTC(2026, 0, 1) - (20_000 - i) * hour * 2
      : Date.UTC(2026, 0, 1) + (i - 20_000) * 60_000;
  const day = new Date(rich ? richDate : Date.UTC(2025, 0, 1) + i * hour * 7).toISOString();
  const hasFaq = rich && i % 4 === 0;
  if (hasFaq) writeFileSync(join(dir, COLLECTIONS.faqs.folder, `synthetic-faq-${i}.yaml`), faqYaml(i));
  if (rich && i % 10 === 0)
    writeFileSync(join(dir, COLLECTIONS.comparisons.folder, `synthetic-table-${i}.yaml`), tableYaml(i));
  const frontmatter = articleFrontmatter({
    title: `${sentence(i, 7).slice(0, -1)} ${i}`,
    description: `${sentence(i + 1, 12)} ${sentence(i + 2, 6)}`,
    publishedAt: day,
    authors: ['maya-okafor'],
    topics: [TOPICS[i % TOPICS.length]!],
    regions: [REGIONS[i % REGIONS.length]!],
    ...(rich && i % 10 === 0 ? { companies: ['anthropic'] } : {}),
    faq: hasFaq ? `synthetic-faq-${i}` : undefined,
    sources: [{ publisher: 'Synthetic Wire', title: `Benchmark source ${i}` }],
  });
  const paragraphs = Array.from({ length: 8 }, (_, p) =>
    Array.from({ length: 4 }, (_, s) => sentence(i * 13 + p * 5 + s, 14)).join(' '),
  );
  const body = rich
    ? richBody(i)
    : `${paragraphs.slice(0, 4).join('\n\n')}\n\n## ${sentence(i + 3, 4).slice(0, -1)}\n\n${paragraphs.slice(4).join('\n\n')}`;
  const path = join(dir, COLLECTIONS.articles.folder, `synthetic-${i}.mdx`);
  writeFileSync(path, `${frontmatter}\n${body}\n`);
  return path;
}
