/**
 * Proof that nothing was lost: the draft's words against the words in what the import
 * wrote (read back from the files' text, not from the plan), plus the lines it dropped.
 * Every word must land exactly once; otherwise the import writes nothing and names the
 * sentences that went missing or doubled.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { PLACEHOLDER } from '../../../src/lib/rules.ts';
import { plainOfMarkdown, type Block, type Dropped } from './blocks.ts';
import type { DraftPlan } from './plan.ts';
import { sentencesOf, WordBag, wordsOf } from './words.ts';
import type { DraftFiles } from './write.ts';

export interface Accounting {
  wordsIn: number;
  placed: { title: number; dek: number; body: number; faq: number; table: number; takeaway: number };
  dropped: { words: number; lines: number };
  missing: string[];
  doubled: string[];
}

const isTodo = (text: unknown) => typeof text === 'string' && text.startsWith(PLACEHOLDER);

export function account(
  input: { blocks: Block[]; chrome: Dropped[] },
  plan: DraftPlan,
  files: DraftFiles,
): Accounting {
  const source = new WordBag();
  const sentences: string[] = [];
  for (const text of [...input.blocks.map((b) => b.text), ...input.chrome.map((c) => c.text)]) {
    source.add(text);
    sentences.push(...text.split('\n').flatMap(sentencesOf));
  }

  const { frontmatter, content } = parseFrontmatter(files.article);
  const slots = {
    title: isTodo(frontmatter.title) ? '' : String(frontmatter.title ?? ''),
    // A dek copied from the lede repeats words the body has; the draft's own standfirst does not.
    dek: plan.dekFromDraft ? String(frontmatter.description ?? '') : '',
    // A numbered heading's "2." is structure, like a list's: not a word of the draft.
    body: plainOfMarkdown(content.replace(/^(#{1,6}[ \t]+)\d{1,3}\.[ \t]+/gm, '$1')),
    faq: '',
    table: '',
    takeaway: String(frontmatter.keyTakeaway ?? ''),
  };
  if (files.faq) {
    const faq = load(files.faq) as { items: { question: string; answer: string }[] };
    slots.faq = faq.items.map((item) => `${item.question}\n${plainOfMarkdown(item.answer)}`).join('\n');
  }
  slots.table = files.tables
    .map((table) => {
      const data = load(table.text) as {
        caption: string;
        columns: { label: string }[];
        rows: Record<string, unknown>[];
      };
      return [
        isTodo(data.caption) ? '' : data.caption,
        ...data.columns.map((c) => (/^Column \d+$/.test(c.label) ? '' : c.label)),
        ...data.rows.flatMap((row) => Object.values(row).map(String)),
      ].join('\n');
    })
    .join('\n');
  const droppedText = plan.dropped.map((d) => d.text).join('\n');

  const placed = new WordBag();
  for (const text of [...Object.values(slots), droppedText]) placed.add(text);
  const missingWords = source.minus(placed);
  const doubledWords = placed.minus(source);
  const involving = (words: Map<string, number>) =>
    [...new Set(sentences.filter((s) => wordsOf(s).some((w) => words.has(w))))].slice(0, 20);
  return {
    wordsIn: source.size,
    placed: {
      title: wordsOf(slots.title).length,
      dek: wordsOf(slots.dek).length,
      body: wordsOf(slots.body).length,
      faq: wordsOf(slots.faq).length,
      table: wordsOf(slots.table).length,
      takeaway: wordsOf(slots.takeaway).length,
    },
    dropped: { words: wordsOf(droppedText).length, lines: plan.dropped.length },
    missing: missingWords.size ? involving(missingWords) : [],
    doubled: doubledWords.size ? [...doubledWords.keys()].slice(0, 20) : [],
  };
}

/** "646 words in: 1 title 612 body, 21 FAQ, 8 table, 5 dropped (2 lines)" */
export function accountingLine(a: Accounting): string {
  const parts = [
    a.placed.title && `${a.placed.title} headline`,
    a.placed.dek && `${a.placed.dek} dek`,
    `${a.placed.body} body`,
    a.placed.faq && `${a.placed.faq} FAQ`,
    a.placed.table && `${a.placed.table} table`,
    a.placed.takeaway && `${a.placed.takeaway} takeaway`,
    `${a.dropped.words} dropped (${a.dropped.lines} line${a.dropped.lines === 1 ? '' : 's'})`,
  ].filter(Boolean);
  return `${a.wordsIn} words in: ${parts.join(', ')}`;
}
