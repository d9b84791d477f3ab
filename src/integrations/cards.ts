/**
 * Puts the build's social cards into the built site, from the card cache (src/lib/og/place.ts),
 * once the pages are written: after the output folder is tidied (src/integrations/out-dir.ts,
 * which leaves the cards folder to this step) and before the output is checked against the
 * site plan (src/integrations/verify-output.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { offeredBuildCards, placeCards } from '../lib/og/place.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';

export function socialCards(): AstroIntegration {
  return {
    name: 'gigawatt:cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const offered = offeredBuildCards();
        if (!offered)
          throw new Error(
            'The build started no social cards: src/pages/og/[kind]/[id].png.ts starts them in its getStaticPaths.',
          );
        const { placed, kept, removed } = await placeCards(fileURLToPath(dir), await offered);
        logger.info(
          `cards in ${CARDS_FOLDER}/: ${placed} placed from the card cache, ${kept} there already, ${removed} removed`,
        );
      },
    },
  };
}
