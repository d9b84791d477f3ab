/**
 * Card fonts, read once per process from the @fontsource package on disk (never the
 * network). Latin plus Latin Extended so accented names render; the hash of the bytes
 * is part of every cache key, so a font update re-renders every card.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';

const require = createRequire(import.meta.url);
const FILES = [
  ['latin', 400],
  ['latin', 700],
  ['latin-ext', 400],
  ['latin-ext', 700],
] as const;

const LATIN = 'Source Serif 4';
const LATIN_EXT = 'Source Serif 4 Ext';
/** CSS font-family for cards: satori falls back per glyph along this list. */
export const CARD_FONT = `'${LATIN}', '${LATIN_EXT}'`;

let loaded: { fonts: Font[]; hash: string } | undefined;

export function cardFonts(): { fonts: Font[]; hash: string } {
  if (loaded) return loaded;
  const dir = join(dirname(require.resolve('@fontsource/source-serif-4/package.json')), 'files');
  const hash = createHash('sha256');
  const fonts = FILES.map(([subset, weight]) => {
    const data = readFileSync(join(dir, `source-serif-4-${subset}-${weight}-normal.woff`));
    hash.update(data);
    return { name: subset === 'latin' ? LATIN : LATIN_EXT, data, weight, style: 'normal' as const };
  });
  loaded = { fonts, hash: hash.digest('hex').slice(0, 16) };
  return loaded;
}

let ranges: [number, number][] | undefined;

/**
 * The code points the card fonts draw, from the unicode-range fontsource declares for each
 * subset file we load (its CSS sits beside the files).
 */
function coveredRanges(): [number, number][] {
  if (ranges) return ranges;
  const css = readFileSync(
    join(dirname(require.resolve('@fontsource/source-serif-4/package.json')), '400.css'),
    'utf8',
  );
  const subsets = new Set(FILES.map(([subset]) => subset));
  ranges = [];
  for (const [, subset, range] of css.matchAll(
    /source-serif-4-([a-z-]+)-400-normal \*\/\s*@font-face\s*\{[^}]*?unicode-range:\s*([^;]+);/g,
  )) {
    if (!subsets.has(subset as (typeof FILES)[number][0])) continue;
    for (const part of range!.split(',')) {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      ranges.push([parseInt(from!, 16), parseInt(to!, 16)]);
    }
  }
  return ranges;
}

/**
 * Characters in `text` the card fonts cannot draw (satori would show empty boxes): CJK,
 * emoji, right-to-left scripts. Whitespace and joiners are not counted.
 */
/** What the build and the linter say of such characters (after "the card font cannot draw …"). */
export function undrawableMessage(missing: string[]): string {
  return `the card font cannot draw ${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ' …' : ''}; those characters show as empty boxes on the share card (the page itself is fine)`;
}
export const UNDRAWABLE_FIX = 'Use Latin text in the headline and dek, or give the story its own image.';

export function undrawable(text: string): string[] {
  const covered = coveredRanges();
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/\s/.test(char) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    if (!covered.some(([from, to]) => code >= from && code <= to)) missing.add(char);
  }
  return [...missing];
}
