/**
 * Writes an article's frontmatter: the one writer that `new`, `import` and the benchmark
 * corpus share, so every generated story has the same shape. Strings are written as JSON
 * strings, which YAML reads back unchanged whatever they hold (colons, quotes, '#').
 */
import { PLACEHOLDER } from '../../src/lib/rules.ts';

export interface ArticleFields {
  title: string;
  description: string;
  /** As written: '2026-05-20' or an ISO time with its zone. */
  publishedAt: string;
  authors: string[];
  topics: string[];
  regions?: string[];
  companies?: string[];
  faq?: string;
  keyTakeaway?: string;
  sources: { publisher: string; title: string; url?: string }[];
  draft?: boolean;
  /** A reminder after a field, as a YAML comment ("TODO: check the byline"). */
  notes?: Partial<Record<'authors' | 'topics' | 'sources', string>>;
}

export const yamlString = (text: string) => JSON.stringify(text);
const list = (items: string[]) => `[${items.join(', ')}]`;
const note = (text: string | undefined) => (text ? ` # ${text}` : '');

export function articleFrontmatter(fields: ArticleFields): string {
  const { notes = {} } = fields;
  const lines = [
    '---',
    `title: ${yamlString(fields.title)}`,
    `description: ${yamlString(fields.description)}`,
    `publishedAt: ${fields.publishedAt}`,
    `authors: ${list(fields.authors)}${note(notes.authors)}`,
    `topics: ${list(fields.topics)}${note(notes.topics)}`,
    ...(fields.regions ? [`regions: ${list(fields.regions)}`] : []),
    ...(fields.companies ? [`companies: ${list(fields.companies.map(yamlString))}`] : []),
    ...(fields.faq ? [`faq: ${fields.faq}`] : []),
    ...(fields.keyTakeaway ? [`keyTakeaway: ${yamlString(fields.keyTakeaway)}`] : []),
    `sources:${note(notes.sources)}`,
    ...fields.sources.flatMap((source) => [
      `  - publisher: ${yamlString(source.publisher)}`,
      `    title: ${yamlString(source.title)}`,
      ...(source.url ? [`    url: ${source.url}`] : []),
    ]),
    ...(fields.draft !== undefined ? [`draft: ${fields.draft}`] : []),
    '---',
  ];
  return `${lines.join('\n')}\n`;
}

/** The source entry a scaffold leaves for the writer. */
export const PLACEHOLDER_SOURCE = {
  publisher: `${PLACEHOLDER}: the outlet, e.g. CNBC`,
  title: `${PLACEHOLDER}: the headline of the piece you cite`,
};
