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
