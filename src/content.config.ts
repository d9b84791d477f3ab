import { defineCollection, reference } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { buildTime, showsHeldBack } from './lib/clock.ts';
import { COLLECTIONS, contentDir, type Collection } from './lib/rules.ts';
import { isHeldBack } from './lib/site-plan.ts';
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

/** A story's frontmatter as YAML gave it: held back when a draft, or dated after the build. */
function heldBackAsWritten(data: Record<string, unknown>): boolean {
  const value = data.publishedAt;
  const publishedAt = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(publishedAt.getTime())) return data.draft === true;
  return isHeldBack({ draft: data.draft === true, publishedAt }, buildTime) !== false;
}

/**
 * The stories loader of a production build: drafts and scheduled stories are neither
 * validated nor stored. Their mistakes cannot stop the build (the linter reports them as
 * warnings), and their images and MDX modules are never imported, so nothing of an
 * unpublished story reaches dist/ under any name. `astro dev` and the preview build load
 * them all (src/lib/clock.ts).
 */
function publishedStories(loader: Loader): Loader {
  if (showsHeldBack()) return loader;
  return {
    ...loader,
    name: 'gigawatt-published-stories',
    load: async (context: LoaderContext) => {
      // The store outlives a run (node_modules/.astro): drop what a dev run stored.
      for (const [id, entry] of context.store.entries())
        if (heldBackAsWritten(entry.data)) context.store.delete(id);
      const store = Object.create(context.store) as LoaderContext['store'];
      store.set = (entry) => {
        if (!heldBackAsWritten(entry.data)) return context.store.set(entry);
        context.store.delete(entry.id);
        return false;
      };
      await loader.load({
        ...context,
        store,
        // Unvalidated: set() drops it. Anything else is validated as usual.
        parseData: async (props) => (heldBackAsWritten(props.data) ? props.data : context.parseData(props)),
      });
    },
  };
}

export const collections = {
  articles: defineCollection({
    loader: publishedStories(files('articles')),
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
