import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { buildTime, showsHeldBack } from './lib/clock.ts';
import { COLLECTIONS, contentDir, type Collection } from './lib/rules.ts';
import { isHeldBack } from './lib/site-plan.ts';
import { articleSchema } from './schemas/article.ts';
import {
  keepRenderedBody,
  RENDERED_BODIES_FOLDER,
  renderStoryBody,
  storyBodyRendererVersion,
  storyFileBody,
} from './lib/story-body.ts';
import { DATA_SCHEMAS } from './schemas/index.ts';

// Content lives outside src/ so writers never touch code; CONTENT_DIR (read in
// lib/rules.ts) lets the build tests point the same site at a fixture tree.
const files = (collection: Collection, options: { retainBody?: boolean } = {}) =>
  withoutByteOrderMark(
    glob({
      pattern: COLLECTIONS[collection].pattern,
      base: `${contentDir()}/${COLLECTIONS[collection].folder}`,
      ...options,
    }),
  );

/** How a file's contents become frontmatter and body (Astro's, per file extension). */
type EntryTypes = Map<string, { getEntryInfo(input: { contents: string; fileUrl: URL }): unknown }>;

/**
 * Windows editors start a UTF-8 file with a byte-order mark; Astro's frontmatter reader
 * then finds no frontmatter ("title is missing"). Every YAML reader accepts the mark, and
 * so do we: it is dropped before the file is parsed (the linter does the same).
 */
function withoutByteOrderMark(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const stripped: EntryTypes = new Map(
        [...entryTypes].map(([ext, type]) => [
          ext,
          {
            ...type,
            getEntryInfo: (input) =>
              type.getEntryInfo({ ...input, contents: input.contents.replace(/^\uFEFF/, '') }),
          },
        ]),
      );
      return loader.load({ ...context, entryTypes: stripped } as LoaderContext);
    },
  };
}

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
  if (showsHeldBack()) return previewableStories(loader);
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

/** Astro's prefix for an image path in `data` that it resolves to ImageMetadata at read time. */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/**
 * Story bodies are rendered here, as the file is read (src/lib/story-body.ts), instead of
 * becoming MDX modules that Vite bundles in every build: the store keeps the result by the
 * file's digest, so an unchanged story costs nothing in the next build. A body image goes
 * into `data.bodyImages` as an image import, which Astro resolves to ImageMetadata. A body
 * the MDX policy refuses stops the build with the linter's one-line error (a held-back
 * story is not rendered in a production build, and is left out with a warning in the
 * preview); Astro's glob loader would only log it and store the story without a body.
 */
function storyBodies(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const folder = fileURLToPath(new URL(`${RENDERED_BODIES_FOLDER}/`, context.config.cacheDir));
      // Bodies stored by other rendering code are rendered again.
      const version = storyBodyRendererVersion();
      if (context.meta.get('story-body-renderer') !== version) {
        context.store.clear();
        rmSync(folder, { recursive: true, force: true });
      }
      const errors = new Map<string, string>();
      const dropped = new Set<string>();
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const mdx = entryTypes.get('.mdx');
      if (!mdx)
        throw new Error('Story bodies need the MDX entry type: keep mdx() in astro.config.mjs integrations.');
      const { contentModuleTypes: _modules, ...frontmatterOnly } = mdx as typeof mdx & {
        contentModuleTypes?: string;
      };
      const rendering = {
        ...frontmatterOnly,
        getRenderFunction:
          async () =>
          async (entry: {
            id: string;
            data: Record<string, unknown>;
            filePath?: string;
            digest?: string;
          }) => {
            if (!showsHeldBack() && heldBackAsWritten(entry.data)) return undefined;
            const file = entry.filePath ?? entry.id;
            try {
              // The body as Astro read it, with the file's line numbers for errors.
              const { body, lineOffset } = storyFileBody(readFileSync(file, 'utf8'));
              const rendered = renderStoryBody(body, file, lineOffset);
              return { html: '', metadata: keepRenderedBody(folder, entry.digest ?? entry.id, rendered) };
            } catch (error) {
              errors.set(entry.id, (error as Error).message);
              return undefined;
            }
          },
      };
      const store = Object.create(context.store) as LoaderContext['store'];
      store.set = (entry) => {
        const error = errors.get(entry.id);
        if (error && showsHeldBack() && heldBackAsWritten(entry.data)) {
          context.logger.warn(`${error.split('\n')[0]} (not shown until it is fixed)`);
          context.store.delete(entry.id);
          dropped.add(entry.id);
          return false;
        }
        const imagePaths = (entry.rendered?.metadata?.imagePaths ?? []) as string[];
        const bodyImages = Object.fromEntries(
          imagePaths.map((path) => [path, `${IMAGE_IMPORT_PREFIX}${path}`]),
        );
        return context.store.set({ ...entry, data: { ...entry.data, bodyImages } });
      };
      await loader.load({
        ...context,
        store,
        entryTypes: new Map([...entryTypes, ['.mdx', rendering]]),
      } as LoaderContext);
      const fatal = [...errors].filter(([id]) => !dropped.has(id));
      if (fatal.length > 0) {
        const error = new Error(fatal.map(([, message]) => message.split('\n')[0]).join('\n'));
        // The writer's mistake, not the code's: Astro prints no stack trace for an error without one.
        error.stack = '';
        throw error;
      }
      // Only when it changed: any set() has Astro write the whole store again (1 s at 10,000 stories).
      if (context.meta.get('story-body-renderer') !== version)
        context.meta.set('story-body-renderer', version);
      // Parts of bodies no stored story has any more (edited or deleted stories).
      const kept = new Set(
        [...context.store.values()].map(
          (entry) => (entry.rendered?.metadata as { partsFile?: string })?.partsFile,
        ),
      );
      if (existsSync(folder))
        for (const name of readdirSync(folder))
          if (!kept.has(join(folder, name))) rmSync(join(folder, name), { force: true });
    },
  };
}

/** A marker for a held-back story the preview cannot show: set() drops it. */
const UNSHOWABLE = Symbol('unshowable draft');

/**
 * Under `astro dev` and in the preview build drafts are shown, but a draft is allowed to be
 * unfinished: one the schema refuses is left out with a one-line warning (the linter says
 * what to fix), instead of stopping the preview for every other story.
 */
function previewableStories(loader: Loader): Loader {
  return {
    ...loader,
    name: 'gigawatt-previewable-stories',
    load: async (context: LoaderContext) => {
      const store = Object.create(context.store) as LoaderContext['store'];
      store.set = (entry) => {
        if (!(UNSHOWABLE in entry.data)) return context.store.set(entry);
        context.store.delete(entry.id);
        return false;
      };
      await loader.load({
        ...context,
        store,
        parseData: async (props) => {
          if (!heldBackAsWritten(props.data)) return context.parseData(props);
          try {
            return await context.parseData(props);
          } catch (error) {
            const first =
              String((error as Error).message)
                .split('\n')
                .find((line) => line.trim()) ?? '';
            context.logger.warn(
              `${props.filePath ?? props.id}: not shown until it is valid (${first.trim()}); npm run lint:content says what to fix`,
            );
            return { ...props.data, [UNSHOWABLE]: true };
          }
        },
      });
    },
  };
}

export const collections = {
  articles: defineCollection({
    loader: publishedStories(storyBodies(files('articles', { retainBody: false }))),
    schema: ({ image }) => articleSchema({ image, reference }),
  }),
  faqs: defineCollection({ loader: files('faqs'), schema: DATA_SCHEMAS.faqs }),
  comparisons: defineCollection({ loader: files('comparisons'), schema: DATA_SCHEMAS.comparisons }),
  authors: defineCollection({ loader: files('authors'), schema: DATA_SCHEMAS.authors }),
  topics: defineCollection({ loader: files('topics'), schema: DATA_SCHEMAS.topics }),
  pages: defineCollection({ loader: files('pages'), schema: DATA_SCHEMAS.pages }),
  facts: defineCollection({ loader: files('facts'), schema: DATA_SCHEMAS.facts }),
  companies: defineCollection({ loader: files('companies'), schema: DATA_SCHEMAS.companies }),
  deals: defineCollection({ loader: files('deals'), schema: DATA_SCHEMAS.deals }),
};
