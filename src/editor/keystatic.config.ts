/**
 * The browser editor's collections (Keystatic, local mode, `npm run dev` only; see
 * src/integrations/editor.ts). Each field mirrors a field of our zod schema with the same
 * name, limits and lists from src/lib/rules.ts; test/unit/editor-schema.test.ts fails when a
 * schema field has no editor field or the reverse, and a file the editor saves is linted
 * like any other. A function of the content folder's name: tests point the site at another tree.
 */
import { collection, config, fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import {
  DEAL_KINDS,
  DEAL_STATUSES,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  METRIC_NAMES,
  QUALIFIERS,
  REGION_NAMES,
  TITLE_MAX,
  UNITS,
} from '../lib/rules.ts';

const required = { isRequired: true } as const;
const line = (label: string, description?: string) =>
  fields.text({ label, description, validation: { length: { min: 1 } } });
const optionalLine = (label: string, description?: string) => fields.text({ label, description });
const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }));

/** A source: the outlet is required, the link and date are not (src/schemas/fields.ts). */
const sourceFields = {
  publisher: line('Outlet', 'e.g. CNBC'),
  title: line('Headline of the piece cited'),
  url: fields.url({ label: 'Link (https://)' }),
  date: fields.date({ label: 'Date' }),
};
const sourceList = () =>
  fields.array(fields.object(sourceFields), {
    label: 'Sources',
    itemLabel: (item) => item.fields.publisher.value || 'New source',
    validation: { length: { min: 1 } },
  });

/**
 * A new story starts as a draft, but a file without `draft:` is published (the schema's
 * default): Keystatic's checkbox reads a missing value as its default, which would tick
 * "Draft" on every published story and unpublish it on the next save.
 */
function draftField() {
  const field = fields.checkbox({
    label: 'Draft (not published)',
    description: 'Untick to publish at the time above.',
    defaultValue: true,
  });
  type Stored = Parameters<typeof field.parse>[0];
  const parse = (value: Stored) => (value === undefined ? false : field.parse(value));
  return { ...field, parse, reader: { parse: (value: Stored) => field.validate(parse(value)) } };
}

/**
 * When a deal was announced: a year, a month or a day, as text. YAML reads an unquoted day
 * (`announced: 2026-03-30`) as a date, which Keystatic's text field refuses: read it back
 * as the day it names (the save keeps the file's own spelling: src/editor/merge.ts).
 */
function announcedField() {
  const field = fields.text({
    label: 'Announced: 2026, 2026-04 or 2026-04-15',
    validation: {
      pattern: { regex: /^\d{4}(-\d{2}(-\d{2})?)?$/, message: 'Write 2026, 2026-04 or 2026-04-15' },
    },
  });
  type Args = Parameters<typeof field.parse>;
  const day = (value: Args[0]) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
  return {
    ...field,
    parse: (value: Args[0], extra: Args[1]) => field.parse(day(value), extra),
    reader: { ...field.reader, parse: (value: Args[0]) => field.reader.parse(day(value)) },
  };
}

/** Dated notes on a published story: corrections and updates. */
const notes = (label: string) =>
  fields.array(
    fields.object({
      date: fields.date({ label: 'Date', validation: required }),
      text: fields.text({ label: 'What changed (Markdown, a full sentence)', multiline: true }),
    }),
    { label, itemLabel: (item) => String(item.fields.date.value ?? 'New note') },
  );

/** The four components a story may use (src/components/mdx/), as editor blocks. */
const storyComponents = {
  Comparison: block({
    label: 'Comparison table',
    schema: { id: fields.relationship({ label: 'Table', collection: 'comparisons', validation: required }) },
  }),
  PullQuote: wrapper({
    label: 'Pull quote',
    schema: { cite: line('Who said it, and where') },
  }),
  Callout: wrapper({
    label: 'Callout',
    schema: { title: optionalLine('Title') },
  }),
  Fact: inline({
    label: 'Fact from the ledger',
    schema: { id: fields.relationship({ label: 'Fact', collection: 'facts', validation: required }) },
  }),
};

export function editorCollections(folder: string) {
  const at = (name: string): `${string}/*` => `${folder}/${name}/*`;
  const slugged = (label: string, max?: number) =>
    fields.slug({
      name: { label, validation: { length: { min: 1, ...(max ? { max } : {}) } } },
      slug: { label: 'File name (the page address)', description: 'lowercase letters, digits and hyphens' },
    });

  return {
    articles: collection({
      label: 'Stories',
      path: at('articles'),
      slugField: 'title',
      entryLayout: 'content',
      format: { contentField: 'content' },
      columns: ['title', 'publishedAt'],
      schema: {
        title: slugged('Headline', TITLE_MAX),
        description: fields.text({
          label: 'Dek',
          multiline: true,
          validation: { length: { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX } },
        }),
        publishedAt: fields.datetime({
          label: 'Publish at (UTC)',
          description: 'A story dated in the future is held back until then.',
          validation: required,
        }),
        updatedAt: fields.datetime({ label: 'Updated at (UTC)' }),
        authors: fields.multiRelationship({
          label: 'Authors',
          collection: 'authors',
          validation: { length: { min: 1 } },
        }),
        topics: fields.multiRelationship({
          label: 'Topics',
          collection: 'topics',
          validation: { length: { min: 1 } },
        }),
        regions: fields.multiselect({
          label: 'Regions',
          options: Object.entries(REGION_NAMES).map(([value, label]) => ({ label, value })),
        }),
        companies: fields.multiRelationship({ label: 'Companies', collection: 'companies' }),
        faq: fields.relationship({ label: 'FAQ set', collection: 'faqs' }),
        sources: sourceList(),
        keyTakeaway: optionalLine('Key takeaway', 'One sentence readers should remember'),
        figureNotes: fields.array(
          fields.object({
            figure: line('Figure as written, e.g. "300 MW"'),
            note: line('What it is, e.g. "the Texas campus alone"'),
          }),
          { label: 'Figure notes', itemLabel: (item) => item.fields.figure.value || 'New note' },
        ),
        // A lead image needs a file beside the story and alt text together; Keystatic has no
        // optional group of fields, so the editor keeps whatever the file says, untouched.
        image: fields.ignored(),
        corrections: notes('Corrections'),
        updates: notes('Updates'),
        draft: draftField(),
        content: fields.mdx({
          label: 'Story',
          components: storyComponents,
          options: { image: false, codeBlock: false, code: false },
        }),
      },
    }),
    faqs: collection({
      label: 'FAQ sets',
      path: at('faqs'),
      slugField: 'title',
      format: { data: 'yaml' },
      schema: {
        title: slugged('Title'),
        items: fields.array(
          fields.object({
            question: line('Question, ending in "?"'),
            answer: fields.text({
              label: 'Answer (Markdown)',
              multiline: true,
              validation: { length: { min: 1 } },
            }),
          }),
          {
            label: 'Questions',
            itemLabel: (item) => item.fields.question.value || 'New question',
            validation: { length: { min: 2 } },
          },
        ),
      },
    }),
    comparisons: collection({
      label: 'Tables',
      path: at('comparisons'),
      slugField: 'title',
      format: { data: 'yaml' },
      schema: {
        title: slugged('Title'),
        caption: line('Caption: what the table compares'),
        columns: fields.array(
          fields.object({ key: line('Key (a short word)'), label: line('Column heading') }),
          { label: 'Columns', itemLabel: (item) => item.fields.label.value || 'New column' },
        ),
        // Rows are keyed by the columns above, a shape Keystatic's fields cannot express:
        // the editor keeps them as the file has them (edit rows in the YAML file).
        rows: fields.ignored(),
        sources: sourceList(),
      },
    }),
    authors: collection({
      label: 'Authors',
      path: at('authors'),
      slugField: 'name',
      format: { data: 'yaml' },
      schema: {
        name: slugged('Full name'),
        role: line('Job title'),
        bio: fields.text({ label: 'Biography', multiline: true, validation: { length: { min: 1 } } }),
        url: fields.url({ label: 'Link' }),
      },
    }),
    topics: collection({
      label: 'Topics',
      path: at('topics'),
      slugField: 'name',
      format: { data: 'yaml' },
      schema: {
        name: slugged('Name'),
        description: line('What the topic covers'),
      },
    }),
    facts: collection({
      label: 'Facts ledger',
      path: at('facts'),
      slugField: 'label',
      format: { data: 'yaml' },
      columns: ['label', 'asOf'],
      schema: {
        label: slugged('Label, e.g. "Anthropic revenue run-rate, May 2026"'),
        value: fields.number({ label: 'Value, in full (47000000000 for $47 billion)', validation: required }),
        max: fields.number({ label: 'Top of a range (value is the bottom)' }),
        unit: fields.select({ label: 'Unit', options: options(UNITS), defaultValue: UNITS[0] }),
        qualifier: fields.select({
          label: 'Qualifier',
          options: [{ label: 'none', value: '' }, ...options(Object.keys(QUALIFIERS))],
          defaultValue: '',
        }),
        asOf: fields.date({ label: 'As of', validation: required }),
        entity: fields.relationship({ label: 'Company', collection: 'companies', validation: required }),
        metric: fields.select({
          label: 'Metric',
          options: options(METRIC_NAMES),
          defaultValue: METRIC_NAMES[0],
        }),
        sources: fields.array(
          fields.object({
            ...sourceFields,
            original: fields.checkbox({ label: 'Did the original reporting' }),
          }),
          {
            label: 'Sources',
            itemLabel: (item) => item.fields.publisher.value || 'New source',
            validation: { length: { min: 1 } },
          },
        ),
        reported: fields.array(
          fields.object({
            value: fields.number({ label: 'Value reported', validation: required }),
            max: fields.number({ label: 'Top of its range' }),
            kind: fields.select({
              label: 'Kind',
              options: options(['dispute', 'discrepancy']),
              defaultValue: 'dispute',
            }),
            source: fields.object({
              ...sourceFields,
              original: fields.checkbox({ label: 'Original reporting' }),
            }),
          }),
          {
            label: 'Other values in circulation',
            itemLabel: (item) => String(item.fields.value.value ?? 'New value'),
          },
        ),
        note: optionalLine('Note', 'One sentence explaining the figure'),
      },
    }),
    companies: collection({
      label: 'Companies',
      path: at('companies'),
      slugField: 'name',
      format: { data: 'yaml' },
      schema: {
        name: slugged('Name'),
        description: line('What the company does'),
        url: fields.url({ label: 'Website' }),
        aliases: fields.array(line('Other name'), { label: 'Other names', itemLabel: (item) => item.value }),
      },
    }),
    deals: collection({
      label: 'Deals',
      path: at('deals'),
      slugField: 'title',
      format: { data: 'yaml' },
      schema: {
        title: slugged('One-line description'),
        company: fields.relationship({
          label: 'Company making the deal',
          collection: 'companies',
          validation: required,
        }),
        counterparty: line('Other side: a company id, a country or "not named"'),
        kind: fields.select({
          label: 'Kind',
          options: options(Object.keys(DEAL_KINDS)),
          defaultValue: Object.keys(DEAL_KINDS)[0]!,
        }),
        region: fields.select({
          label: 'Region',
          options: Object.entries(REGION_NAMES).map(([value, label]) => ({ label, value })),
          defaultValue: 'global',
        }),
        country: line('Country'),
        amount: fields.relationship({ label: 'Amount (a fact)', collection: 'facts' }),
        capacity: fields.relationship({ label: 'Capacity (a fact in GW or MW)', collection: 'facts' }),
        announced: announcedField(),
        status: fields.select({
          label: 'Status',
          options: options(DEAL_STATUSES),
          defaultValue: 'announced',
        }),
        sources: sourceList(),
        stories: fields.multiRelationship({ label: 'Stories covering it', collection: 'articles' }),
      },
    }),
  };
}

export function editorConfig(folder: string) {
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Gigawatt' } },
    collections: editorCollections(folder),
  });
}
