/**
 * The build's clock and what the build shows: one home for "now" (the same moment for
 * every page of a build, so a build that runs across midnight publishes one consistent
 * site) and for whether drafts and scheduled stories are shown at all.
 */

/** GIGAWATT_NOW (an ISO time) sets the clock: tests, and a preview of a future moment. */
export function readNow(env: Record<string, string | undefined> = process.env): Date {
  const set = env.GIGAWATT_NOW?.trim();
  if (!set) return new Date();
  const date = new Date(set);
  if (Number.isNaN(date.getTime()))
    throw new Error(`GIGAWATT_NOW="${set}" is not a time: write one like 2026-06-09T10:00:00Z`);
  return date;
}

/** The moment this build counts as "now". */
export const buildTime = readNow();

/**
 * What a build shows. `production`: published stories only. `dev` (`astro dev`): drafts
 * and scheduled stories get their pages, with a banner and noindex, but stay out of the
 * lists a reader sees unless the front page is asked for them (`/?drafts`). `preview`
 * (`npm run build:preview`, GIGAWATT_PREVIEW=1): a separate site in dist-preview/ where
 * they are in place everywhere, every page is noindex, and there are no feeds or sitemaps.
 */
export type ViewMode = 'production' | 'dev' | 'preview';

export function viewMode(
  env: Record<string, string | undefined> = process.env,
  argv: string[] = process.argv,
): ViewMode {
  if (env.GIGAWATT_PREVIEW === '1') return 'preview';
  return argv.slice(2).includes('dev') ? 'dev' : 'production';
}

/**
 * Drafts and scheduled stories are loaded only where a writer previews them. A production
 * build never reads them, so nothing of theirs (text, image, card) can reach dist/, and
 * their mistakes never stop it. (GIGAWATT_DRAFTS=1 loads them into a production build: a
 * test uses it to show the embargo check fails without the filter.)
 */
export function showsHeldBack(
  env: Record<string, string | undefined> = process.env,
  argv: string[] = process.argv,
): boolean {
  return env.GIGAWATT_DRAFTS === '1' || viewMode(env, argv) !== 'production';
}
