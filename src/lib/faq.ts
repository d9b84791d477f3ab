import type { Faq } from './content.ts';
import { slugify } from './format.ts';
import { renderMarkdown } from './markdown.ts';

export interface FaqItem {
  /** Stable anchor: the question, slugified. Search and structured data link to it. */
  id: string;
  question: string;
  answerHtml: string;
}

/**
 * FAQ answers are Markdown without raw HTML: a stray "</script>" or "<!--" in a YAML
 * answer must show as text, not end an element or comment out the rest of the page.
 */
function withoutRawHtml(markdown: string): string {
  return markdown.replace(/</g, '&lt;');
}

export async function faqItems(faq: Faq): Promise<FaqItem[]> {
  return Promise.all(
    faq.data.items.map(async ({ question, answer }) => ({
      id: slugify(question),
      question,
      answerHtml: (await renderMarkdown(withoutRawHtml(answer))).trim(),
    })),
  );
}
