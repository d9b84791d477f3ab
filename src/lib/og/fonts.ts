/**
 * Card fonts, read once per process from the @fontsource package on disk (never the
 * network). Latin plus Latin Extended so accented names render; the hash of the bytes is
 * part of every cache key, so a font update re-renders every card. The renderer registers
 * them with Skia (render.ts); this module stays free of it, for the linter.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const FILES = [
  ['latin', 400],
  ['latin', 700],
  ['latin-ext', 400],
  ['latin-ext', 700],
] as const;

const LATIN = 'Source Serif 4';
const LATIN_EXT = 'Source Serif 4 Ext';

export interface CardFontFile {
  family: string;
  weight: 400 | 700;
  data: Buffer;
}

let loaded: { files: CardFontFile[]; hash: string } | undefined;

export function cardFonts(): { files: CardFontFile[]; hash: string } {
  if (loaded) return loaded;
  const dir = join(dirname(require.resolve('@fontsource/source-serif-4/package.json')), 'files');
  const hash = createHash('sha256');
  const files = FILES.map(([subset, weight]) => {
    const data = readFileSync(join(dir, `source-serif-4-${subset}-${weight}-normal.woff`));
    hash.update(data);
    return { family: subset === 'latin' ? LATIN : LATIN_EXT, weight, data };
  });
  loaded = { files, hash: hash.digest('hex').slice(0, 16) };
  return loaded;
}

/** A canvas font shorthand in the card fonts: Skia falls back glyph by glyph along the list. */
export function cardFont(size: number, weight: 400 | 700): string {
  return `${weight} ${size}px "${LATIN}", "${LATIN_EXT}"`;
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

/** What the build and the linter say of such characters (after "the card font cannot draw …"). */
export function undrawableMessage(missing: string[]): string {
  return `the card font cannot draw ${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ' …' : ''}; those characters are left off the share card (the page itself is fine)`;
}
export const UNDRAWABLE_FIX = 'Use Latin text in the headline and dek, or give the story its own image.';

/**
 * Characters in `text` the card fonts cannot draw: CJK, emoji, right-to-left scripts.
 * Whitespace and joiners are not counted.
 */
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

/**
 * `text` as a card draws it: without the characters the card fonts lack. Skia would take
 * them from whatever fonts the build machine has installed, so one card would differ from
 * machine to machine; the build and the linter warn of each one instead.
 */
export function drawableText(text: string): string {
  const missing = new Set(undrawable(text));
  if (missing.size === 0) return text;
  return [...text]
    .filter((char) => !missing.has(char))
    .join('')
    .replace(/[\u200d\ufe00-\ufe0f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
