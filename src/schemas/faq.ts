import { z } from 'astro/zod';
import { FAQ_MIN_ITEMS } from '../lib/rules.ts';
import { text } from './fields.ts';

/** Schemes that run code or embed data: the one list for an FAQ answer's addresses. */
const SCRIPT_SCHEME = '\\s*<?\\s*(javascript|data|vbscript):';
/** A Markdown link or image, written inline, to such an address. */
export const SCRIPT_LINK_IN_MARKDOWN = new RegExp(`\\]\\(${SCRIPT_SCHEME}`, 'i');
/** Such an address on its own. */
export const SCRIPT_ADDRESS = new RegExp(`^${SCRIPT_SCHEME}`, 'i');

const item = z.object({
  question: text('question', 'the question as a reader would ask it, ending in "?"'),
  answer: text('answer', 'the answer in Markdown').refine((answer) => !SCRIPT_LINK_IN_MARKDOWN.test(answer), {
    error: 'answer links to a javascript:, data: or vbscript: address; link to an https:// page instead',
  }),
});

export const faqSchema = z
  .object({
    title: text('title', 'a title for this set of questions'),
    items: z
      .array(item, { error: 'items is missing: add at least two { question, answer } entries' })
      .min(FAQ_MIN_ITEMS, {
        error: `items needs at least ${FAQ_MIN_ITEMS} questions; an FAQ of one is a paragraph`,
      }),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, number>();
    data.items.forEach((entry, index) => {
      const key = entry.question.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'question'],
          message: `question ${index + 1} repeats question ${first + 1} ("${entry.question}"); each question must be unique`,
        });
      } else {
        seen.set(key, index);
      }
    });
  });
