/**
 * Renders the short Markdown strings that live in YAML (FAQ answers, corrections) with
 * Astro's own Markdown pipeline, so they come out like article prose.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/**
 * Markdown without raw HTML: a stray "</script>" or "<!--" in a YAML string must show as
 * text, not end an element or comment out the rest of the page.
 */
export function renderMarkdownText(markdown: string): Promise<string> {
  return renderMarkdown(markdown.replace(/</g, '&lt;')).then((html) => html.trim());
}

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await (await processor).render(markdown);
  return code;
}
