/**
 * Property: whatever blocks a draft is made of, in whatever order and layout, the import
 * accounts for every word (it throws when it cannot). Drafts are random but seeded, so a
 * failure names the seed that reproduces it.
 */
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../scripts/lib/import/index.ts';

/** mulberry32: a tiny seeded generator, so every run tries the same drafts. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

const WORDS = (
  'grid power lease chips Japan Australia gigawatt financing cooling capacity sovereign deal substation ' +
  "transformer hyperscaler campus megawatt utility interconnect subsea rack wafer tariff permit Anthropic's " +
  'CNBC 13 roles $12 billion 40% 1.5 GW {braces} <tag> AT&T "quoted" ’curly’ — import export café naïve'
).split(' ');
const FURNITURE = [
  'Leave a Comment',
  'Source link',
  'Scroll to Top',
  'Comments (0)',
  'Login or Register',
  'Choose CNBC as your preferred source on Google',
  'Subscribe to our newsletter for more!',
  'Read more: Another story about data centers in Asia',
  'Share this article',
];

function sentence(r: ReturnType<typeof random>, words = 6 + r.int(14)): string {
  const text = Array.from({ length: words }, () => r.pick(WORDS)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}${r.pick(['.', '.', '.', '!', '?'])}`;
}
const title = (r: ReturnType<typeof random>) =>
  Array.from({ length: 3 + r.int(7) }, () => r.pick(WORDS).replace(/^\w/, (c) => c.toUpperCase())).join(' ');
const paragraph = (r: ReturnType<typeof random>) =>
  Array.from({ length: 1 + r.int(4) }, () => sentence(r)).join(' ');

function textDraft(seed: number): string {
  const r = random(seed);
  const blocks: string[] = [];
  if (r.chance(0.8)) blocks.push(title(r));
  const count = 3 + r.int(12);
  for (let i = 0; i < count; i++) {
    switch (r.int(9)) {
      case 0:
        blocks.push(title(r));
        break;
      case 1:
        blocks.push(`${sentence(r, 4 + r.int(6)).slice(0, -1)}?`, paragraph(r));
        break;
      case 2: {
        const cols = 2 + r.int(3);
        const row = () => `| ${Array.from({ length: cols }, () => r.pick(WORDS)).join(' | ')} |`;
        blocks.push(
          [row(), `|${'---|'.repeat(cols)}`, ...Array.from({ length: 1 + r.int(4) }, row)].join('\n'),
        );
        if (r.chance(0.5)) blocks.push('Watch the grid queue, not the land.');
        break;
      }
      case 3:
        blocks.push(Array.from({ length: 2 + r.int(3) }, () => `- ${sentence(r)}`).join('\n'));
        break;
      case 4:
        blocks.push(r.pick(FURNITURE));
        break;
      case 5:
        blocks.push('Frequently Asked Questions');
        for (let q = 0; q < 1 + r.int(3); q++) blocks.push(`${sentence(r, 5).slice(0, -1)}?`, paragraph(r));
        break;
      case 6:
        blocks.push(r.pick(['The Takeaway', 'Bottom line']), paragraph(r));
        break;
      case 7:
        blocks.push(`'${title(r).split(' ').slice(0, 2).join(' ')}'`);
        break;
      default:
        blocks.push(paragraph(r));
    }
  }
  if (r.chance(0.3)) blocks.push('Contact us to plan your expansion.');
  // Doc-editor layout (one block per line), web layout (blank lines), or hard-wrapped.
  const layout = r.int(3);
  if (layout === 0) return blocks.join('\n');
  if (layout === 1) return blocks.join('\n\n');
  return blocks
    .map((b) => (b.startsWith('|') || b.startsWith('- ') ? b : b.replace(/(.{60,}?) /g, '$1\n')))
    .join('\n\n');
}

function markdownDraft(seed: number): string {
  const r = random(seed);
  const parts = [`# ${title(r)}`];
  for (let i = 0; i < 3 + r.int(8); i++) {
    const kind = r.int(5);
    if (kind === 0) parts.push(`## ${title(r)}`);
    else if (kind === 1)
      parts.push(Array.from({ length: 2 + r.int(3) }, (_, n) => `${n + 1}. ${sentence(r)}`).join('\n'));
    else if (kind === 2) parts.push(`> ${paragraph(r)}`);
    else if (kind === 3)
      parts.push(
        `${sentence(r)} See [the report](https://example.com/${i}) and **${r.pick(WORDS)}** or _${r.pick(WORDS)}_.`,
      );
    else parts.push(paragraph(r));
  }
  return parts.join('\n\n');
}

const OPTIONS = { author: 'ada', topic: 'grid', date: '2026-06-01', slug: 'random-draft' };

describe('every random draft is fully accounted for', () => {
  it.each(Array.from({ length: 150 }, (_, i) => i + 1))('plain text, seed %i', async (seed) => {
    const result = await importDraft(`seed-${seed}.txt`, new TextEncoder().encode(textDraft(seed)), OPTIONS);
    expect(result.accounting.missing).toEqual([]);
  });
  it.each(Array.from({ length: 50 }, (_, i) => i + 1))('Markdown, seed %i', async (seed) => {
    const result = await importDraft(
      `seed-${seed}.md`,
      new TextEncoder().encode(markdownDraft(seed)),
      OPTIONS,
    );
    expect(result.accounting.missing).toEqual([]);
  });
});
