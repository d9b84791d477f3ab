/**
 * Renders the short Markdown strings that live in YAML (FAQ answers) with Astro's own
 * Markdown pipeline, so they come out exactly like article prose.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await (await processor).render(markdown);
  return code;
}
