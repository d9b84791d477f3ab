import { z } from 'astro/zod';
import { reference } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import { date, sources, text } from './fields.ts';

/** Regions an article can be filed under. Add to this list to open a new one. */
/** Regions an article can be filed under, with the names readers see. Add one here to open it. */
export const REGION_NAMES = {
  global: 'Global',
  us: 'United States',
  canada: 'Canada',
  latam: 'Latin America',
  europe: 'Europe',
  uk: 'United Kingdom',
  'middle-east': 'Middle East',
  africa: 'Africa',
  apac: 'Asia-Pacific',
  australia: 'Australia',
  japan: 'Japan',
  china: 'China',
  india: 'India',
  korea: 'South Korea',
  'southeast-asia': 'Southeast Asia',
} as const;

export const REGIONS = Object.keys(REGION_NAMES) as [
  keyof typeof REGION_NAMES,
  ...(keyof typeof REGION_NAMES)[],
];

export const TITLE_MAX = 110;

function references(collection: 'authors' | 'topics', what: string) {
  return z
    .array(reference(collection), {
      error: `${collection} is missing: list at least one ${what} id from content/${collection}/`,
    })
    .min(1, { error: `${collection} is empty: list at least one ${what} id from content/${collection}/` });
}

export function articleSchema({ image }: SchemaContext) {
  return z
    .object({
      title: text('title', `a headline of at most ${TITLE_MAX} characters`, { max: TITLE_MAX }),
      description: text('description', 'a one- or two-sentence dek of 50-200 characters', {
        min: 50,
        max: 200,
      }),
      publishedAt: date('publishedAt'),
      updatedAt: date('updatedAt').optional(),
      authors: references('authors', 'author'),
      topics: references('topics', 'topic'),
      regions: z
        .array(
          z.enum(REGIONS, {
            error: (issue) =>
              `region "${String(issue.input)}" is not one we use; pick from: ${REGIONS.join(', ')}`,
          }),
        )
        .default([]),
      companies: z.array(text('companies[]', 'a company name')).default([]),
      faq: reference('faqs').optional(),
      sources: sources(),
      keyTakeaway: text('keyTakeaway', 'one sentence readers should remember').optional(),
      image: z
        .object({
          src: image(),
          alt: text('image.alt', 'a description of the image for readers who cannot see it'),
        })
        .optional(),
      draft: z.boolean({ error: 'draft should be true or false' }).default(false),
    })
    .superRefine((data, ctx) => {
      if (data.updatedAt && data.updatedAt < data.publishedAt) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedAt'],
          message: 'updatedAt is before publishedAt: an update cannot come before the story ran',
        });
      }
    });
}
