/**
 * What an article's MDX may hold: Markdown, plus the registered components with literal
 * attributes. MDX is code: an `import`, an `export` or a `{…}` expression runs on the build
 * machine (it could read CI secrets, write files or end the build), so they are errors,
 * and so are links that run script and images from other sites (the CSP blocks them).
 * Used by the linter and by the build itself (src/lib/story-body.ts). Plain TypeScript.
 */
import type { Definition, Nodes, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { definitions } from 'mdast-util-definitions';
import { mdxToMdast } from 'satteri';

/** The components writers use without importing (rendered by src/components/StoryBody.astro). */
export const MDX_COMPONENTS = ['Comparison', 'PullQuote', 'Callout', 'Fact'] as const;

export interface PolicyProblem {
  rule:
    | 'control-character'
    | 'mdx-syntax'
    | 'mdx-code'
    | 'mdx-component'
    | 'link-scheme'
    | 'image-remote'
    | 'markdown-shape'
    | 'task-list';
  line: number;
  column: number;
  message: string;
  fix: string;
  /** The address a link-scheme or image-remote problem is about. */
  url?: string;
}

/** What to do about MDX that cannot be read (the linter's fix, and the build's). */
export const MDX_SYNTAX_FIX =
  'Close every <Component> (or end it with />), and write \\{ \\} and &lt; for braces and angle brackets in text.';

const SAFE_SCHEMES = /^(https?|mailto):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A link a reader can follow without running code: http(s), mailto, site paths, anchors. */
export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  return !ANY_SCHEME.test(trimmed) || SAFE_SCHEMES.test(trimmed);
}

/** An image path to a file beside the story or on this site: no scheme, not `//host/…`. */
export function isLocalFile(url: string): boolean {
  return !ANY_SCHEME.test(url) && !url.startsWith('//');
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** How deep quotes and lists may nest, and how many emphasis or link marks one block may hold. */
export const MARKDOWN_SHAPE = { nesting: 16, indent: 64, marks: 2000 } as const;

/** A quote's `>` or a list item's marker (`-`, `+`, `*`, `1.`, `1)` and a space). */
const OPENER = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;
/** A line whose first mark could open a quote or a list (most lines are prose: skipped). */
const LINE_OPENS_CONTAINER = /^[ \t]*[>\-+*\d]/;
/** The quote and list markers a line starts with. */
const CONTAINER_OPENERS = new RegExp(`^(?:[ \\t]*(?:${OPENER.source}))*`);
/**
 * A tag that opens (`<Callout`, `<div`, not `\<`) and one that closes (`</…`, `/>`): counted
 * on the raw text, as Sätteri's parser takes time that grows with the square of the depth
 * (50,000 nested components: 16 s).
 */
const TAG = /(?<!\\)<[A-Za-z]|<\/|\/>/g;
/** `- - -` or `* * *` and nothing else: a rule, not lists. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Text shaped to make a Markdown parser slow or crash it: quotes, lists or (in `mdx`)
 * components nested thousands deep (a stack overflow, or minutes of parsing), lists
 * indented hundreds of levels, a block of tens of thousands of `*` or `[` (minutes of
 * parsing). No story needs them. A linear scan of the raw text, run before anything parses
 * it, by the linter and the build alike; the first problem, if any.
 */
export function markdownShapeProblem(body: string, { mdx = false } = {}): PolicyProblem | undefined {
  const lines = body.split('\n');
  let blockStart = 0;
  let marks = 0;
  let brackets = 0;
  let components = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // In MDX, components open (`<Callout`) and close (`</Callout>`, `/>`) within a line and
    // across lines; in Markdown, `<b>` is text.
    let deepest = components;
    const tags = mdx && (line.includes('<') || line.includes('/>')) ? line.matchAll(TAG) : [];
    for (const [tag] of tags) {
      components = tag === '</' || tag === '/>' ? Math.max(0, components - 1) : components + 1;
      deepest = Math.max(deepest, components);
    }
    if (deepest > MARKDOWN_SHAPE.nesting)
      return {
        rule: 'markdown-shape',
        line: i + 1,
        column: 1,
        message: `components are nested ${deepest} deep here (at most ${MARKDOWN_SHAPE.nesting})`,
        fix: 'Close each <Component> (</Component>, or end it with />) before the next one opens.',
      };
    if (!line.trim()) {
      blockStart = i + 1;
      marks = 0;
      brackets = 0;
      continue;
    }
    // Each `>` opens a quote, and each list marker a list, on one line too ("- - - text").
    const openers =
      !LINE_OPENS_CONTAINER.test(line) || THEMATIC_BREAK.test(line)
        ? 0
        : (CONTAINER_OPENERS.exec(line)![0].match(OPENER)?.length ?? 0);
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (openers > MARKDOWN_SHAPE.nesting || indent > MARKDOWN_SHAPE.indent)
      return {
        rule: 'markdown-shape',
        line: i + 1,
        column: 1,
        message:
          openers > MARKDOWN_SHAPE.nesting
            ? `quotes and lists are nested ${openers} deep here (at most ${MARKDOWN_SHAPE.nesting})`
            : `the line is indented ${indent} columns (at most ${MARKDOWN_SHAPE.indent}: lists nested that deep cannot be read)`,
        fix: 'Remove the extra > marks or indentation: a quote or a list needs only a few levels.',
      };
    for (let at = 0; at < line.length; at++) {
      const c = line.charCodeAt(at);
      if (c === 42 || c === 95)
        marks++; // * _
      else if (c === 91 || c === 93) brackets++; // [ ]
    }
    if (marks > MARKDOWN_SHAPE.marks || brackets > MARKDOWN_SHAPE.marks)
      return {
        rule: 'markdown-shape',
        line: blockStart + 1,
        column: 1,
        message: `this paragraph holds more than ${MARKDOWN_SHAPE.marks} ${marks > MARKDOWN_SHAPE.marks ? '* or _' : '[ or ]'} marks, which Markdown reads too slowly`,
        fix: 'Remove the stray marks, or write them as \\* \\_ \\[ \\] if they are text.',
      };
  }
  return undefined;
}

/**
 * Where `![alt][id]` points: its definition `[id]: …` (the first, as CommonMark reads them).
 * Worked out on the first question only: mdast-util-definitions walks the whole tree, and
 * few bodies hold a reference (it was 0.1 ms a story, 4 s of a cold lint at 30,000 stories).
 */
export function definitionsWhenAsked(tree: Nodes): (identifier: string) => Definition | undefined {
  let find: ((identifier: string) => Definition | undefined) | undefined;
  return (identifier) => (find ??= definitions(tree))(identifier);
}

export function mdxPolicyProblems(tree: Root | Nodes): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const definition = definitionsWhenAsked(tree as Nodes);
  const at = (node: Nodes) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const visit = (node: Nodes) => {
    const type = node.type as string;
    if (type === 'mdxjsEsm') {
      problems.push({
        rule: 'mdx-code',
        ...at(node),
        message: '`import`/`export` is code, and articles may not run code',
        fix: 'Remove the line: the components need no import. To start a sentence with the word, rephrase it.',
      });
    } else if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      problems.push({
        rule: 'mdx-code',
        ...at(node),
        message: '`{…}` is a code expression, and articles may not run code',
        fix: 'Remove it; to show braces as text, write \\{ and \\}.',
      });
    } else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const element = node as unknown as { name: string | null; attributes: MdxAttribute[] };
      if (!element.name || !(MDX_COMPONENTS as readonly string[]).includes(element.name)) {
        problems.push({
          rule: 'mdx-component',
          ...at(node),
          message: `<${element.name ?? ''}> is not one of the components articles may use (${MDX_COMPONENTS.join(', ')})`,
          fix: 'Write it in Markdown instead (**bold**, _italic_, [links](https://…), ![images](./file.jpg "alt")).',
        });
      }
      for (const attribute of element.attributes) {
        if (
          attribute.type !== 'mdxJsxAttribute' ||
          (attribute.value !== null && typeof attribute.value !== 'string')
        ) {
          problems.push({
            rule: 'mdx-code',
            ...at(node),
            message: `<${element.name}> has an attribute written as code (${attribute.name ?? '{…}'}={…})`,
            fix: 'Give every attribute a plain quoted value, like id="australia-vs-japan".',
          });
        }
      }
    } else if (type === 'link' || type === 'definition') {
      const url = (node as { url: string }).url;
      if (!isSafeLink(url)) {
        problems.push({
          rule: 'link-scheme',
          url,
          ...at(node),
          message: `the link "${url.slice(0, 60)}" uses a scheme that runs code or embeds data`,
          fix: 'Link to an https:// page, a mailto: address or a path on this site.',
        });
      }
    } else if (type === 'listItem' && typeof (node as { checked?: unknown }).checked === 'boolean') {
      // GFM writes `- [ ]` as a disabled checkbox with no label: nothing a reader can use.
      problems.push({
        rule: 'task-list',
        ...at(node),
        message: 'a checklist item (`- [ ]` or `- [x]`) shows readers a checkbox they cannot tick',
        fix: 'Write it as a plain list item (`- …`), or delete it if it is a note for the desk.',
      });
    } else if (type === 'image' || type === 'imageReference') {
      const url =
        type === 'image'
          ? (node as { url: string }).url
          : (definition((node as { identifier: string }).identifier)?.url ?? '');
      if (!isLocalFile(url)) {
        problems.push({
          rule: 'image-remote',
          url,
          ...at(node),
          message: `the image "${url.slice(0, 60)}" is not a local file (the site's security policy would block it)`,
          fix: 'Save the image next to the story and link it as ./file.jpg.',
        });
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree as Nodes);
  return problems;
}

/** Story bodies read as Astro's Markdown settings give them (astro.config.mjs). */
export const STORY_MDX_FEATURES = { gfm: true, smartPunctuation: true };

/**
 * A story body read as MDX, one way for the build (src/lib/story-body.ts) and the linter, so
 * the two cannot disagree on what parses: the shape check, then Sätteri's parser (the
 * build's Markdown engine; the linter read bodies with remark-mdx, 15-30x slower and
 * without GFM), then the policy. The tree, when the body parses, and every problem, with
 * lines and columns counted in the body.
 */
export function readStoryMdx(body: string): { tree?: Nodes; problems: PolicyProblem[] } {
  const shape = markdownShapeProblem(body, { mdx: true });
  if (shape) return { problems: [shape] };
  let tree: Nodes;
  try {
    tree = mdxToMdast(body, { features: STORY_MDX_FEATURES }) as unknown as Nodes;
  } catch (error) {
    // Sätteri says "3:1: Expected a closing tag for `<Callout>` (3:1) (mdx-jsx:…)".
    const said = String((error as Error).message);
    const [, line = '1', column = '1', reason = said] =
      /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/s.exec(said) ?? [];
    const problem: PolicyProblem = {
      rule: 'mdx-syntax',
      line: Number(line),
      column: Number(column),
      message: `MDX cannot be read: ${reason.replace(/\.$/, '')}`,
      fix: MDX_SYNTAX_FIX,
    };
    return { problems: [problem] };
  }
  try {
    return { tree, problems: mdxPolicyProblems(tree) };
  } catch (error) {
    // Deeper than the shape check above foresaw: a one-line error, not a stack trace.
    if (!(error instanceof RangeError)) throw error;
    return {
      problems: [
        {
          rule: 'markdown-shape',
          line: 1,
          column: 1,
          message: 'the text is nested too deep to read (quotes, lists or components inside one another)',
          fix: 'Remove the extra levels: a quote, a list or a component needs only a few.',
        },
      ],
    };
  }
}

/** A policy problem as the build reports it: one line with the file, line and column. */
export function policyErrorLine(file: string, problem: PolicyProblem): string {
  return `${file}:${problem.line}:${problem.column}: error ${problem.rule}: ${problem.message}. ${problem.fix}`;
}

/**
 * A "#" self-link at the end of each section heading (h2-h6), as rehype-autolink-headings
 * did under the unified pipeline: hidden from screen readers and search, out of the tab
 * order. User plugins run before Astro's heading-id plugin, so the ids are set here first,
 * the way Astro makes them (github-slugger over the heading text, one slugger per
 * document); Astro then keeps them.
 */
export function satteriHeadingLinks() {
  const slugger = new GithubSlugger();
  return {
    name: 'gigawatt-heading-links',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(
        node: { tagName: string; properties?: Record<string, unknown> },
        ctx: {
          textContent: (node: unknown) => string;
          setProperty: (node: unknown, key: string, value: unknown) => void;
          appendChild: (node: unknown, child: unknown) => void;
        },
      ): void {
        const existing = node.properties?.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
        if (node.tagName === 'h1') return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-link'],
            ariaHidden: 'true',
            tabIndex: -1,
            dataPagefindIgnore: '',
            href: `#${id}`,
          },
          children: [{ type: 'text', value: '#' }],
        });
      },
    },
  };
}
