/**
 * Card input -> pixels (Skia, through @napi-rs/canvas) -> PNG (Skia's encoder).
 *
 * Skia replaced satori + resvg (2026-12): measured per card on one thread, satori's layout
 * took 8-10 ms, and resvg 17-24 ms, nearly all of it the kernel handing it fresh pages:
 * resvg-js 2.6 frees a rendered image only when V8 collects it, and V8 does not know its
 * size, so every card drew on new memory. Here one canvas per thread is drawn on again
 * and again: drawing takes about 1 ms. The PNG is Skia's, with no row filter (smaller and
 * faster than the others here) at zlib level 3: 3.5 ms and ~78 KB a card, where level 6
 * took 8.8 ms for ~63 KB. Cards are fetched by link previews, not by readers, so the build
 * time is worth more than the bytes; sharp was slower (the pixels copied out first).
 */
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cardFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, drawCard, type CardInput } from './template.ts';

/** libpng's "none" row filter (PNG_FILTER_NONE). */
const PNG_FILTER_NONE = 0x08;
const PNG_ZLIB_LEVEL = 3;

let surface: { canvas: Canvas; ctx: SKRSContext2D } | undefined;

/** This thread's canvas, made once; the card fonts registered with Skia once per process. */
function cardSurface(): { canvas: Canvas; ctx: SKRSContext2D } {
  if (surface) return surface;
  for (const { family, weight, data } of cardFonts().files) {
    const registered = GlobalFonts.families.some(
      (f) => f.family === family && f.styles.some((style) => style.weight === weight),
    );
    if (!registered) GlobalFonts.register(data, family, { weight: String(weight) });
  }
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d', { alpha: false });
  ctx.lang = 'en'; // not the host's language: the same card on every machine
  surface = { canvas, ctx };
  return surface;
}

export function renderCard(input: CardInput): Buffer {
  const { canvas, ctx } = cardSurface();
  drawCard(ctx, input);
  return canvas.encodeSync('png', { compressionLevel: PNG_ZLIB_LEVEL, filters: PNG_FILTER_NONE });
}
