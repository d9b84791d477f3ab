/** The social card renderer and its cache, on real Skia (@napi-rs/canvas) output. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBatch, startCards } from '../../src/lib/og/batch.ts';
import { placeCards } from '../../src/lib/og/place.ts';
import { cardKey, readCached } from '../../src/lib/og/cache.ts';
import { isCompletePng, isCompletePngFile, pngSize } from '../../src/lib/og/png.ts';
import { renderCard } from '../../src/lib/og/render.ts';
import { TEMPLATE_VERSION, titleSize, type CardInput } from '../../src/lib/og/template.ts';
import { lines } from '../../src/lib/og/text.ts';

const article = (title: string): CardInput => ({
  kind: 'article',
  title,
  topic: 'Power',
  date: 'June 5, 2026',
  authors: 'Maya Okafor and Tomás Reyes',
  summary: '“Curly quotes” — em dashes, ¥10 billion, Łódź, São Paulo: text outside Latin-1 renders.',
});
const LONGEST =
  'x'.repeat(0) +
  'Anthropic lines up more than a gigawatt of U.S. data center leases as Google weighs a guarantee on them';

const cacheDir = mkdtempSync(join(tmpdir(), 'gigawatt-cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('card renderer', () => {
  it('returns a complete 1200x630 PNG', async () => {
    const png = renderCard(article('Power, not land, is the bottleneck'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(isCompletePng(png, 1200, 630)).toBe(true);
  });

  it('tells a whole card file from a cut-short one, a wrong size and a foreign file', async () => {
    const png = renderCard(article('A card on disk'));
    const dir = mkdtempSync(join(tmpdir(), 'gigawatt-png-'));
    try {
      const file = (name: string, bytes: Uint8Array) => (
        writeFileSync(join(dir, name), bytes),
        join(dir, name)
      );
      expect(isCompletePngFile(file('whole.png', png), 1200, 630)).toBe(true);
      expect(isCompletePngFile(file('short.png', png.subarray(0, png.length - 100)), 1200, 630)).toBe(false);
      expect(isCompletePngFile(file('whole-again.png', png), 600, 315)).toBe(false);
      expect(isCompletePngFile(file('page.png', Buffer.from('<!doctype html>')), 1200, 630)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = renderCard(article('Same input, same bytes'));
    const b = renderCard(article('Same input, same bytes'));
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('renders every card kind, the longest headline and a one-word one', async () => {
    mkdirSync('test-output/cards', { recursive: true });
    const inputs: Record<string, CardInput> = {
      longest: article(LONGEST.slice(0, 110)),
      'one-word': article('Gigawatts'),
      comparison: {
        kind: 'comparison',
        title: 'Australia vs Japan',
        columns: ['Factor', 'Australia', 'Japan'],
        rows: [
          ['Strengths', 'Land, renewables', 'Grid, cables'],
          ['Open roles', '6', '2'],
        ],
      },
      topic: { kind: 'topic', title: 'Power', description: 'Grid connections.', count: '4 stories' },
      page: { kind: 'page', title: 'Frequently asked questions', description: 'Answers.' },
    };
    for (const [name, input] of Object.entries(inputs)) {
      const png = renderCard(input);
      expect(pngSize(png), name).toEqual({ width: 1200, height: 630 });
      // Saved for a person to look at: test-output/cards/<name>.png
      writeFileSync(`test-output/cards/${name}.png`, png);
    }
  });

  it('steps long headlines down so 110 characters fit', () => {
    expect(titleSize('Gigawatts')).toBeGreaterThan(titleSize(LONGEST.slice(0, 110)));
    expect(titleSize(LONGEST.slice(0, 110))).toBeLessThanOrEqual(52);
  });
});

describe('card cache', () => {
  it('keys change with the title, the template version and the font bytes', () => {
    const base = cardKey(article('A headline'), TEMPLATE_VERSION, 'font-a');
    expect(cardKey(article('A headline'), TEMPLATE_VERSION, 'font-a')).toBe(base);
    expect(cardKey(article('Another headline'), TEMPLATE_VERSION, 'font-a')).not.toBe(base);
    expect(cardKey(article('A headline'), TEMPLATE_VERSION + 1, 'font-a')).not.toBe(base);
    expect(cardKey(article('A headline'), TEMPLATE_VERSION, 'font-b')).not.toBe(base);
  });

  it('renders once, then serves from cache', async () => {
    const inputs = new Map([['article/cached', article('Cached once')]]);
    const first = await renderBatch(inputs, { cacheDir });
    expect([first.rendered, first.fromCache]).toEqual([1, 0]);
    const second = await renderBatch(inputs, { cacheDir });
    expect([second.rendered, second.fromCache]).toEqual([0, 1]);
    expect(Buffer.compare(first.cards.get('article/cached')!, second.cards.get('article/cached')!)).toBe(0);
  });

  it('detects a truncated cache file and renders the card again', async () => {
    const input = article('Truncated in the cache');
    const inputs = new Map([['article/truncated', input]]);
    const whole = (await renderBatch(inputs, { cacheDir })).cards.get('article/truncated')!;
    const key = cardKey(input);
    writeFileSync(join(cacheDir, `${key}.png`), whole.subarray(0, whole.length / 2));
    expect(readCached(key, cacheDir)).toBeUndefined();
    const again = await renderBatch(inputs, { cacheDir });
    expect(again.rendered).toBe(1);
    expect(Buffer.compare(again.cards.get('article/truncated')!, whole)).toBe(0);
    expect(readCached(key, cacheDir)).toBeDefined();
  });

  it('detects a cache file damaged in the middle (start and end intact) by its chunk CRCs', async () => {
    const input = article('Damaged in the middle');
    const inputs = new Map([['article/damaged', input]]);
    const whole = (await renderBatch(inputs, { cacheDir })).cards.get('article/damaged')!;
    const damaged = Buffer.from(whole);
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = damaged[middle]! ^ 0xff;
    const key = cardKey(input);
    writeFileSync(join(cacheDir, `${key}.png`), damaged);
    expect(readCached(key, cacheDir)).toBeUndefined();
    const again = await renderBatch(inputs, { cacheDir });
    expect(again.rendered).toBe(1);
    expect(Buffer.compare(again.cards.get('article/damaged')!, whole)).toBe(0);
  });

  it('places a build’s cards as links to the cache, keeps them, repairs a damaged one and removes a card no longer built', async () => {
    const site = mkdtempSync(join(tmpdir(), 'gigawatt-placed-'));
    try {
      const input = article('Placed in the site');
      const path = '/og/article/placed.png';
      const build = () => {
        const set = startCards(new Map([['article/placed', input]]), { cacheDir });
        return { cards: [{ name: 'article/placed', path }], set };
      };
      mkdirSync(join(site, 'og', 'topic'), { recursive: true });
      writeFileSync(join(site, 'og', 'topic', 'gone.png'), 'a card of the last build');

      const first = await placeCards(site, build());
      expect([first.placed, first.kept, first.removed]).toEqual([1, 0, 1]);
      expect(existsSync(join(site, 'og', 'topic'))).toBe(false); // emptied: removed, as a cold build has none
      const cached = join(cacheDir, `${cardKey(input)}.png`);
      expect(statSync(join(site, path)).ino).toBe(statSync(cached).ino); // one copy on disk

      const second = await placeCards(site, build());
      expect([second.rendered, second.placed, second.kept]).toEqual([0, 0, 1]);

      // A cache file damaged since (a new file under the name, so the site's link no longer
      // shares it) is checked before it is linked, and rendered again.
      const whole = readFileSync(cached);
      const damaged = Buffer.from(whole);
      damaged[damaged.length >> 1]! ^= 0xff;
      rmSync(cached);
      writeFileSync(cached, damaged);
      const third = await placeCards(site, build());
      expect([third.rendered, third.placed]).toEqual([1, 1]);
      expect(Buffer.compare(readFileSync(join(site, path)), whole)).toBe(0);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("cleans up the .tmp files a killed build left, not a running build's", async () => {
    mkdirSync(cacheDir, { recursive: true });
    const dead = join(cacheDir, 'abc123.999999.x1.tmp');
    const live = join(cacheDir, 'abc123.1.x2.tmp'); // pid 1 is always running
    writeFileSync(dead, '');
    writeFileSync(live, '');
    await renderBatch(new Map([['article/clean', article('Cleans up')]]), { cacheDir });
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('renders a large batch on worker threads, with the same bytes as one thread', async () => {
    const inputs = new Map(
      Array.from({ length: 16 }, (_, i) => [`article/pool-${i}`, article(`Pool card number ${i}`)] as const),
    );
    const pooled = await renderBatch(inputs, { cacheDir: join(cacheDir, 'pool') });
    expect(pooled.threads).toBe(2);
    expect(pooled.rendered).toBe(16);
    const single = renderCard(inputs.get('article/pool-7')!);
    expect(Buffer.compare(pooled.cards.get('article/pool-7')!, single)).toBe(0);
  });
});

describe('card text lines', () => {
  // A monospace measure: every character 1 wide, so the expected lines can be read off.
  const mono = (text: string) => [...text].length;

  it('breaks at spaces, never past the width', () => {
    expect(lines('Power, not land, is the bottleneck', 12, 5, mono)).toEqual([
      'Power, not',
      'land, is the',
      'bottleneck',
    ]);
  });

  it('cuts the last allowed line with an ellipsis that fits, when text is left over', () => {
    const shown = lines('one two three fourteen five six seven', 9, 2, mono);
    expect(shown).toEqual(['one two', 'three…']);
    expect(shown.every((line) => mono(line) <= 9)).toBe(true);
    expect(lines('abcde fgh', 5, 1, mono)).toEqual(['abcd…']);
  });

  it('breaks a word wider than the line between characters', () => {
    expect(lines('Supercalifragilistic ok', 8, 5, mono)).toEqual(['Supercal', 'ifragili', 'stic ok']);
  });

  it('measures no more of a huge text than the lines it can show', () => {
    let calls = 0;
    const counted = (text: string) => (calls++, mono(text));
    const shown = lines(`${'word '.repeat(200_000)}${'x'.repeat(1_000_000)}`, 40, 2, counted);
    expect(shown).toHaveLength(2);
    expect(shown[1]!.endsWith('…')).toBe(true);
    expect(calls).toBeLessThan(1_000);
  });

  it('gives no lines for empty or blank text', () => {
    expect(lines('', 10, 2, mono)).toEqual([]);
    expect(lines(' \n\t ', 10, 2, mono)).toEqual([]);
  });
});

describe('what a card can draw', () => {
  it('knows Latin and accented text, and names CJK, emoji and Arabic it cannot draw', async () => {
    const { undrawable } = await import('../../src/lib/og/fonts.ts');
    expect(undrawable('Power, not land — “grids” in Zürich, São Paulo & Kraków: 1 GW, €5 bn')).toEqual([]);
    expect(undrawable('日本のAI 🔌 مرحبا')).toEqual(['日', '本', 'の', '🔌', 'م', 'ر', 'ح', 'ب', 'ا']);
  });

  it('leaves what it cannot draw off the card, the same on every machine', async () => {
    const { drawableText } = await import('../../src/lib/og/fonts.ts');
    expect(drawableText('Power ⚡️ in 日本 — Zürich')).toBe('Power in — Zürich');
    expect(drawableText('Kraków: 1 GW')).toBe('Kraków: 1 GW');
    // A card whose headline loses its CJK is the same PNG as one written without it.
    const a = renderCard(article('Grid deal 日本 signed'));
    const b = renderCard(article('Grid deal signed'));
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
