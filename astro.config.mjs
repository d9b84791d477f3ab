// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { buildGuard } from './src/integrations/build-guard.ts';
import { socialCards } from './src/integrations/cards.ts';
import { contentStoreFile } from './src/integrations/content-store-file.ts';
import { lintGate } from './src/integrations/lint-gate.ts';
import { outDir } from './src/integrations/out-dir.ts';
import { browserEditor } from './src/integrations/editor.ts';
import { cspHeaders } from './src/integrations/headers.ts';
import { searchIndex } from './src/integrations/search.ts';
import { verifyOutput } from './src/integrations/verify-output.ts';
import { gigawattSitemap } from './src/integrations/sitemap.ts';
import { MARKDOWN_PLUGINS } from './src/lib/markdown.ts';
import { viewMode } from './src/lib/clock.ts';
import { siteUrl } from './src/site.config.ts';

// The output folder is kept between builds when it can be trusted (src/integrations/out-dir.ts);
// the stamp that says so is written by the last integration, once the build has finished.
const [keptOutDir, outDirStamp] = outDir();

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Every page's CSS inline: no stylesheet blocks the first paint (Lighthouse named the one
  // shared file as render-blocking), at ~3 KB gzipped per page; Astro's CSP hashes it.
  // concurrency: pages are generated four at a time. In a rebuild most pages are copied from
  // the incremental cache, one file operation each; one at a time, the build mostly waited
  // on them (10k stories, one edited: page generation 19.8 s -> 13.2 s; 8 gave no more).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // verifyOutput before the sitemap: it removes its manifest first.
  // The preview build (drafts shown, for editors) gets no sitemap: nothing in it is for search engines.
  // lintGate first: npm run build lints beside Astro's start, and nothing touches dist/
  // before the linter has passed (src/integrations/lint-gate.ts).
  integrations: [
    lintGate(),
    keptOutDir,
    // After the output folder is tidied, before the output is checked: the social cards,
    // and the search index (npm run build indexes in a process of its own from here on).
    socialCards(),
    searchIndex(),
    contentStoreFile(),
    buildGuard(),
    verifyOutput(),
    // Reads a story's frontmatter. Its body is rendered by the stories loader instead
    // (src/content.config.ts), so no story becomes a module that Vite bundles.
    mdx(),
    ...(viewMode() === 'preview' ? [] : gigawattSitemap()),
    cspHeaders(),
    browserEditor(),
    outDirStamp,
  ],
  // Pages whose getStaticPaths gives a cacheKey (the site plan's digest of what they show,
  // src/lib/content.ts cacheKeyOf) and whose code is unchanged are copied from the last
  // build instead of rendered again. test/build/warm-cold.test.ts holds it to a cold build.
  experimental: { incrementalBuild: true },
  security: {
    // A strict policy in a <meta> on every page: Astro hashes the scripts and styles it
    // emits, so nothing inline runs unless Astro put it there. Pagefind compiles
    // WebAssembly, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // No code blocks in a news site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Sätteri, Astro's native pipeline: 2.5x faster than unified() on 1,000 stories
    // (scripts/bench/results/). Story bodies (src/lib/story-body.ts), FAQ answers,
    // corrections and site texts (src/lib/markdown.ts) render with it and the same plugin
    // (heading self-links).
    processor: satteri(MARKDOWN_PLUGINS),
  },
});
