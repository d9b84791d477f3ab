/**
 * npm run bench:cards [-- N]: renders N social cards (default 200) from synthetic
 * articles, cold (empty cache) and warm, and prints the figures. A measurement,
 * not a test: nothing here fails on a slow machine.
 */
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBatch } from '../../src/lib/og/batch.ts';
import { renderCard } from '../../src/lib/og/render.ts';
import type { CardInput } from '../../src/lib/og/template.ts';

const count = Number(process.argv[2] ?? 200);
const words =
  'grid power lease chips Japan Australia gigawatt financing cooling capacity sovereign deal'.split(' ');
const inputs = new Map<string, CardInput>(
  Array.from({ length: count }, (_, i) => {
    const title = Array.from({ length: 6 + (i % 10) }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(
      ' ',
    );
    return [
      `article/bench-${i}`,
      {
        kind: 'article',
        title: `${title[0]!.toUpperCase()}${title.slice(1)} ${i}`,
        topic: 'Power',
        date: 'June 5, 2026',
        authors: 'Maya Okafor',
        summary: 'A synthetic dek for the benchmark: long enough to wrap onto a second line of the card.',
      },
    ];
  }),
);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cacheDir = mkdtempSync(join(tmpdir(), 'gigawatt-bench-cards-'));
try {
  // One thread, card by card: the honest per-card cost.
  renderCard(inputs.values().next().value!); // warm-up: fonts, canvas
  const single: number[] = [];
  for (const input of [...inputs.values()].slice(0, Math.min(50, count))) {
    const start = performance.now();
    renderCard(input);
    single.push(performance.now() - start);
  }

  const coldStart = performance.now();
  const cold = await renderBatch(inputs, { cacheDir });
  const coldMs = performance.now() - coldStart;
  const peakRss = process.resourceUsage().maxRSS / 1024;

  const warmStart = performance.now();
  const warm = await renderBatch(inputs, { cacheDir });
  const warmMs = performance.now() - warmStart;

  const sizes = readdirSync(cacheDir).map((file) => statSync(join(cacheDir, file)).size);
  console.log(`social card benchmark: ${count} synthetic article cards`);
  console.log(`  one thread:  median ${median(single).toFixed(1)} ms per card`);
  console.log(
    `  cold batch:  ${cold.rendered} rendered on ${cold.threads} thread(s) in ${coldMs.toFixed(0)} ms = ${(coldMs / count).toFixed(1)} ms per card, ${((count / coldMs) * 1000).toFixed(0)} cards/s`,
  );
  console.log(
    `  warm batch:  ${warm.rendered} rendered, ${warm.fromCache} from cache in ${warmMs.toFixed(0)} ms`,
  );
  console.log(`  PNG size:    median ${(median(sizes) / 1024).toFixed(1)} KB`);
  console.log(`  peak RSS:    ${peakRss.toFixed(0)} MB`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
