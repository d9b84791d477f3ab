/**
 * The facts ledger (content/facts/*.yaml): one figure, its unit, date, company and metric,
 * the outlets that reported it, and any other values in circulation. Plain zod, so the
 * linter validates with the very same schema.
 */
import { z } from 'astro/zod';
import { METRIC_NAMES, QUALIFIERS, UNITS, type Qualifier } from '../lib/rules.ts';
import { date, source, text } from './fields.ts';

const number = (field: string) =>
  z.number({ error: `${field} should be a number, written out in full (47000000000 for $47 billion)` });

const factSource = source.extend({
  original: z.boolean({ error: 'sources[].original should be true or false' }).optional(),
});

export const factSchema = z
  .object({
    label: text('label', 'what the figure is, e.g. "Anthropic revenue run-rate, May 2026"'),
    value: number('value'),
    /** The top of a range ("£225,000 to £270,000"): value is the bottom. */
    max: number('max').optional(),
    unit: z.enum(UNITS, {
      error: (issue) => `unit "${String(issue.input)}" is not one we use; pick from: ${UNITS.join(', ')}`,
    }),
    qualifier: z
      .enum(Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]], {
        error: `qualifier should be one of: ${Object.keys(QUALIFIERS).join(', ')}`,
      })
      .optional(),
    asOf: date('asOf'),
    entity: text('entity', 'the id of the company the figure is about (a file in content/companies/)'),
    metric: z.enum(METRIC_NAMES, {
      error: (issue) =>
        `metric "${String(issue.input)}" is not one we use; pick from: ${METRIC_NAMES.join(', ')}`,
    }),
    sources: z
      .array(factSource, { error: 'sources is missing: list the outlet that reported the figure' })
      .min(1, { error: 'sources is empty: list the outlet that reported the figure' }),
    reported: z
      .array(
        z.object({
          value: number('reported[].value'),
          max: number('reported[].max').optional(),
          kind: z.enum(['dispute', 'discrepancy'], {
            error:
              'reported[].kind should be dispute (independent reporting that disagrees) or discrepancy (a copy that gives another value)',
          }),
          source: factSource,
        }),
      )
      .default([]),
    note: text('note', 'one sentence explaining the figure').optional(),
  })
  .superRefine((fact, ctx) => {
    const originals = fact.sources.filter((s) => s.original).length;
    if (originals > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `sources has ${originals} entries marked original: true; only the outlet that did the reporting is the original (a disagreeing outlet goes under reported: with kind: dispute)`,
      });
    }
    // A count, an amount or a capacity is never below zero; a change in percent may be.
    if (fact.unit !== 'percent' && (fact.value < 0 || (fact.max ?? 0) < 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `value is ${fact.value}: a ${fact.unit} figure cannot be negative (write the drop in words, or as a percent change)`,
      });
    }
    if (fact.max !== undefined && fact.max <= fact.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'max should be above value (value is the bottom of the range)',
      });
    }
  });

export const companySchema = z.object({
  name: text('name', 'the company name readers know'),
  description: text('description', 'one sentence on what the company does'),
  url: z.url({ protocol: /^https$/, error: 'url should be a full https:// link' }).optional(),
  /** Other names a story may use (Google for Alphabet): the figure checker reads them. */
  aliases: z.array(text('aliases[]', 'another name for the company')).default([]),
});
