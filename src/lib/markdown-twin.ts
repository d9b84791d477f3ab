/**
 * The Markdown twin of a story (/news/<slug>.md) for machines and LLMs: headline, dek,
 * byline, dates, corrections, key takeaway, the body with its components written out as
 * Markdown (tables as tables, quotes and callouts as blockquotes), FAQ as Q&A and sources.
 * The body is the writer's own Markdown: the MDX policy allows only these three components
 * with literal attributes, so a few patterns cover every one.
 */
import type { Comparison, Fact } from './content.ts';
import { expandFacts, factNote } from './facts.ts';
import { formatDate } from './format.ts';
import type { Story } from './story.ts';

/**
 * A writer's text in Markdown: `<` as an entity, so a headline or a bio holding HTML shows
 * its characters and never becomes markup where the twin is rendered (the site renders
 * the same fields as text, and Markdown fields without raw HTML).
 */
export const plain = (text: string) => text.replace(/</g, '&lt;');

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}=(["'])(.*?)\\1`))?.[2];
const cell = (value: unknown) =>
  plain(String(value ?? ''))
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const quote = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

export function comparisonMarkdown(table: Comparison, facts: Map<string, Fact>): string {
  const { caption, columns, rows, sources } = table.data;
  return [
    `_${plain(caption)}_`,
    '',
    `| ${columns.map((c) => cell(c.label)).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) => `| ${columns.map((c) => cell(expandFacts(String(row[c.key] ?? ''), facts))).join(' | ')} |`,
    ),
    '',
    `Sources: ${sources.map((s) => plain(s.publisher)).join(', ')}`,
  ].join('\n');
}

/** The body with <Comparison>, <PullQuote> and <Callout> written out as Markdown. */
export function bodyMarkdown(
  body: string,
  tables: Map<string, Comparison>,
  facts: Map<string, Fact>,
): string {
  return expandFacts(body, facts)
    .replace(/<Comparison\b[^>]*\/>/g, (tag) => {
      const table = tables.get(attribute(tag, 'id') ?? '');
      return table ? comparisonMarkdown(table, facts) : '';
    })
    .replace(/<PullQuote\b([^>]*)>([\s\S]*?)<\/PullQuote>/g, (_, attrs: string, text: string) => {
      const cite = attribute(attrs, 'cite');
      return `${quote(text)}${cite ? `\n>\n> — ${cite}` : ''}`;
    })
    .replace(/<Callout\b([^>]*)>([\s\S]*?)<\/Callout>/g, (_, attrs: string, text: string) => {
      const title = attribute(attrs, 'title');
      return quote(`${title ? `**${title}**\n\n` : ''}${text.trim()}`);
    })
    .trim();
}

export function storyMarkdown(
  story: Story,
  tables: Map<string, Comparison>,
  facts: Map<string, Fact>,
  site: URL,
): string {
  const names = story.authors.map((a) => plain(a.data.name));
  const byline = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  const dates = [
    `Published ${formatDate(story.publishedAt)}`,
    ...(story.modifiedAt > story.publishedAt ? [`Updated ${formatDate(story.modifiedAt)}`] : []),
  ].join(' · ');
  const parts = [
    `# ${plain(story.title)}`,
    plain(story.description),
    `By ${byline} · ${dates}`,
    `Canonical: ${new URL(story.path, site).href}`,
    ...story.corrections.map((note) =>
      quote(`**Correction (${formatDate(note.date)}):** ${plain(note.text)}`),
    ),
    ...story.updates.map((note) => `**Updated ${formatDate(note.date)}:** ${plain(note.text)}`),
    ...(story.keyTakeaway ? [`**Key takeaway:** ${plain(story.keyTakeaway)}`] : []),
    // Site links made absolute: a twin is read away from the site.
    bodyMarkdown(story.article.body ?? '', tables, facts).replace(/\]\(\//g, `](${new URL('/', site).href}`),
  ];
  if (story.faq) {
    parts.push('## Frequently asked questions');
    for (const item of story.faq.set.data.items)
      parts.push(`### ${plain(item.question)}`, plain(expandFacts(item.answer.trim(), facts)));
  }
  parts.push(
    '## Sources',
    story.sources
      .map(
        (s) =>
          `- ${plain(s.publisher)}: ${s.url ? `[${plain(s.title)}](${s.url})` : plain(s.title)}${s.date ? ` (${formatDate(s.date)})` : ''}`,
      )
      .join('\n'),
    ...(story.facts.length
      ? ['### Figures', story.facts.map((fact, i) => `${i + 1}. ${plain(factNote(fact))}`).join('\n')]
      : []),
  );
  return `${parts.join('\n\n')}\n`;
}
