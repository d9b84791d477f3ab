import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { faqSchema } from './schemas/faq.ts';
import { authorSchema, topicSchema } from './schemas/people.ts';

// Content lives outside src/ so writers never touch code. CONTENT_DIR lets the
// build tests point the same site at a fixture tree.
const root = process.env.CONTENT_DIR ?? './content';

const yaml = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `${root}/${folder}` });

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/articles` }),
    schema: articleSchema,
  }),
  faqs: defineCollection({ loader: yaml('faqs'), schema: faqSchema }),
  comparisons: defineCollection({ loader: yaml('comparisons'), schema: comparisonSchema }),
  authors: defineCollection({ loader: yaml('authors'), schema: authorSchema }),
  topics: defineCollection({ loader: yaml('topics'), schema: topicSchema }),
};
