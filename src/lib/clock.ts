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
 * Drafts and scheduled stories are loaded only where a writer previews them (`astro dev`,
 * or GIGAWATT_DRAFTS=1 for the preview build). A production build never reads them, so
 * nothing of theirs (text, image, card) can reach dist/, and their mistakes never stop it.
 */
export function showsHeldBack(
  env: Record<string, string | undefined> = process.env,
  argv: string[] = process.argv,
): boolean {
  return env.GIGAWATT_DRAFTS === '1' || argv.slice(2).includes('dev');
}
