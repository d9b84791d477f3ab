/**
 * Card input -> SVG (satori) -> pixels (resvg) -> PNG (sharp).
 * Measured here (median per card): satori 10.6 ms, resvg raster 9.1 ms; PNG encoding
 * with resvg 7.8 ms / 66 KB, with sharp (no alpha, zlib 6, no adaptive filter)
 * ~7 ms / ~45 KB. sharp rasterising the SVG itself took 72 ms, so resvg rasterises.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardInput } from './template.ts';

export async function renderCard(input: CardInput): Promise<Buffer> {
  const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts().fonts,
  });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}
