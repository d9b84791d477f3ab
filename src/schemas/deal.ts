/** A deal (content/deals/*.yaml): who, with whom, what kind, where, how much, how sure. */
import { z } from 'astro/zod';
import { DEAL_KINDS, DEAL_STATUSES, REGIONS, type DealKind } from '../lib/rules.ts';
import { sources, text } from './fields.ts';

export const dealSchema = z.object({
  title: text('title', 'a one-line description, e.g. "Microsoft invests in Japan"'),
  company: text('company', 'the id of the company making the deal (a file in content/companies/)'),
  counterparty: text('counterparty', 'who is on the other side: a company id, a country or "not named"'),
  kind: z.enum(Object.keys(DEAL_KINDS) as [DealKind, ...DealKind[]], {
    error: `kind should be one of: ${Object.keys(DEAL_KINDS).join(', ')}`,
  }),
  region: z.enum(REGIONS, { error: `region should be one of: ${REGIONS.join(', ')}` }),
  country: text('country', 'the country, e.g. "Japan"'),
  /** Figures come from the ledger: the id of a fact in a currency, and one in GW or MW. */
  amount: text('amount', 'the id of a fact in content/facts/ with the amount').optional(),
  capacity: text('capacity', 'the id of a fact in content/facts/ in GW or MW').optional(),
  /** Month precision is common in reports: 2026-04, or 2026-04-15. */
  announced: z
    .union([z.string(), z.date()], { error: 'announced is missing: add 2026-04 or 2026-04-15' })
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .refine((value) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value), {
      error: 'announced should be a year, month or day: 2026, 2026-04 or 2026-04-15',
    }),
  status: z.enum(DEAL_STATUSES, { error: `status should be one of: ${DEAL_STATUSES.join(', ')}` }),
  sources: sources(),
  /** Ids of the stories that cover the deal. */
  stories: z.array(text('stories[]', 'the id of a story in content/articles/')).default([]),
});
