import { z } from 'astro/zod';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, REGIONS, TITLE_MAX } from '../lib/rules.ts';
import { date, sources, text } from './fields.ts';

/**
 * What the article schema needs from Astro: `reference()` and the `image()` helper. Passed
 * in (src/content.config.ts passes Astro's), so this module imports no `astro:*` and the
 * linter validates frontmatter with the very same schema under plain Node.
 */
export interface SchemaHelpers<Image extends z.ZodType> {
  reference: (collection: 'authors' | 'topics' | 'faqs') => z.ZodType<{ id: string; collection: string }>;
  image: () => Image;
}

/**
 * A dated note on a published story: a correction (something was wrong) or an update
 * (something new). Markdown, at least one full sentence: readers must be told what changed.
 */
function notes(field: 'corrections' | 'updates') {
  return z
    .array(
      z.object(
        {
          date: date(`${field}[].date`),
          text: text(`${field}[].text`, 'what changed, in at least one full sentence').refine(
            (value) => value.split(/\s+/).length >= 3 && /[.!?]["”’)]?$/.test(value),
            {
              error: `${field}[].text should say what changed in at least one full sentence, ending in a full stop`,
            },
          ),
        },
        { error: `each of ${field} should be an entry with date and text` },
      ),
      { error: `${field} should be a list of { date, text }` },
    )
    .default([]);
}

function references(
  reference: SchemaHelpers<z.ZodType>['reference'],
  collection: 'authors' | 'topics',
  what: string,
) {
  return z
    .array(reference(collection), {
      error: `${collection} is missing: list at least one ${what} id from content/${collection}/`,
    })
    .min(1, { error: `${collection} is empty: list at least one ${what} id from content/${collection}/` });
}

/**
 * The fields that are the same for every story: all but `image`, whose helper Astro binds
 * to each story's file. Astro calls the collection's schema function once per story, and
 * building these zod schemas cost ten times what parsing with them does (0.5 ms against
 * 0.05 ms a story: 5 s of a 10,000-story content sync), so they are built once per
 * `reference` helper (Astro's is one function for the whole build).
 */
function sharedFields(reference: SchemaHelpers<z.ZodType>['reference']) {
  const before = {
    title: text('title', `a headline of at most ${TITLE_MAX} characters`, { max: TITLE_MAX }),
    description: text(
      'description',
      `a one- or two-sentence dek of ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters`,
      { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX },
    ),
    publishedAt: date('publishedAt'),
    updatedAt: date('updatedAt').optional(),
    authors: references(reference, 'authors', 'author'),
    topics: references(reference, 'topics', 'topic'),
    regions: z
      .array(
        z.enum(REGIONS, {
          error: (issue) =>
            `region "${String(issue.input)}" is not one we use; pick from: ${REGIONS.join(', ')}`,
        }),
      )
      .default([]),
    /** Ids of the companies the story is about (files in content/companies/). */
    companies: z.array(text('companies[]', 'a company id from content/companies/')).default([]),
    faq: reference('faqs').optional(),
    sources: sources(),
    keyTakeaway: text('keyTakeaway', 'one sentence readers should remember').optional(),
    /**
     * Figures the writer knows are other facts than the ledger's entries of the same company
     * and metric (a site's capacity beside the combined figure): the checker reports them
     * as noted instead of weighing them against the ledger.
     */
    figureNotes: z
      .array(
        z.object({
          figure: text('figureNotes[].figure', 'the figure as the story writes it, e.g. "300 MW"'),
          note: text(
            'figureNotes[].note',
            'what it is, e.g. "the Texas campus alone, not the combined leases"',
          ),
        }),
      )
      .default([]),
  };
  const alt = text('image.alt', 'a description of the image for readers who cannot see it');
  const after = {
    corrections: notes('corrections'),
    updates: notes('updates'),
    draft: z.boolean({ error: 'draft should be true or false' }).default(false),
  };
  return { before, alt, after };
}

const built = new WeakMap<object, ReturnType<typeof sharedFields>>();

/** Dates that must come in order: an update, a correction after the story ran. */
function datesInOrder(
  data: { publishedAt: Date; updatedAt?: Date; corrections: { date: Date }[]; updates: { date: Date }[] },
  ctx: z.RefinementCtx,
) {
  if (data.updatedAt && data.updatedAt < data.publishedAt) {
    ctx.addIssue({
      code: 'custom',
      path: ['updatedAt'],
      message: 'updatedAt is before publishedAt: an update cannot come before the story ran',
    });
  }
  for (const field of ['corrections', 'updates'] as const) {
    data[field].forEach((note, index) => {
      if (note.date < data.publishedAt) {
        ctx.addIssue({
          code: 'custom',
          path: [field, index, 'date'],
          message: `${field}[${index}].date is before publishedAt: a ${field === 'corrections' ? 'correction' : 'update'} cannot come before the story ran`,
        });
      }
    });
  }
}

export function articleSchema<Image extends z.ZodType>({ image, reference }: SchemaHelpers<Image>) {
  let shared = built.get(reference);
  if (!shared) built.set(reference, (shared = sharedFields(reference)));
  const { before, alt, after } = shared;
  return z
    .object({ ...before, image: z.object({ src: image(), alt }).optional(), ...after })
    .superRefine(datesInOrder);
}
