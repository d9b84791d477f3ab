/**
 * Text over a scrolling table's edge shadow, in both themes: every text colour a table
 * uses keeps WCAG AA contrast (4.5:1) against the shadow's darkest point composited over
 * the page background. Read from src/styles/global.css, so a new colour or a darker shadow
 * fails here. axe cannot judge text over a gradient (it reports it as "incomplete").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

/** The custom properties of the first block that matches, by name. */
function variables(block: RegExp): Record<string, string> {
  const body = css.match(block)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = variables(/:root\s*\{([\s\S]*?)\n\}/);
const dark = { ...light, ...variables(/prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([\s\S]*?)\}/) };

type Rgb = [number, number, number];
const hex = (value: string): Rgb => {
  const h = value.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
};
/** WCAG 2 relative luminance and contrast ratio: the formula from the standard, a few lines. */
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([
  ['light', light],
  ['dark', dark],
])('text over a table edge shadow, %s theme', (_theme, vars) => {
  const shadow = vars['scroll-shadow']!.match(/rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/)!;
  const alpha = Number(shadow[4]);
  const [r, g, b] = [1, 2, 3].map((i) => Number(shadow[i]));
  const bg = hex(vars.bg!);
  const darkest = bg.map((c, i) => Math.round(c * (1 - alpha) + [r, g, b][i]! * alpha)) as Rgb;
  it.each(['text', 'link', 'muted'])('--%s keeps 4.5:1', (name) => {
    expect(contrast(hex(vars[name]!), darkest)).toBeGreaterThanOrEqual(4.5);
  });
});
