/** The files an import writes: the article (MDX), its FAQ set and its tables (YAML). */
import { dump } from 'js-yaml';
import { COLUMN_KEY, comparisonEmbed, PLACEHOLDER } from '../../../src/lib/rules.ts';
import { slugify } from '../../../src/lib/format.ts';
import { articleFrontmatter } from '../frontmatter.ts';
import type { DraftPlan } from './plan.ts';

export interface DraftFiles {
  /** content/articles/<slug>.mdx */
  article: string;
  /** content/faqs/<slug>.yaml */
  faq?: string;
  /** content/comparisons/<slug>-<n>.yaml, in order */
  tables: { id: string; text: string; rows: number }[];
}

export interface WriteOptions {
  slug: string;
  author: string;
  topic: string;
  date: string;
}

const yaml = (data: unknown) => dump(data, { lineWidth: -1, noRefs: true });

function columnKeys(labels: string[]): string[] {
  const used = new Set<string>();
  return labels.map((label, i) => {
    let key = slugify(label).replace(/^[^a-z]+/, '') || `column-${i + 1}`;
    if (!COLUMN_KEY.test(key)) key = `column-${i + 1}`;
    while (used.has(key)) key = `${key}-${i + 1}`;
    used.add(key);
    return key;
  });
}

function sourcesFor(plan: DraftPlan) {
  const offered = plan.outlets.map((outlet) => ({
    publisher: outlet,
    title: `${PLACEHOLDER}: the headline of the ${outlet} piece (check the outlet too)`,
  }));
  return offered.length
    ? offered
    : [
        {
          publisher: `${PLACEHOLDER}: the outlet, e.g. CNBC`,
          title: `${PLACEHOLDER}: the headline of the piece you cite`,
        },
      ];
}

export function writeDraft(plan: DraftPlan, options: WriteOptions): DraftFiles {
  const sources = sourcesFor(plan);
  const tables = plan.tables.map((table, n) => {
    const [header = [], ...rows] = table.rows;
    const width = Math.max(header.length, ...rows.map((r) => r.length));
    const labels = Array.from({ length: width }, (_, i) => header[i] || `Column ${i + 1}`);
    const keys = columnKeys(labels);
    const data = {
      title: table.title,
      caption: table.caption ?? `${PLACEHOLDER}: one sentence that says what this table shows`,
      columns: labels.map((label, i) => ({ key: keys[i]!, label })),
      rows: rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i] ?? '']))),
      sources,
    };
    return { id: `${options.slug}-${n + 1}`, text: yaml(data), rows: rows.length };
  });
  const faq = plan.faq.length
    ? yaml({
        title: `${plan.titleFromDraft ? plan.title : 'This story'}: questions and answers`,
        items: plan.faq,
      })
    : undefined;
  const frontmatter = articleFrontmatter({
    title: plan.title,
    description: plan.dek,
    publishedAt: options.date,
    authors: [options.author],
    topics: [options.topic],
    faq: faq ? options.slug : undefined,
    keyTakeaway: plan.keyTakeaway,
    sources,
    draft: true,
    notes: {
      authors: `${PLACEHOLDER}: check the byline`,
      topics: `${PLACEHOLDER}: check the topics`,
      sources: plan.outlets.length ? `${PLACEHOLDER}: outlets named in the draft; check each` : undefined,
    },
  });
  const body = plan.body.map((block) =>
    typeof block === 'string' ? block : comparisonEmbed(tables[block.table]!.id),
  );
  return { article: `${frontmatter}\n${body.join('\n\n')}\n`, faq, tables };
}
