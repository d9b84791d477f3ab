/**
 * A draft as a list of blocks (heading, paragraph, list, quote, table), whatever shape it
 * came in. Markdown is parsed by remark (remark-gfm for tables), HTML by rehype-parse and
 * rehype-remark into the same tree; plain text goes through the small classifier below,
 * the only hand-written parser here, which works on blocks of lines, never on the whole
 * text joined together.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultHandlers, toMdast } from 'hast-util-to-mdast';
import type { Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { htmlTagNames } from 'html-tag-names';
import { toHast } from 'mdast-util-to-hast';
import { isSafeLink } from '../../../src/lib/mdx-policy.ts';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { count } from '../../../src/lib/format.ts';
import { FRONTMATTER } from '../../../src/lib/rules.ts';
import { furnitureOf } from './furniture.ts';

export interface Block {
  kind: 'heading' | 'paragraph' | 'list' | 'quote' | 'table' | 'image';
  /** Plain text: what is classified and counted. For a table, its cells joined. */
  text: string;
  /** The block as Markdown, ready for an MDX body (MDX-escaped). Headings: their text. */
  markdown: string;
  /** A paragraph's text without its footnote markers: what a dek copied from it shows. */
  prose?: string;
  /** Header row first. */
  rows?: string[][];
  /** 1-based line in the draft, where known. */
  line?: number;
  /** Set by the parser when the draft said so itself (a Markdown or HTML heading). */
  explicitHeading?: boolean;
  /** A web page's standfirst (its subtitle or dek, marked so by its class): the dek, if it fits. */
  standfirst?: boolean;
  depth?: number;
}

/**
 * `{`, `}` and `<` would be read as MDX syntax; a line starting "import"/"export" as ESM.
 * Escaped here so a writer's words stay words (issue: MDX is code).
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/\\?</g, '&lt;')
    .replace(
      /^(import|export)(\s)/gm,
      (_, word: string, space: string) => `&#${word.charCodeAt(0)};${word.slice(1)}${space}`,
    );
}

const stringify = unified().use(remarkGfm).use(remarkStringify, {
  // [text](url), never <url>: an autolink is raw HTML to MDX.
  resourceLink: true,
  bullet: '-',
  emphasis: '_',
  rule: '-',
});

/**
 * A tree rewritten node by node, children first: `replace` gives a node's replacement (none,
 * one or several nodes), or undefined to keep it. Each rewrite below is one rule over one walk.
 */
function rewrite(
  nodes: RootContent[],
  replace: (node: RootContent) => RootContent[] | undefined,
): RootContent[] {
  return nodes.flatMap((node) => {
    const walked =
      'children' in node
        ? ({ ...node, children: rewrite(node.children as RootContent[], replace) } as RootContent)
        : node;
    return replace(walked) ?? [walked];
  });
}

/** A link to an anchor in the draft itself: a story page has none of the draft's anchors. */
/** The arrows a footnote's link back to its marker shows (↑ ↩ ⤴ ^, as emoji or text): no words. */
const BACK_ARROWS = /[↑↩⤴^\uFE0E\uFE0F]/gu;

const isWithinDraft = (url: string) => url.startsWith('#');

/**
 * What a story body may hold of a draft's markup. Code becomes plain text: escapeMdx's
 * `&lt;` is not decoded inside a code span or fence, so a reader would see "&lt;div>" (and
 * a news page shows no code). A link that would run script (`javascript:`, `data:`)
 * becomes its words: the story's MDX policy refuses it. Words always stay.
 */
const asStoryMarkup = (nodes: RootContent[]): RootContent[] =>
  rewrite(nodes, (node) => {
    if (node.type === 'inlineCode') return [{ type: 'text', value: node.value }];
    if (node.type === 'code') return [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }];
    if (node.type !== 'link') return undefined;
    if (!isSafeLink(node.url)) return node.children;
    // A link within the draft (a footnote's: Word's #_ftn1, Google Docs' #ftnt1, mammoth's
    // #footnote-1, pandoc's #fn1, Substack's #footnote-anchor-1, and the notes' links back)
    // points at an anchor a story page does not have. Its words stay as text (a marker's
    // number bracketed already, `withBracketedMarkers`); a back link's arrow goes (no word).
    if (isWithinDraft(node.url)) {
      if (!textOf(node).replace(BACK_ARROWS, '').trim()) return [];
      return node.children;
    }
    return [{ ...node, url: unwrapRedirect(node.url) }];
  });

/**
 * A footnote marker's bare number ("years<a href="#fn1">1</a>") bracketed, "[1]", before the
 * draft's words are read: as "years1" it would be one word in the draft and two in the story
 * (and "paragraph.1" would read as part of the sentence).
 */
const withBracketedMarkers = (node: RootContent): RootContent =>
  rewrite([node], (child) => {
    if (child.type !== 'link' || !isWithinDraft(child.url)) return undefined;
    const text = textOf(child).trim();
    return /^\d{1,3}$/.test(text)
      ? [{ ...child, children: [{ type: 'text', value: `[${text}]` }] }]
      : undefined;
  })[0]!;

/**
 * A link through a redirector goes to its target: Google Docs writes every link as
 * https://www.google.com/url?q=<target>&sa=…, Outlook as …safelinks.protection.outlook.com/?url=<target>.
 */
export function unwrapRedirect(url: string): string {
  try {
    const parsed = new URL(url);
    const target =
      /^(www\.)?google\.[a-z.]+$/.test(parsed.hostname) && parsed.pathname === '/url'
        ? parsed.searchParams.get('q')
        : parsed.hostname.endsWith('.safelinks.protection.outlook.com')
          ? parsed.searchParams.get('url')
          : null;
    return target && /^https?:\/\//i.test(target) ? target : url;
  } catch {
    return url;
  }
}

/**
 * A paragraph or heading without the space that ended it before a link was taken out (a
 * footnote's back arrow): remark would write it as "&#x20;".
 */
const withoutTrailingSpace = (nodes: RootContent[]): RootContent[] =>
  rewrite(nodes, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    const last = node.children.at(-1);
    if (last?.type !== 'text' || !/\s$/.test(last.value)) return undefined;
    return [{ ...node, children: [...node.children.slice(0, -1), { ...last, value: last.value.trimEnd() }] }];
  });

function toMarkdown(node: RootContent): string {
  const root: Root = { type: 'root', children: withoutTrailingSpace(asStoryMarkup([node])) };
  return escapeMdx(stringify.stringify(root).trim());
}

/** Inline content without links to anchors within the draft (footnote markers, back arrows). */
const withoutDraftLinks = (children: PhrasingContent[]): PhrasingContent[] =>
  children.filter((child) => child.type !== 'link' || !isWithinDraft(child.url));

/**
 * A paragraph's inline content without its images (each becomes a block of its own), and
 * without the second space an image between two words leaves ("agreed  to").
 */
function withoutImages(children: PhrasingContent[]): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  let removed = false;
  for (const child of children) {
    if (child.type === 'image') {
      removed = true;
      continue;
    }
    const before = kept.at(-1);
    if (removed && child.type === 'text' && before?.type === 'text' && /\s$/.test(before.value))
      kept.push({ ...child, value: child.value.replace(/^\s+/, '') });
    else kept.push(child);
    removed = false;
  }
  return kept;
}

/** Nodes without raw HTML, at any depth. */
const withoutHtml = (nodes: RootContent[]): RootContent[] =>
  rewrite(nodes, (node) => (node.type === 'html' ? [] : undefined));

const HTML_ELEMENTS = new Set(htmlTagNames);

/**
 * Raw HTML a writer meant as markup: a comment, or tags that all name HTML elements. "code
 * like <tag>" in a Markdown draft is the writer's text, not an element to unwrap.
 */
const isMarkup = (raw: string): boolean =>
  /^\s*<!--/.test(raw) ||
  [...raw.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].every(([, name]) => HTML_ELEMENTS.has(name!.toLowerCase()));

/**
 * A text draft's HTML tags (a paste from a CMS's source view: `<b>grid</b>`): the words are
 * kept, the tags that name HTML elements go (`<br>` as a space), and the rest stays text
 * ("latency < 5 ms", "a <foo>"). Returns the tags taken, for the writer's note.
 */
export function textWithoutTags(text: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  const clean = text.replace(/<(\/?)([a-zA-Z][\w-]*)\b[^<>\n]*>/g, (tag, _close: string, name: string) => {
    if (!HTML_ELEMENTS.has(name.toLowerCase())) return tag;
    tags.push(tag);
    return name.toLowerCase() === 'br' ? ' ' : '';
  });
  return { text: clean, tags };
}

/** Raw HTML that is not markup (isMarkup) becomes text, kept as the writer typed it. */
const unknownTagsAsText = (nodes: RootContent[]): RootContent[] =>
  rewrite(nodes, (node) =>
    node.type === 'html' && !isMarkup(node.value)
      ? [{ type: 'text', value: node.value, position: node.position }]
      : undefined,
  );

const hasHtml = (node: RootContent): boolean =>
  node.type === 'html' || ('children' in node && (node.children as RootContent[]).some(hasHtml));

/**
 * Raw HTML in a Markdown draft (a WordPress or Ghost export's `<b>`, `<a href>`, `<br>`,
 * `<table>`), read as HTML: the node goes to HTML (mdast-util-to-hast), its raw parts are
 * parsed in place (hast-util-raw) and the whole comes back as Markdown (hast-util-to-mdast),
 * so `<b>2 GW</b>` is bold, not the visible text "<b>2 GW</b>". Script and style go with
 * their contents, as in an HTML draft. Each node keeps the draft's line. Tags that name no
 * HTML element stay text (unknownTagsAsText).
 */
function htmlAsMarkdown(node: RootContent, stripped: Stripped): RootContent[] {
  const hast = raw({ type: 'root', children: [toHast(node, { allowDangerousHtml: true }) as never] });
  stripChrome(hast as HastRoot, stripped);
  // What comes back as raw HTML still is a comment (`<!-- wp:paragraph -->`): no words.
  return withoutHtml((toMdast(hast) as Root).children).map((child) => ({
    ...child,
    position: node.position,
  }));
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Nodes whose text is read as a block of its own: their children are apart by a line. */
const BLOCK_PARENTS = new Set([
  'root',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'footnoteDefinition',
]);

/**
 * A node's text as a reader sees it: no markup, raw HTML left out, line breaks, list items
 * and table cells apart. (mdast-util-to-string runs them together: "500 MW" ending one list
 * item and "Phase two" starting the next read as the word "MWPhase".)
 */
export function textOf(node: Nodes): string {
  if (node.type === 'html') return '';
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(textOf);
  return parts.join(BLOCK_PARENTS.has(node.type) ? '\n' : '');
}

/** A node's words as a reader sees them: no markup, no raw HTML tags. */
const wordsOf = (node: Nodes): string => textOf(node).trim();

/** The text of Markdown as a reader sees it: no markup, and no embeds or raw HTML. */
export function plainOfMarkdown(text: string): string {
  return textOf(markdownParser.runSync(markdownParser.parse(text)) as Root);
}

function tableRows(table: Table): string[][] {
  const rows = table.children.map((row) =>
    row.children.map((cell) =>
      textOf(cell)
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    ),
  );
  // An HTML or .docx table with no <thead> comes through with an empty header row: the
  // first real row is the header.
  while (rows.length > 1 && rows[0]!.every((cell) => !cell)) rows.shift();
  return rows;
}

/** A paragraph that is all bold and short: doc editors' way of writing a subhead. */
function isBoldLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const [only] = node.children;
  return (
    only!.type === 'strong' && textOf(only!).split(/\s+/).length <= 14 && !/[.;,]$/.test(textOf(only!).trim())
  );
}

/**
 * `markdownHtml`: the tree is Markdown, and raw HTML in it is read as HTML (htmlAsMarkdown),
 * what it strips put in `markdownHtml`.
 */
function blocksOfTree(tree: Root, markdownHtml?: Stripped): Block[] {
  const blocks: Block[] = [];
  const visit = (given: RootContent) => {
    const node = withBracketedMarkers(markdownHtml ? unknownTagsAsText([given])[0]! : given);
    if (markdownHtml && hasHtml(node)) {
      for (const child of htmlAsMarkdown(node, markdownHtml)) visit(child);
      return;
    }
    const line = node.position?.start.line;
    switch (node.type) {
      case 'heading':
        blocks.push({
          kind: 'heading',
          // A headline's `<b>` in a Markdown draft is markup, not words of the headline.
          text: wordsOf(node),
          markdown: '',
          depth: node.depth,
          line,
          explicitHeading: true,
        });
        return;
      case 'paragraph': {
        const images = node.children.filter((child) => child.type === 'image');
        for (const image of images) {
          blocks.push({
            kind: 'image',
            text: image.type === 'image' ? (image.alt ?? '') : '',
            markdown: image.type === 'image' ? image.url : '',
            line,
          });
        }
        const rest = { ...node, children: withoutImages(node.children) };
        const text = textOf(rest).trim();
        if (!text) return;
        if (isBoldLine(node))
          blocks.push({
            kind: 'heading',
            text: wordsOf(rest),
            markdown: '',
            depth: 2,
            line,
            explicitHeading: true,
          });
        else
          blocks.push({
            kind: 'paragraph',
            text,
            markdown: toMarkdown(rest),
            prose: textOf({ ...rest, children: withoutDraftLinks(rest.children) }).trim(),
            line,
            ...((node.data as { standfirst?: boolean } | undefined)?.standfirst && { standfirst: true }),
          });
        return;
      }
      // An image on its own (an HTML <img> block read as HTML comes back outside a paragraph).
      case 'image':
        blocks.push({ kind: 'image', text: node.alt ?? '', markdown: node.url, line });
        return;
      case 'list':
        blocks.push({
          kind: 'list',
          text: node.children.map((item) => textOf(item).trim()).join('\n'),
          markdown: toMarkdown(node),
          line,
        });
        return;
      case 'blockquote':
        blocks.push({ kind: 'quote', text: textOf(node).trim(), markdown: toMarkdown(node), line });
        return;
      case 'table': {
        const rows = tableRows(node);
        blocks.push({ kind: 'table', text: rows.flat().join(' '), markdown: toMarkdown(node), rows, line });
        return;
      }
      case 'code':
        blocks.push({ kind: 'paragraph', text: node.value, markdown: toMarkdown(node), line });
        return;
      // Raw HTML is read as HTML first (htmlAsMarkdown); an HTML draft's tree has none.
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return;
      default: {
        // Anything else with children (footnotes, html wrappers): its blocks, in order.
        if ('children' in node)
          for (const child of (node as { children: RootContent[] }).children) visit(child);
        else {
          const text = textOf(node as Nodes).trim();
          if (text) blocks.push({ kind: 'paragraph', text, markdown: escapeMdx(text), line });
        }
      }
    }
  };
  for (const node of tree.children) visit(node);
  return blocks;
}

/**
 * Reference links and images (`[filing][1]` with `[1]: https://…` below) as the links and
 * images they stand for: the definitions are not written, so a reference left as it was would
 * read "[filing][1]". Footnotes as a Word draft's come through (mammoth's HTML): a marker is a
 * link within the draft (`[1]` in the story, left out of a dek copied from its paragraph), and
 * each note a numbered list item where the draft had it. Numbered as GitHub shows them, by
 * first marker; a note no marker calls comes after.
 */
function resolveReferences(tree: Root, stripped: Stripped): Root {
  const definition = definitions(tree);
  // A note with no words (`[^1]:` and nothing after): its markers and the note are left out,
  // once said, so the story shows no empty item and no marker that leads nowhere.
  const empty = new Set<string>();
  rewrite(tree.children, (node) => {
    if (node.type === 'footnoteDefinition' && !textOf(node).trim()) {
      empty.add(node.identifier);
      stripped.chrome.push({
        text: `[^${node.label ?? node.identifier}]`,
        reason: EMPTY_NOTE_REASON,
      });
    }
    return undefined;
  });
  const numbers = new Map<string, number>();
  const numberOf = (identifier: string) => {
    if (!numbers.has(identifier)) numbers.set(identifier, numbers.size + 1);
    return numbers.get(identifier)!;
  };
  const markers = rewrite(tree.children, (node) => {
    if (node.type === 'footnoteReference' && empty.has(node.identifier)) return [];
    if (node.type === 'footnoteReference')
      return [
        {
          type: 'link',
          url: `#fn${numberOf(node.identifier)}`,
          children: [{ type: 'text', value: `[${numberOf(node.identifier)}]` }],
          position: node.position,
        },
      ] as RootContent[];
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return undefined;
    const found = definition(node.identifier);
    if (node.type === 'imageReference')
      return found ? [{ type: 'image', url: found.url, alt: node.alt, position: node.position }] : [];
    return found
      ? [{ type: 'link', url: found.url, children: node.children, position: node.position }]
      : node.children;
  });
  const children = rewrite(markers, (node) =>
    node.type === 'footnoteDefinition' && empty.has(node.identifier)
      ? []
      : node.type === 'footnoteDefinition'
        ? [
            {
              type: 'list',
              ordered: true,
              start: numberOf(node.identifier),
              spread: false,
              children: [{ type: 'listItem', spread: false, children: node.children }],
              position: node.position,
            },
          ]
        : undefined,
  );
  return { ...tree, children };
}

const EMPTY_NOTE_REASON = 'a footnote whose note is empty: its marker and note are left out';
const TASK_REASON = "a checklist item (a task list, `- [ ]`): an editor's to-do, not the story";

/**
 * A task list's items (`- [ ] check the figure`, or an HTML list of checkboxes) are a desk's
 * to-do list, not the story (a story page shows no checkboxes): each item is dropped with
 * its reason, and a list left with no item goes.
 */
function withoutTaskItems(tree: Root, stripped: Stripped): Root {
  const children = rewrite(tree.children, (node) => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) stripped.chrome.push({ text, reason: TASK_REASON });
      return [];
    }
    return node.type === 'list' && node.children.length === 0 ? [] : undefined;
  });
  return { ...tree, children };
}

const FRONT_MATTER_REASON =
  "the draft's own front matter (its editor's or CMS's fields): the story's fields are set in its frontmatter";

/**
 * A Markdown draft from a static-site CMS, Obsidian or a newsroom's repository starts with
 * YAML front matter, which Markdown alone reads as a rule and a heading. Its lines are
 * dropped, each with its reason, and left blank so the draft's lines keep their numbers.
 */
function withoutFrontMatter(markdown: string, stripped: Stripped): string {
  const match = FRONTMATTER.exec(markdown);
  if (!match) return markdown;
  for (const line of match[1]!.split(/\r?\n/))
    if (line.trim()) stripped.chrome.push({ text: line.trim(), reason: FRONT_MATTER_REASON });
  return `${match[0].replace(/[^\n]/g, '')}${markdown.slice(match[0].length)}`;
}

export function blocksFromMarkdown(markdown: string): { blocks: Block[] } & Stripped {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const stripped = nothingStripped();
  const text = withoutFrontMatter(markdown, stripped);
  const tree = resolveReferences(processor.runSync(processor.parse(text)) as Root, stripped);
  return { blocks: blocksOfTree(withoutTaskItems(tree, stripped), stripped), ...stripped };
}

/** Elements a page wraps around an article: their text is reported as dropped, not imported. */
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'header', 'button', 'noscript', 'iframe', 'svg']);
/** Elements that hold code, not words: left out whole, and said so. */
const CODE = new Set(['script', 'style', 'template']);

/** A line of the draft left out of the story, and why: the import report lists each. */
export interface Dropped {
  text: string;
  reason: string;
}

const CHROME_REASON = 'page navigation, header or footer';
/** A web page's sidebar, or a callout in a Notion or Markdown draft: said so, with the way back. */
const ASIDE_REASON =
  'a sidebar or callout (<aside>), not the running text: if it belongs to the story, add it back inside <Callout>…</Callout>';
const COMMENT_REASON = "a reviewer's comment on the .docx (Word's Review > Comments), not the story";

/** What an HTML tree loses before it becomes Markdown. */
export interface Stripped {
  /**
   * The text of its page chrome, of Word's comments and of checklist items, line by line:
   * dropped, with the reason.
   */
  chrome: Dropped[];
  /** Elements of code left out, by tag: how many, and their lines. */
  code: Map<string, { elements: number; lines: number }>;
  /** The page's <title> (the browser tab's, often the headline with the outlet's name). */
  pageTitles: string[];
}

const nothingStripped = (): Stripped => ({ chrome: [], code: new Map(), pageTitles: [] });

/** What the writer is told of the code and page title left out: one line, or none. */
export function leftOutNote({ code, pageTitles }: Stripped): string | undefined {
  const parts = [...code].map(
    ([tag, { elements, lines }]) =>
      `${count(elements, `<${tag}> element`)} (${count(lines, 'line')} of code)`,
  );
  if (pageTitles.length) parts.push(`the page title ${pageTitles.map((t) => `"${t}"`).join(', ')}`);
  return parts.length ? `Left out, as no part of a story: ${parts.join(', ')}.` : undefined;
}

/** mammoth's list of Word's comments: `<dl>` of `<dt id="comment-N">` and their `<dd>`. */
function isCommentList(element: { children?: unknown[] }): boolean {
  return (element.children ?? []).some((child) => {
    const dt = child as { tagName?: string; properties?: { id?: unknown } };
    return dt.tagName === 'dt' && /^comment-\d/.test(String(dt.properties?.id ?? ''));
  });
}

/** Takes page chrome and code out of an HTML tree before it becomes Markdown. */
function stripChrome(node: { children?: unknown[] }, stripped: Stripped, inArticle = false): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => {
    const element = child as { type: string; tagName?: string; children?: unknown[] };
    // A comment holds no words of the story (Word's conditional comments hold its settings).
    if (element.type === 'comment') return false;
    // Word's comments, as mammoth writes them (read.ts maps them in): the marker goes, and
    // each comment's text is dropped with its reason.
    const { properties } = element as { properties?: { id?: unknown } };
    if (element.tagName === 'a' && /^comment-ref-/.test(String(properties?.id ?? ''))) return false;
    if (element.tagName === 'dl' && isCommentList(element)) {
      for (const entry of element.children ?? []) {
        const item = entry as typeof element;
        if (item.tagName !== 'dd') continue;
        // The back link's arrow is no word.
        const lines = textOfHast(item)
          .replace(/↑/g, '')
          .split(/\n+/)
          .map((l) => l.trim());
        stripped.chrome.push(...lines.filter(Boolean).map((text) => ({ text, reason: COMMENT_REASON })));
      }
      return false;
    }
    if (element.type === 'element' && element.tagName && CODE.has(element.tagName)) {
      // A <template>'s children are in its `content` fragment.
      const { content } = element as { content?: typeof element };
      const text = textOfHast(content ?? element).trim();
      const seen = stripped.code.get(element.tagName) ?? { elements: 0, lines: 0 };
      seen.elements++;
      seen.lines += text ? text.split('\n').length : 0;
      stripped.code.set(element.tagName, seen);
      return false;
    }
    if (element.type === 'element' && element.tagName === 'title') {
      const text = textOfHast(element).trim();
      if (text) stripped.pageTitles.push(text);
      return false;
    }
    // An article's own <header> holds its headline and standfirst (Medium's export, a CMS's
    // page), not the site's menu: it is read as the story's.
    const articleHeader = inArticle && element.tagName === 'header';
    if (element.type === 'element' && element.tagName && CHROME.has(element.tagName) && !articleHeader) {
      const text = textOfHast(element).trim();
      if (text)
        stripped.chrome.push(
          ...text
            .split(/\n+/)
            .map((l) => l.trim())
            // A menu's separators ("›", "|") are no words.
            .filter((l) => /[\p{L}\p{N}]/u.test(l))
            .map((line) => ({
              text: line,
              reason: element.tagName === 'aside' ? ASIDE_REASON : CHROME_REASON,
            })),
        );
      return false;
    }
    stripChrome(element, stripped, inArticle || element.tagName === 'article');
    return true;
  });
}

/**
 * The classes web pages and newsletter exports give the line under the headline that sums
 * the story up: Substack's `<h3 class="subtitle">`, Medium's `graf--subtitle`, a news CMS's
 * `standfirst`, `dek` or `deck`, WordPress's `entry-subtitle`, Ghost's `article-excerpt`.
 */
const STANDFIRST_CLASS = /^(.*[-_])?(subtitle|sub-title|standfirst|dek|deck|strapline|excerpt)$/i;

/** Elements that hold blocks, not a line of text. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'blockquote',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** An HTML element's classes. */
const classesOf = (element: Element): string[] => [element.properties?.className ?? []].flat().map(String);

/** An element of phrasing only (no paragraphs, lists or tables inside): one line of text. */
const PHRASING_ONLY = (element: Element) =>
  element.children.every((child) => child.type !== 'element' || !BLOCK_TAGS.has(child.tagName));

/**
 * Each standfirst as a paragraph marked as one (a heading would be read as the story's first
 * section, as Substack's subtitle was): the plan takes it as the dek when it fits.
 */
function markStandfirsts(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const classes = classesOf(child);
    if (
      /^(p|div|h[1-6])$/.test(child.tagName) &&
      classes.some((name) => STANDFIRST_CLASS.test(name)) &&
      PHRASING_ONLY(child)
    ) {
      child.tagName = 'p';
      child.properties = { ...child.properties, dataStandfirst: true };
    } else markStandfirsts(child);
  }
}

const hasClass = (node: { type: string }, name: string): node is Element =>
  node.type === 'element' && classesOf(node as Element).includes(name);

/**
 * A draft's footnotes in the markup of the tool it came from, found here: its number and the
 * note's content. Substack writes `<div class="footnote">` holding its number as a link and a
 * `footnote-content`; Google Docs and Word's "Save as Web Page" write each note (after an
 * `<hr>`) as a `<div>` of paragraphs, or a paragraph, that starts with a link back to its
 * marker: `<a href="#ftnt_ref1" id="ftnt1">[1]</a>`, `<a href="#_ftnref1" name="_ftn1">`.
 */
function noteOf(
  element: Element,
): { number: number; id: string | undefined; children: ElementContent[] } | undefined {
  if (classesOf(element).includes('footnote')) {
    const content = element.children.find((c) => hasClass(c, 'footnote-content'));
    const link = element.children.find((c) => hasClass(c, 'footnote-number'));
    const number = Number(textOfHast(link ?? element));
    const id = String(link?.properties?.id ?? '') || undefined;
    return content && Number.isInteger(number) ? { number, id, children: content.children } : undefined;
  }
  if (element.tagName !== 'div' && element.tagName !== 'p') return undefined;
  const back = leadingBackLink(element);
  if (!back) return undefined;
  const number = Number(/^\[(\d{1,3})\]$/.exec(textOfHast(back.link).trim())?.[1]);
  if (!Number.isInteger(number)) return undefined;
  back.parent.children.splice(back.parent.children.indexOf(back.link), 1);
  trimLeadingSpace(element);
  // Word names its anchors (name="_ftn1"); Google Docs gives them ids.
  const id = String(back.link.properties?.id ?? back.link.properties?.name ?? '') || undefined;
  return { number, id, children: element.children };
}

/** The link back to its marker a Google Docs or Word note starts with (nothing but spaces before it). */
function leadingBackLink(element: Element): { link: Element; parent: Element } | undefined {
  for (const child of element.children) {
    if (child.type === 'text' && !child.value.trim()) continue;
    if (child.type !== 'element') return undefined;
    if (child.tagName === 'a') {
      const href = String(child.properties?.href ?? '');
      return /^#(?:ftnt_ref|_ftnref)\d+$/.test(href) ? { link: child, parent: element } : undefined;
    }
    return /^(p|span|sup)$/.test(child.tagName) ? leadingBackLink(child) : undefined;
  }
  return undefined;
}

/** The spaces (a non-breaking one, as Google Docs writes) that led up to a removed back link. */
function trimLeadingSpace(node: Element): boolean {
  for (const child of node.children) {
    if (child.type === 'text') {
      child.value = child.value.replace(/^[\s\u00A0]+/, '');
      if (child.value) return true;
    } else if (child.type === 'element' && trimLeadingSpace(child)) return true;
  }
  return false;
}

/**
 * A note of one paragraph as its text: a <p> inside the item would make the list of notes a
 * loose one (a blank line between notes). A note of several paragraphs keeps them.
 */
function withoutLonePara(children: ElementContent[]): ElementContent[] {
  const blocks = children.filter((c) => c.type !== 'text' || c.value.trim());
  const [only] = blocks;
  return blocks.length === 1 && only?.type === 'element' && only.tagName === 'p' ? only.children : children;
}

/**
 * A draft's footnotes (noteOf), a run of them made one numbered list, as a Word draft's notes
 * come; the rule (`<hr>`) Google Docs puts above them goes with them. Before, each number was
 * a paragraph of its own above its note (Substack), or "[1]" began the note's text (Google
 * Docs, Word's web page). Hand-written: no rehype plugin reads these tools' markup.
 */
function draftNotes(node: HastRoot | Element): void {
  const children: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    const note = child.type === 'element' ? noteOf(child) : undefined;
    if (note) {
      const item: Element = {
        type: 'element',
        tagName: 'li',
        properties: note.id ? { id: note.id } : {},
        children: withoutLonePara(note.children),
      };
      // Whitespace between two notes is no word: the run goes on.
      while (children.at(-1)?.type === 'text' && !(children.at(-1) as { value: string }).value.trim())
        children.pop();
      const last = children.at(-1);
      if (last?.type === 'element' && last.tagName === 'ol' && last.properties?.dataDraftNotes)
        last.children.push(item);
      else {
        if (last?.type === 'element' && last.tagName === 'hr') children.pop();
        children.push({
          type: 'element',
          tagName: 'ol',
          properties: { start: note.number, dataDraftNotes: true },
          children: [item],
        });
      }
      continue;
    }
    if (child.type === 'element') draftNotes(child);
    children.push(child);
  }
  node.children = children;
}

/**
 * A note's id, as the tools write them: mammoth's `footnote-1` and `endnote-1`, pandoc's
 * `fn1`, Google Docs' `ftnt1`, Word's `_ftn1` and `_edn1`.
 */
const NOTE_ID = /^(?:(?:foot|end)note-|fn|ftnt|_?ftn|_?edn)\d+$/;

/** A note's words: its text without the arrows that link back to its marker. */
const noteWords = (node: Parameters<typeof textOfHast>[0]) =>
  textOfHast(node).replace(BACK_ARROWS, '').trim();

/**
 * A note with no words (Word's, or Google Docs', left empty): the note and the markers that
 * call it (links to its id) are left out, once said, so the story shows no empty item and no
 * marker that leads nowhere. A Markdown draft's are left out the same way (resolveReferences).
 */
function withoutEmptyNotes(tree: HastRoot, stripped: Stripped): void {
  const empty = new Set<string>();
  const notes = (node: HastRoot | Element): void => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const id = String(child.properties?.id ?? '');
      if (child.tagName === 'li' && NOTE_ID.test(id) && !noteWords(child)) {
        empty.add(id);
        return false;
      }
      notes(child);
      // A list of nothing but empty notes goes with them.
      return !(child.tagName === 'ol' && child.children.every((c) => c.type === 'text' && !c.value.trim()));
    }) as typeof node.children;
  };
  notes(tree);
  if (!empty.size) return;
  const markers = (node: HastRoot | Element): void => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const href = String(child.properties?.href ?? '');
      if (child.tagName === 'a' && href.startsWith('#') && empty.has(href.slice(1))) {
        stripped.chrome.push({ text: textOfHast(child).trim(), reason: EMPTY_NOTE_REASON });
        return false;
      }
      markers(child);
      // A <sup> that held only the marker goes with it.
      return !(child.tagName === 'sup' && !textOfHast(child).trim());
    }) as typeof node.children;
  };
  markers(tree);
}

/** Bold and italic in a CSS declaration list (`font-weight:700;font-style:italic`). */
function emphasisOf(declarations: string): { bold?: boolean; italic?: boolean } {
  const weight = /(?:^|;)\s*font-weight\s*:\s*([\w]+)/i.exec(declarations)?.[1]?.toLowerCase();
  const style = /(?:^|;)\s*font-style\s*:\s*(\w+)/i.exec(declarations)?.[1]?.toLowerCase();
  return {
    bold:
      weight === undefined ? undefined : weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
    italic: style === undefined ? undefined : style === 'italic' || style === 'oblique',
  };
}

/**
 * Bold and italic written as styles, not tags, become <strong> and <em>: a Google Docs HTML
 * export sets them on `<span class="c7">` through its stylesheet (`.c7{font-weight:700}`),
 * and text copied from Google Docs inline (`style="font-style:italic"`), wrapping it all in a
 * `<b style="font-weight:normal">` that is no bold at all. A heading's or a table header's
 * own boldness is its style, not emphasis. Hand-written: Google's stylesheet is flat rules of
 * one class each, and two properties are read; no rehype plugin turns styles into tags.
 */
function styledEmphasis(tree: HastRoot): void {
  const classes = new Map<string, { bold?: boolean; italic?: boolean }>();
  const sheets = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'style')
        for (const [, name, body] of textOfHast(child).matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g))
          classes.set(name!, emphasisOf(body!));
      else sheets(child);
    }
  };
  sheets(tree);
  const walk = (node: HastRoot | Element): void => {
    const out: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      out.push(child);
      if (child.type !== 'element' || /^(h[1-6]|th|style|script)$/.test(child.tagName)) continue;
      walk(child);
      const own = emphasisOf(String(child.properties?.style ?? ''));
      const fromClasses = classesOf(child).map((name) => classes.get(name) ?? {});
      const bold = own.bold ?? fromClasses.findLast((c) => c.bold !== undefined)?.bold;
      const italic = own.italic ?? fromClasses.findLast((c) => c.italic !== undefined)?.italic;
      if ((child.tagName === 'b' || child.tagName === 'strong') && bold === false) child.tagName = 'span';
      if (child.tagName !== 'span' || !(bold || italic) || !textOfHast(child).trim()) continue;
      // "**300 MW **to": the spaces at its edges go outside (Markdown would write "&#x20;").
      const [first, last] = [child.children[0], child.children.at(-1)];
      const lead = first?.type === 'text' ? /^\s*/.exec(first.value)![0] : '';
      const trail = last?.type === 'text' ? /\s*$/.exec(last.value)![0] : '';
      if (first?.type === 'text') first.value = first.value.slice(lead.length);
      if (last?.type === 'text') last.value = last.value.slice(0, last.value.length - trail.length);
      if (lead) out.splice(-1, 0, { type: 'text', value: lead });
      if (trail) out.push({ type: 'text', value: trail });
      if (bold && italic)
        child.children = [{ type: 'element', tagName: 'em', properties: {}, children: child.children }];
      child.tagName = bold ? 'strong' : 'em';
    }
    node.children = out as typeof node.children;
  };
  walk(tree);
}

/**
 * Google Docs' Title paragraph (`<p class="title">`) is the draft's headline, when the draft
 * has no <h1>: it was read as a line of the body.
 */
function docsTitle(tree: HastRoot): void {
  let title: Element | undefined;
  let h1 = false;
  const find = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'h1') h1 = true;
      if (!title && child.tagName === 'p' && classesOf(child).includes('title') && PHRASING_ONLY(child))
        title = child;
      find(child);
    }
  };
  find(tree);
  if (title && !h1) title.tagName = 'h1';
}

/** A list item's own paragraphs (not those of a list nested in it), in a wrapper or not. */
const holdsParagraph = (node: Element): boolean =>
  node.children.some(
    (child) =>
      child.type === 'element' &&
      (child.tagName === 'p' || (!/^[ou]l$/.test(child.tagName) && holdsParagraph(child))),
  );

export function blocksFromHtml(html: string): { blocks: Block[] } & Stripped {
  const stripped = nothingStripped();
  const processor = unified()
    .use(rehypeParse)
    .use(() => (tree) => {
      docsTitle(tree as HastRoot); // before: a title's own bold is no emphasis
      styledEmphasis(tree as HastRoot);
      wordLists(tree as HastRoot);
      googleDocsLists(tree as HastRoot);
      stripChrome(tree as { children?: unknown[] }, stripped);
      draftNotes(tree as HastRoot);
      withoutEmptyNotes(tree as HastRoot, stripped);
      markStandfirsts(tree as HastRoot);
    })
    .use(rehypeRemark, {
      handlers: {
        // A marked standfirst keeps its mark on the Markdown paragraph it becomes.
        p: (state, node) => {
          const paragraph = defaultHandlers.p(state, node);
          if (paragraph && !Array.isArray(paragraph) && node.properties?.dataStandfirst)
            paragraph.data = { ...paragraph.data, standfirst: true } as never;
          return paragraph;
        },
        // An item is loose only when it holds paragraphs (<li><p>…), as HTML writes a loose
        // list. hast-util-to-mdast also reads a nested list of two items as blocks that make
        // the item loose: Word's, Google Docs' and mammoth's nested lists came out with a
        // blank line between every item.
        li: (state, node) => {
          const item = defaultHandlers.li(state, node);
          if (!holdsParagraph(node)) item.spread = false;
          return item;
        },
      },
    })
    .use(remarkGfm);
  const tree = processor.runSync(processor.parse(html)) as Root;
  return { blocks: blocksOfTree(withoutTaskItems(tree, stripped)), ...stripped };
}

/**
 * Word's "Save as Web Page" writes a list as paragraphs styled `mso-list`, each starting
 * with its bullet or number as text for browsers without lists (between
 * `<![if !supportLists]>` and `<![endif]>`, which HTML reads as comments). Those runs become
 * lists again (numbered when the fallback was "1." or "a)"), without the fallback's "·",
 * nested as Word indented them (`mso-list:l0 level2`: a list inside the item above).
 * Hand-written: no rehype plugin reads Word's list markup.
 */
function wordLists(node: HastRoot | Element): void {
  const out: ElementContent[] = [];
  // The open list at each level (index 0: level 1), while a run of list paragraphs lasts.
  let open: Element[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element') wordLists(child);
    const style = child.type === 'element' ? String(child.properties.style ?? '') : '';
    const mso = /mso-list:\s*l\d+(?:\s+level(\d+))?/.exec(style);
    if (child.type === 'element' && child.tagName === 'p' && mso) {
      const { fallback, rest } = withoutListFallback(child.children);
      const ordered = /^\s*[\dA-Za-z]{1,3}[.)]/.test(fallback);
      // One level deeper than the open lists at most: an item needs an item above to sit in.
      const level = Math.min(Math.max(Number(mso[1] ?? 1), 1), open.length + 1);
      open = open.slice(0, level);
      let list = open[level - 1];
      if (!list || (list.tagName === 'ol') !== ordered) {
        list = { type: 'element', tagName: ordered ? 'ol' : 'ul', properties: {}, children: [] };
        const above = open[level - 2]?.children.at(-1) as Element | undefined;
        if (above) above.children.push(list);
        else out.push(list);
        open[level - 1] = list;
      }
      list.children.push({ type: 'element', tagName: 'li', properties: {}, children: rest });
      continue;
    }
    // The line breaks between a list's paragraphs do not end it.
    if (open.length && child.type === 'text' && !child.value.trim()) continue;
    open = [];
    out.push(child);
  }
  node.children = out as typeof node.children;
}

/**
 * Google Docs writes a nested list as lists side by side, each item's level in its class
 * (`lst-kix_<list>-0` at the top, `-1` one in) and a numbered list split wherever a deeper
 * item comes between (`<ol class="lst-kix_a-0" start="2">` goes on from 1). Those runs
 * become one list again, each deeper list inside the item above it, as the document shows
 * them. Hand-written: no rehype plugin reads Google Docs' list markup.
 */
function googleDocsLists(node: HastRoot | Element): void {
  const out: ElementContent[] = [];
  // The open list at each level (index 0: the top), while a run of such lists lasts.
  let open: Element[] = [];
  for (const child of node.children as ElementContent[]) {
    const level =
      child.type === 'element' && /^[ou]l$/.test(child.tagName) ? docsListLevel(child) : undefined;
    if (child.type === 'element' && level !== undefined) {
      const depth = Math.min(level, open.length);
      open = open.slice(0, depth + 1);
      const same = open[depth];
      if (same && same.tagName === child.tagName) {
        same.children.push(...child.children);
        continue;
      }
      const above = open[depth - 1]?.children.filter((c) => c.type === 'element').at(-1) as
        Element | undefined;
      if (depth > 0 && above) above.children.push(child);
      else out.push(child);
      open[depth] = child;
      continue;
    }
    if (child.type === 'element') googleDocsLists(child);
    // The line breaks between the lists do not end the run.
    if (open.length && child.type === 'text' && !child.value.trim()) continue;
    open = [];
    out.push(child);
  }
  node.children = out as typeof node.children;
}

/** A Google Docs list's level, from its `lst-kix_…-N` class (0: the top). */
function docsListLevel(list: Element): number | undefined {
  for (const name of classesOf(list)) {
    const level = /^lst-kix_.+-(\d+)$/.exec(name)?.[1];
    if (level !== undefined) return Number(level);
  }
  return undefined;
}

/** A Word list paragraph's content, and apart from it the bullet text written for old browsers. */
function withoutListFallback(children: ElementContent[]): { fallback: string; rest: ElementContent[] } {
  let fallback = '';
  let inFallback = false;
  const rest: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment' && /^\[if !supportLists\]$/.test(child.value.trim())) inFallback = true;
    else if (child.type === 'comment' && /^\[endif\]$/.test(child.value.trim())) inFallback = false;
    else if (inFallback) fallback += textOfHast(child);
    // Word's paragraph mark, <o:p>: its content only. An element HTML does not know reads as
    // a block, which would make an item holding a nested list a loose one.
    else if (child.type === 'element' && child.tagName === 'o:p') rest.push(...child.children);
    else rest.push(child);
  }
  return { fallback, rest };
}

function textOfHast(node: { type: string; value?: string; tagName?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  const inner = (node.children ?? []).map((child) => textOfHast(child as typeof node)).join('');
  // A link or button in a menu is an item of its own: "Archive" and "About", not "ArchiveAbout".
  return node.tagName && /^(p|div|li|h\d|tr|br|section|article|a|button|td|th)$/.test(node.tagName)
    ? `\n${inner}\n`
    : inner;
}

// ---- Plain text --------------------------------------------------------------------

const LIST_ITEM = /^(?:[-*•–·]|\d{1,3}[.)])\s+/;
const TABLE_LINE = /^\|.*\|\s*$|^[^|]+(\|[^|]+){2,}$/;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const ENDS_SENTENCE = /[.!?…:;,]["”’')\]]?$/;

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A line that reads as a subhead: short, no closing punctuation (a question is fine). */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  if (/^#{1,6}\s/.test(text)) return true;
  if (/^["'‘“].{1,80}["'’”]$/.test(text) && words <= 10) return true; // 'Cheap power'
  if (text.endsWith('?')) return text.length <= 160;
  return text.length <= 100 && words <= 14 && !ENDS_SENTENCE.test(text) && !LIST_ITEM.test(text);
}

interface TextLine {
  text: string;
  line: number;
  /** The line with its leading spaces (columns of an aligned table), trailing ones cut. */
  raw?: string;
}

/**
 * Plain text to blocks. Tables are runs of pipe lines; lists runs of bullet lines; a blank
 * line ends a block. Inside a block, a line that ends a sentence (or reads as a heading)
 * stands alone: doc editors put one paragraph per line with no blank lines between. Hard-
 * wrapped lines (wire copy) are joined: a line that stops mid-sentence continues below.
 */
/** A web page's link hint: "(opens original article in a new tab)". */
export const NEW_TAB_HINT =
  /\s*\((?:opens|open)\s+(?:the\s+)?(?:original\s+)?(?:article|story|link|page)?\s*in\s+a\s+new\s+(?:tab|window)\)/i;

/** Cells of a line copied from a browser's table: tab-separated. */
const tabCells = (line: string) => line.split('\t').map((cell) => cell.trim());

/**
 * A table as browsers put it on the clipboard: rows of tab-separated cells, every row with
 * the same number (two or more) of cells, at least two rows. Returns the rows and how many
 * lines they took; never guessed from prose (prose has no tabs between words).
 */
function tabTable(lines: TextLine[], at: number): { rows: string[][]; used: number } | undefined {
  const width = lines[at]!.text.includes('\t') ? tabCells(lines[at]!.text).length : 0;
  if (width < 2) return undefined;
  const rows: string[][] = [];
  let i = at;
  while (i < lines.length && lines[i]!.text.includes('\t') && tabCells(lines[i]!.text).length === width)
    rows.push(tabCells(lines[i++]!.text));
  return rows.length >= 2 ? { rows, used: i - at } : undefined;
}

/**
 * A table pasted one cell per line, each ending in " |", its rows apart by blank lines:
 * every row with the same number of cells (two or more), at least two rows.
 */
function pipeCellTable(lines: TextLine[], at: number): { rows: string[][]; used: number } | undefined {
  const CELL = /^(.*\S)?\s*\|$/;
  const rows: string[][] = [];
  let i = at;
  while (i < lines.length) {
    const row: string[] = [];
    while (i < lines.length && lines[i]!.text && CELL.test(lines[i]!.text) && !lines[i]!.text.startsWith('|'))
      row.push(lines[i++]!.text.replace(/\s*\|$/, ''));
    if (row.length < 2) break;
    rows.push(row);
    while (i < lines.length && !lines[i]!.text) i++;
  }
  const regular = rows.length >= 2 && rows.every((row) => row.length === rows[0]!.length);
  if (!regular) return undefined;
  // Give back the blank lines after the last row.
  while (i > at && !lines[i - 1]!.text) i--;
  return { rows, used: i - at };
}

/**
 * A table laid out in columns with spaces (a terminal, a PDF or a plain-text email): three
 * or more lines in a row whose cells line up, so that some columns of blanks, two or more
 * wide, run through every line. Cells are what lies between those blank columns; right-
 * aligned numbers still line up. Prose never has a blank column through three lines.
 */
function alignedTable(lines: TextLine[], at: number): { rows: string[][]; used: number } | undefined {
  let end = at;
  while (end < lines.length && /\S {2,}\S/.test(lines[end]!.raw ?? '') && !lines[end]!.raw!.includes('\t'))
    end++;
  const run = lines.slice(at, end).map((l) => l.raw!);
  if (run.length < 3) return undefined;
  const width = Math.max(...run.map((l) => l.length));
  const blank = Array.from({ length: width }, (_, p) => run.every((l) => p >= l.length || l[p] === ' '));
  // Column edges: runs of blank positions two or more wide (one space is inside a cell).
  const segments: [number, number][] = [];
  let start = -1;
  for (let p = 0; p <= width; p++) {
    const gap = p === width || (blank[p] && (blank[p + 1] || blank[p - 1]));
    if (!gap && start < 0) start = p;
    if (gap && start >= 0) {
      segments.push([start, p]);
      start = -1;
    }
  }
  if (segments.length < 2) return undefined;
  const rows = run.map((l) => segments.map(([from, to]) => l.slice(from, to).trim()));
  const regular = rows.every(
    (row) => row.filter(Boolean).length >= 2 && row.every((cell) => cell.length <= 60),
  );
  return regular ? { rows, used: run.length } : undefined;
}

export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  // Tabs inside a line are kept (a browser's table cells); the ends are trimmed. An
  // aggregator's "(opens original article in a new tab)" goes on a line of its own, where
  // it is page furniture, so the headline it was glued to stays a headline.
  const lines: TextLine[] = text.split('\n').flatMap((raw, i) => {
    const hint = raw.match(NEW_TAB_HINT);
    const line = i + 1;
    if (!hint) return [{ text: raw.trim(), line, raw: raw.trimEnd() }];
    return [
      { text: raw.replace(NEW_TAB_HINT, '').trim(), line },
      { text: hint[0].trim(), line },
      { text: '', line },
    ];
  });
  let i = 0;
  while (i < lines.length) {
    const { text: current, line } = lines[i]!;
    if (!current) {
      i++;
      continue;
    }
    const copied = tabTable(lines, i) ?? pipeCellTable(lines, i) ?? alignedTable(lines, i);
    if (copied) {
      blocks.push({
        kind: 'table',
        text: copied.rows.flat().join(' '),
        markdown: '',
        rows: copied.rows,
        line,
      });
      i += copied.used;
      continue;
    }
    if (
      TABLE_LINE.test(current) &&
      lines[i + 1] &&
      (TABLE_LINE.test(lines[i + 1]!.text) || TABLE_RULE.test(lines[i + 1]!.text))
    ) {
      const rows: string[][] = [];
      while (i < lines.length && (TABLE_LINE.test(lines[i]!.text) || TABLE_RULE.test(lines[i]!.text))) {
        if (!TABLE_RULE.test(lines[i]!.text)) rows.push(cellsOf(lines[i]!.text));
        i++;
      }
      blocks.push({ kind: 'table', text: rows.flat().join(' '), markdown: '', rows, line });
      continue;
    }
    if (LIST_ITEM.test(current)) {
      const items: string[] = [];
      const numbers: string[] = [];
      const ordered = /^\d/.test(current);
      while (i < lines.length && LIST_ITEM.test(lines[i]!.text)) {
        // The draft's own numbers: "2. The players" split from "1." by a paragraph stays 2.
        numbers.push(lines[i]!.text.match(/^(\d{1,3})[.)]/)?.[1] ?? String(numbers.length + 1));
        items.push(lines[i]!.text.replace(LIST_ITEM, ''));
        i++;
      }
      blocks.push({
        kind: 'list',
        text: items.join('\n'),
        markdown: items.map((item, n) => `${ordered ? `${numbers[n]}.` : '-'} ${escapeMdx(item)}`).join('\n'),
        line,
      });
      continue;
    }
    const markdownHeading = current.match(/^(#{1,6})\s+(.*)$/);
    if (markdownHeading) {
      blocks.push({
        kind: 'heading',
        text: markdownHeading[2]!.trim(),
        markdown: '',
        depth: markdownHeading[1]!.length,
        line,
        explicitHeading: true,
      });
      i++;
      continue;
    }
    // A paragraph: this line, plus the lines that continue its sentence.
    const wrapped = isHardWrapped(lines, i);
    let paragraph = current;
    i++;
    while (
      i < lines.length &&
      lines[i]!.text &&
      !ENDS_SENTENCE.test(paragraph) &&
      paragraph.length >= 40 &&
      !LIST_ITEM.test(lines[i]!.text) &&
      !TABLE_LINE.test(lines[i]!.text) &&
      (wrapped || /^[\p{Ll}\p{N}(“"'‘$£€¥]/u.test(lines[i]!.text))
    ) {
      paragraph = `${paragraph} ${lines[i]!.text}`;
      i++;
    }
    blocks.push({ kind: 'paragraph', text: paragraph, markdown: escapeMdx(paragraph), line });
  }
  // Headings: short lines with no closing punctuation before more text. Decided after
  // splitting, since "is the next block longer prose?" needs the next block.
  return blocks.map((block, n) => {
    if (block.kind === 'list') return { ...block, text: plainOfMarkdown(block.markdown) };
    if (block.kind !== 'paragraph') return block;
    const next = blocks.slice(n + 1).find((b) => !furnitureOf(b.text));
    const heading =
      looksLikeHeading(block.text) &&
      (block.text.endsWith('?') ||
        /^["'‘“]/.test(block.text) ||
        isTitleCase(block.text) ||
        (next !== undefined && next.kind !== 'heading' && next.text.length > block.text.length));
    // Counted as a reader will read it: Markdown in a plain-text draft is Markdown.
    return heading
      ? { ...block, kind: 'heading', markdown: '', depth: 2 }
      : { ...block, text: plainOfMarkdown(block.markdown) };
  });
}

/**
 * Is the run of lines around `at` (blank line to blank line) hard-wrapped (wire copy, email)?
 * Yes when most of its long lines stop mid-sentence; a doc editor's one-paragraph-per-line
 * text ends nearly every line with a full stop.
 */
function isHardWrapped(lines: TextLine[], at: number): boolean {
  let start = at;
  while (start > 0 && lines[start - 1]!.text) start--;
  let end = at;
  while (end < lines.length && lines[end]!.text) end++;
  const body = lines.slice(start, end - 1).filter((l) => l.text.length >= 50);
  if (body.length === 0) return false;
  return body.filter((l) => !ENDS_SENTENCE.test(l.text)).length / body.length >= 0.5;
}

/** "Power: The Constraint Behind Every Deal": most longer words capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text
    .replace(/^["'‘“]|["'’”]$/g, '')
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length === 0) return /^\p{Lu}/u.test(text);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(text.replace(/^["'‘“]/, '')) && capitalised / words.length >= 0.6;
}
