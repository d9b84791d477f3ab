/**
 * The one Markdown pipeline for text that lives in YAML or in a site text (FAQ answers,
 * corrections, updates, content/pages/*.md): Sätteri with the same plugins and options
 * as story bodies (src/lib/story-body.ts), so `--` and quotes come out the same everywhere. No raw HTML: `<` is escaped before rendering, and the
 * result is sanitised to the tags Markdown makes, with http(s) and mailto links only.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import sanitizeHtml from 'sanitize-html';
import { satteriHeadingLinks } from './mdx-policy.ts';

/** The plugins of Astro's Markdown pipeline (astro.config.mjs) and of every text field. */
export const MARKDOWN_PLUGINS = { mdastPlugins: [], hastPlugins: [satteriHeadingLinks] };

let processor: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** What Markdown text may become: prose, lists, quotes, links; nothing that runs or embeds. */
const TEXT_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'a',
    'em',
    'strong',
    'code',
    'ul',
    'ol',
    'li',
    'blockquote',
    'br',
    'h2',
    'h3',
    'h4',
    'del',
    'sup',
    'sub',
  ],
  allowedAttributes: { a: ['href', 'title'], h2: ['id'], h3: ['id'], h4: ['id'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Text inside anything dropped stays, escaped: nothing a writer typed is lost silently.
  disallowedTagsMode: 'escape',
};

/**
 * Markdown without raw HTML: a stray "</script>" or "<!--" in a YAML string must show as
 * text, not end an element or comment out the rest of the page.
 */
export async function renderMarkdownText(markdown: string): Promise<string> {
  processor ??= createSatteriMarkdownProcessor({ syntaxHighlight: false, ...MARKDOWN_PLUGINS });
  const { code } = await (await processor).render(markdown.replace(/\0/g, '').replace(/</g, '&lt;'));
  return sanitizeHtml(code, TEXT_POLICY).trim();
}
