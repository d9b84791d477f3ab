/** A content tree of N synthetic articles (plus the real authors, topics, FAQs and tables). */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, contentDir, REGIONS } from '../../src/lib/rules.ts';
import { articleFrontmatter } from '../lib/frontmatter.ts';

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

export function syntheticContent(count: number, realContent = contentDir()): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gigawatt-synthetic-')), 'content');
  for (const { folder } of [
    COLLECTIONS.authors,
    COLLECTIONS.topics,
    COLLECTIONS.faqs,
    COLLECTIONS.comparisons,
  ]) {
    cpSync(join(realContent, folder), join(dir, folder), { recursive: true });
  }
  mkdirSync(join(dir, COLLECTIONS.articles.folder));
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 7).toISOString();
    const paragraphs = Array.from({ length: 8 }, (_, p) =>
      Array.from({ length: 4 }, (_, s) => sentence(i * 13 + p * 5 + s, 14)).join(' '),
    );
    const frontmatter = articleFrontmatter({
      title: `${sentence(i, 7).slice(0, -1)} ${i}`,
      description: `${sentence(i + 1, 12)} ${sentence(i + 2, 6)}`,
      publishedAt: day,
      authors: ['maya-okafor'],
      topics: [TOPICS[i % TOPICS.length]!],
      regions: [REGIONS[i % REGIONS.length]!],
      sources: [{ publisher: 'Synthetic Wire', title: `Benchmark source ${i}` }],
    });
    writeFileSync(
      join(dir, COLLECTIONS.articles.folder, `synthetic-${i}.mdx`),
      `${frontmatter}
${paragraphs.slice(0, 4).join('\n\n')}

## ${sentence(i + 3, 4).slice(0, -1)}

${paragraphs.slice(4).join('\n\n')}
`,
    );
  }
  return dir;
}
