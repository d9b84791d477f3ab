/**
 * Which line of a draft is its headline, and why. A page copied from a browser puts its
 * site name, section, ticker or date above the headline, and an HTML page marks it with
 * <h1> wherever it stands; a wire story or blog post puts a byline or date line under it.
 * The chooser looks at the top of the draft, in this order, and says which rule chose:
 *   1. the draft's first level-1 heading (HTML <h1>, Markdown #) near the top;
 *   2. the title-like line just above a byline ("By Maya Okafor") or a date line;
 *   3. otherwise planDraft's rule for the first line (short, no closing punctuation).
 * Short lines above a chosen headline are the web page's, and are dropped with that reason.
 */
import { TITLE_MAX } from '../../../src/lib/rules.ts';
import { looksLikeHeading, type Block } from './blocks.ts';
import { furnitureOf } from './furniture.ts';

/** How far down the headline may stand: blocks, counted before furniture is dropped. */
const TOP = 12;
const ENDS_SENTENCE = /[.!?…;,]["”’')\]]?$/;

export interface HeadlineChoice {
  block: Block;
  reason: string;
  /** Short lines above the headline: the page's site name, section or date. */
  above: Block[];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A line under a headline that names who wrote it or when: "By Maya Okafor", "June 3, 2026". */
export function isBylineOrDate(text: string): 'byline' | 'date line' | undefined {
  const family = furnitureOf(text)?.family;
  return family === 'byline' ? 'byline' : family === 'date' ? 'date line' : undefined;
}

const titleLike = (block: Block | undefined): block is Block =>
  block !== undefined &&
  (block.kind === 'heading' || block.kind === 'paragraph') &&
  block.text.length <= TITLE_MAX &&
  !block.text.includes('\n') &&
  (block.kind === 'heading' || looksLikeHeading(block.text)) &&
  !block.text.endsWith('?');

/** A short line that is not a sentence: what a page puts above its headline. */
const pageLine = (block: Block) =>
  (block.kind === 'heading' || block.kind === 'paragraph') &&
  !block.text.includes('\n') &&
  words(block.text) <= 12 &&
  !ENDS_SENTENCE.test(block.text);

function choice(blocks: Block[], at: number, reason: string): HeadlineChoice | undefined {
  const before = blocks.slice(0, at).filter((b) => !furnitureOf(b.text));
  // Prose above the headline means it is not the top of the story: no choice.
  if (!before.every(pageLine)) return undefined;
  return { block: blocks[at]!, reason, above: before };
}

export function chooseHeadline(blocks: Block[]): HeadlineChoice | undefined {
  const top = blocks.slice(0, TOP);
  const h1 = top.findIndex((b) => b.kind === 'heading' && b.explicitHeading && b.depth === 1);
  if (
    h1 >= 0 &&
    titleLike(top[h1]) &&
    blocks.filter((b) => b.explicitHeading && b.depth === 1).length === 1
  ) {
    const found = choice(blocks, h1, "the draft's level-1 heading (an HTML <h1> or a Markdown #)");
    if (found) return found;
  }
  for (let i = 1; i < top.length; i++) {
    const kind = isBylineOrDate(top[i]!.text);
    if (!kind) continue;
    let j = i - 1;
    while (j >= 0 && furnitureOf(top[j]!.text)) j--;
    if (j >= 0 && titleLike(top[j])) {
      const found = choice(blocks, j, `the line above the ${kind} ("${top[i]!.text.slice(0, 40)}")`);
      if (found) return found;
    }
    break;
  }
  return undefined;
}
