import { z } from 'astro/zod';
import { reference } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, REGIONS, TITLE_MAX } from '../lib/rules.ts';
import { date, sources, text } from './fields.ts';

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
      description: text(
        'description',
        `a one- or two-sentence dek of ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters`,
        { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX },
      ),
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
