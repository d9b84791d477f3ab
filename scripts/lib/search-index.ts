/**
 * Usage: node scripts/lib/search-index.ts <site folder>
 * The search index of a built site, as its own step: `npm run build` runs it once Astro's
 * pages are written, beside Astro's output check (src/integrations/search.ts says why).
 */
import { writeSearchIndex, searchIndexMessage } from '../../src/integrations/search.ts';

const [site] = process.argv.slice(2);
if (!site) {
  console.error('usage: node scripts/lib/search-index.ts <site folder>');
  process.exit(2);
}
const started = performance.now();
try {
  const result = await writeSearchIndex(site);
  console.log(
    `[gigawatt:search-index] ${searchIndexMessage(result, Math.round(performance.now() - started))}`,
  );
} catch (error) {
  console.error(`The search index was not written: ${(error as Error).message}`);
  process.exit(1);
}
