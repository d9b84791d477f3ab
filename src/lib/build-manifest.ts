/**
 * What the site plan says the build must produce: every route (page, feed, twin, download,
 * social card) with the anchors its page must carry, and the newest stories in the main
 * feed. Written to dist/ by pages/build-manifest.json.ts and checked (then removed) by the
 * verify-output integration, so a story can never vanish from the site without an error,
 * and nothing the plan holds back can appear in it.
 */
import { getArticles, getPlan } from './content.ts';
import { site } from '../site.config.ts';
import { urls } from './urls.ts';

export interface BuildManifest {
  routes: { path: string; anchors?: string[] }[];
  /** Paths of the stories the main feed must carry. */
  feed: string[];
  /** When the site next changes by itself (a scheduled story, a digest week ending …). */
  nextChange?: { at: string; what: string };
}

export async function buildManifest(): Promise<BuildManifest> {
  const [plan, articles] = await Promise.all([getPlan(), getArticles()]);
  return {
    // The sitemap index is written after this check, by @astrojs/sitemap.
    routes: plan.routes
      .filter((r) => r.path !== urls.sitemap())
      .map(({ path, anchors }) => ({ path, anchors })),
    feed: articles.slice(0, site.feedSize).map((a) => urls.article(a.id)),
    nextChange: plan.nextChange && { at: plan.nextChange.at.toISOString(), what: plan.nextChange.what },
  };
}
