/**
 * The card layouts, drawn on a canvas. Each card is a column: the header at the top, the
 * footer at the bottom, the body centred between them (what the satori layout's
 * flex column with space-between did).
 * Bump TEMPLATE_VERSION whenever a layout (or render.ts's PNG encoding) changes: it is part
 * of the cache key.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { site } from '../../site.config.ts';
import { cardFont, drawableText } from './fonts.ts';
import { lines } from './text.ts';

export const TEMPLATE_VERSION = 6;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const INK = '#1a1a1a';
const MUTED = '#555149';
const ACCENT = '#a4260b';
const PAPER = '#fdfcf9';
const RULE = '#d9d5ca';
const WHITE = '#ffffff';

export type CardInput =
  | { kind: 'article'; title: string; topic: string; date: string; authors: string; summary: string }
  | { kind: 'comparison'; title: string; columns: string[]; rows: string[][] }
  | { kind: 'topic'; title: string; description: string; count: string }
  | { kind: 'author'; title: string; description: string; role: string; count: string }
  | { kind: 'page'; title: string; description: string };

/** Long headlines step down in size so the longest allowed (TITLE_MAX, 110) fits in three lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 30) return 84;
  if (length <= 55) return 70;
  if (length <= 80) return 60;
  return 52;
}

// The frame: a 14 px accent rule along the top, then padding 52 / 64 / 44 px.
const ACCENT_RULE = 14;
const LEFT = 64;
const RIGHT = CARD_WIDTH - 64;
const WIDTH = RIGHT - LEFT;
const TOP = ACCENT_RULE + 52;
const BOTTOM = CARD_HEIGHT - 44;
const LOGO = 44;

interface TextStyle {
  size: number;
  weight: 400 | 700;
  color: string;
  /** A multiple of the size; without it, the font's own ascent + descent (CSS's `normal`). */
  lineHeight?: number;
  letterSpacing?: number;
  maxLines: number;
}

/** Something laid out: its height, and how to draw it from a top edge. */
interface Block {
  height: number;
  draw(top: number): void;
}

const TITLE = (size: number): TextStyle => ({
  size,
  weight: 700,
  color: INK,
  lineHeight: 1.12,
  letterSpacing: -0.5,
  maxLines: 3,
});
const SUMMARY: TextStyle = { size: 30, weight: 400, color: MUTED, lineHeight: 1.3, maxLines: 2 };
const SITE_NAME: TextStyle = { size: 40, weight: 700, color: INK, letterSpacing: -1, maxLines: 1 };
const KICKER: TextStyle = { size: 24, weight: 700, color: ACCENT, letterSpacing: 2, maxLines: 1 };
const FOOTER: TextStyle = { size: 24, weight: 400, color: MUTED, maxLines: 1 };
const CELL = (bold: boolean): TextStyle => ({
  size: 22,
  weight: bold ? 700 : 400,
  color: bold ? INK : MUTED,
  maxLines: 1,
});

class Painter {
  private readonly ctx: SKRSContext2D;
  constructor(ctx: SKRSContext2D) {
    this.ctx = ctx;
  }

  private use(style: TextStyle): { lineHeight: number; baseline: number } {
    const { ctx } = this;
    ctx.font = cardFont(style.size, style.weight);
    ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
    ctx.fillStyle = style.color;
    const metrics = ctx.measureText('');
    const ascent = metrics.fontBoundingBoxAscent;
    const glyphs = ascent + metrics.fontBoundingBoxDescent;
    const lineHeight = style.lineHeight ? style.size * style.lineHeight : glyphs;
    // As CSS does: the glyph box centred in the line box.
    return { lineHeight, baseline: (lineHeight - glyphs) / 2 + ascent };
  }

  /** Width of `text` in `style`. */
  width(text: string, style: TextStyle): number {
    this.use(style);
    return this.ctx.measureText(drawableText(text)).width;
  }

  /** `text` broken into at most style.maxLines lines of `width`, left or right aligned at `x`. */
  text(text: string, style: TextStyle, x = LEFT, width = WIDTH, align: 'left' | 'right' = 'left'): Block {
    const { lineHeight } = this.use(style);
    const shown = lines(drawableText(text), width, style.maxLines, (t) => this.ctx.measureText(t).width);
    return {
      height: shown.length * lineHeight,
      draw: (top) => {
        const { baseline } = this.use(style);
        this.ctx.textAlign = align;
        shown.forEach((line, i) => this.ctx.fillText(line, x, top + i * lineHeight + baseline));
      },
    };
  }

  rect(x: number, y: number, width: number, height: number, color: string): void {
    this.ctx.fillStyle = color;
    this.ctx.fillRect(x, y, width, height);
  }

  /** The site's bolt mark (public/favicon.svg's shapes), `size` px square. */
  logo(x: number, y: number, size: number): void {
    const { ctx } = this;
    const scale = size / 32;
    ctx.fillStyle = ACCENT;
    ctx.beginPath();
    ctx.roundRect(x, y, size, size, 6 * scale);
    ctx.fill();
    ctx.fillStyle = WHITE;
    ctx.beginPath();
    const bolt = [18, 3, 7, 18, 15, 18, 13, 29, 24, 14, 16, 14];
    for (let i = 0; i < bolt.length; i += 2) ctx.lineTo(x + bolt[i]! * scale, y + bolt[i + 1]! * scale);
    ctx.closePath();
    ctx.fill();
  }
}

/** Blocks one under another, with `gap` px between them. */
function stack(blocks: Block[], gap: number): Block {
  const shown = blocks.filter((block) => block.height > 0);
  return {
    height: shown.reduce((sum, block) => sum + block.height, 0) + gap * Math.max(0, shown.length - 1),
    draw(top) {
      for (const block of shown) {
        block.draw(top);
        top += block.height + gap;
      }
    },
  };
}

function header(paint: Painter, kicker: string): Block {
  const name = paint.text(site.name, SITE_NAME, LEFT + LOGO + 16, WIDTH / 2);
  const kick = paint.text(kicker.toUpperCase(), KICKER, RIGHT, WIDTH / 2 - LOGO, 'right');
  const height = Math.max(LOGO, name.height, kick.height);
  return {
    height,
    draw(top) {
      paint.logo(LEFT, top + (height - LOGO) / 2, LOGO);
      name.draw(top + (height - name.height) / 2);
      kick.draw(top + (height - kick.height) / 2);
    },
  };
}

/** A 2 px rule, then the left text and the right one (the site's tagline unless given). */
function footer(paint: Painter, left: string, right: string = site.tagline): Block {
  const leftWidth = Math.min(paint.width(left, FOOTER), WIDTH * 0.6);
  const leftText = paint.text(left, FOOTER, LEFT, leftWidth);
  const rightText = paint.text(right, FOOTER, RIGHT, WIDTH - leftWidth - 32, 'right');
  const rule = 2;
  const padding = 18;
  const height = rule + padding + Math.max(leftText.height, rightText.height);
  return {
    height,
    draw(top) {
      paint.rect(LEFT, top, WIDTH, rule, INK);
      leftText.draw(top + rule + padding);
      rightText.draw(top + rule + padding);
    },
  };
}

/** The headline and the line under it: the body of every card but the comparison. */
function headline(paint: Painter, title: string, below: string): Block {
  return stack([paint.text(title, TITLE(titleSize(title))), paint.text(below, SUMMARY)], 20);
}

/** Up to 4 columns and 3 rows of a comparison table: the header row bold, then the first column. */
function miniTable(paint: Painter, columns: string[], rows: string[][]): Block {
  const cellWidth = WIDTH / Math.max(1, columns.length);
  const row = (cells: string[], head: boolean): Block => {
    const texts = cells.map((text, i) =>
      paint.text(text, CELL(head || i === 0), LEFT + i * cellWidth, cellWidth - 16),
    );
    const padding = 10;
    const border = head ? 2 : 1;
    const inner = Math.max(...texts.map((t) => t.height), 0);
    return {
      height: padding * 2 + inner + border,
      draw(top) {
        for (const text of texts) text.draw(top + padding);
        paint.rect(LEFT, top + padding * 2 + inner, WIDTH, border, head ? INK : RULE);
      },
    };
  };
  return stack([row(columns, true), ...rows.map((r) => row(r, false))], 0);
}

function body(paint: Painter, input: CardInput): { kicker: string; body: Block; footer: Block } {
  switch (input.kind) {
    case 'article':
      return {
        kicker: input.topic,
        body: headline(paint, input.title, input.summary),
        footer: footer(paint, input.date, input.authors),
      };
    case 'comparison':
      return {
        kicker: 'Comparison',
        body: stack(
          [
            paint.text(input.title, { ...TITLE(52), letterSpacing: 0, maxLines: 2 }),
            miniTable(
              paint,
              input.columns.slice(0, 4),
              input.rows.slice(0, 3).map((r) => r.slice(0, 4)),
            ),
          ],
          22,
        ),
        footer: footer(paint, 'Side-by-side, with sources'),
      };
    case 'topic':
      return {
        kicker: 'Topic',
        body: headline(paint, input.title, input.description),
        footer: footer(paint, input.count),
      };
    case 'author':
      return {
        kicker: 'Author',
        body: headline(paint, input.title, input.description),
        footer: footer(paint, input.role, input.count),
      };
    case 'page':
      return { kicker: '', body: headline(paint, input.title, input.description), footer: footer(paint, '') };
  }
}

/** Paints the whole card: every pixel, so one canvas can be drawn on again and again. */
export function drawCard(ctx: SKRSContext2D, input: CardInput): void {
  const paint = new Painter(ctx);
  const parts = body(paint, input);
  const top = header(paint, parts.kicker);
  const free = Math.max(0, BOTTOM - TOP - top.height - parts.body.height - parts.footer.height);
  paint.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, PAPER);
  paint.rect(0, 0, CARD_WIDTH, ACCENT_RULE, ACCENT);
  top.draw(TOP);
  parts.body.draw(TOP + top.height + free / 2);
  parts.footer.draw(BOTTOM - parts.footer.height);
}
