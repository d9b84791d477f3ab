/**
 * How the site serves pictures: one home for the formats, the widths and the sizes hint,
 * read by story images, lead images and the front page's art.
 */

/** Newest format first; the browser takes the first it reads, the <img> falls back to the source's. */
export const IMAGE_FORMATS: ('avif' | 'webp')[] = ['avif', 'webp'];

/** Widths rendered for a picture: enough for phones, tablets and 2x screens at the column width. */
const WIDTHS = [400, 800, 1200, 1600];

/** The widths up to the source's own (an image is never scaled up). */
export function widthsFor(sourceWidth: number): number[] {
  const fit = WIDTHS.filter((w) => w < sourceWidth);
  return [...fit, Math.min(sourceWidth, WIDTHS.at(-1)!)];
}

/** A story's images are as wide as its text column (44 rem), or the screen on a phone. */
export const STORY_IMAGE_SIZES = '(min-width: 46rem) 44rem, 100vw';
/** The front page's lead art spans two thirds of the 72 rem grid. */
export const LEAD_ART_SIZES = '(min-width: 64rem) 46rem, 100vw';
