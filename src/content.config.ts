import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentDir, type Collection } from './lib/rules.ts';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { dealSchema } from './schemas/deal.ts';
import { companySchema, factSchema } from './schemas/fact.ts';
import { faqSchema } from './schemas/faq.ts';
import { authorSchema, sitePageSchema, topicSchema } from './schemas/people.ts';

// Content lives outside src/ so writers never touch code; CONTENT_DIR (read in
// lib/rules.ts) lets the build tests point the same site at a fixture tree.
const files = (collection: Collection) =>
  glob({
    pattern: COLLECTIONS[collection].pattern,
    base: `${contentDir()}/${COLLECTIONS[collection].folder}`,
  });

export const collections = {
  articles: defineCollection({
    loader: files('articles'),
    schema: ({ image }) => articleSchema({ image, reference }),
  }),
  faqs: defineCollection({ loader: files('faqs'), schema: faqSchema }),
  comparisons: defineCollection({ loader: files('comparisons'), schema: comparisonSchema }),
  authors: defineCollection({ loader: files('authors'), schema: authorSchema }),
  topics: defineCollection({ loader: files('topics'), schema: topicSchema }),
  pages: defineCollection({ loader: files('pages'), schema: sitePageSchema }),
  facts: defineCollection({ loader: files('facts'), schema: factSchema }),
  companies: defineCollection({ loader: files('companies'), schema: companySchema }),
  deals: defineCollection({ loader: files('deals'), schema: dealSchema }),
};
