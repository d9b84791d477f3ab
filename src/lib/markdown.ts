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

/**
 * How a text field's Markdown is read: GFM without footnotes, which a text cannot hold (its
 * notes section and ids would repeat on a page that shows several texts); `[^1]` stays as
 * typed. The linter reads texts with the same features (scripts/lib/lint/rules/mdx.ts).
 */
export const TEXT_FEATURES = { gfm: { footnotes: false } } as const;

/**
 * What a text field cannot show, made into what it can (the linter refuses both, so this
 * is for a text that reached the build anyway): an image becomes its description, since
 * a text has no image pipeline; a checklist's box, an unlabelled control no reader can
 * use, is left out.
 */
function textOnlyElements() {
  return {
    name: 'gigawatt-text-only',
    element: {
      filter: ['img', 'input'],
      visit(
        node: { tagName: string; properties?: Record<string, unknown> },
        ctx: {
          removeNode: (node: unknown) => void;
          replaceNode: (node: unknown, replacement: unknown) => void;
        },
      ): void {
        const alt = node.properties?.alt;
        if (node.tagName === 'img' && typeof alt === 'string' && alt.trim())
          ctx.replaceNode(node, { type: 'text', value: `[image: ${alt.trim()}]` });
        else ctx.removeNode(node);
      },
    },
  };
}

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
    'h5',
    'h6',
    'hr',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'del',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, ['id']])),
    th: ['align'],
    td: ['align'],
  },
  // Every element Markdown makes is allowed (a text's `#` heading goes under the page's own
  // h1), or replaced before (textOnlyElements): no tag Markdown made ever shows as text.
  transformTags: { h1: 'h2' },
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
  processor ??= createSatteriMarkdownProcessor({
    syntaxHighlight: false,
    ...MARKDOWN_PLUGINS,
    hastPlugins: [...MARKDOWN_PLUGINS.hastPlugins, textOnlyElements],
    features: TEXT_FEATURES,
  });
  const { code } = await (await processor).render(markdown.replace(/\0/g, '').replace(/</g, '&lt;'));
  return sanitizeHtml(code, TEXT_POLICY).trim();
}
