/**
 * Every collection's schema but the stories' (whose schema needs Astro's image() and
 * reference() helpers, given by the caller): one map that the content config and the
 * linter both read, so they validate each file with the same schema.
 */
import type { Collection } from '../lib/rules.ts';
import { comparisonSchema } from './comparison.ts';
import { dealSchema } from './deal.ts';
import { companySchema, factSchema } from './fact.ts';
import { faqSchema } from './faq.ts';
import { authorSchema, sitePageSchema, topicSchema } from './people.ts';

export const DATA_SCHEMAS = {
  faqs: faqSchema,
  comparisons: comparisonSchema,
  authors: authorSchema,
  topics: topicSchema,
  pages: sitePageSchema,
  facts: factSchema,
  companies: companySchema,
  deals: dealSchema,
} satisfies Record<Exclude<Collection, 'articles'>, unknown>;
