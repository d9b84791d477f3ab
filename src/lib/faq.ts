import type { Faq } from './content.ts';
import { slugify } from './format.ts';
import { renderMarkdown } from './markdown.ts';

export interface FaqItem {
  /** Stable anchor: the question, slugified. Search and structured data link to it. */
  id: string;
  question: string;
  answerHtml: string;
}

export async function faqItems(faq: Faq): Promise<FaqItem[]> {
  return Promise.all(
    faq.data.items.map(async ({ question, answer }) => ({
      id: slugify(question),
      question,
      answerHtml: await renderMarkdown(answer),
    })),
  );
}
