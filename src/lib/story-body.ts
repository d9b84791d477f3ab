/**
 * A story body rendered once, when the content loader reads the file: HTML for everything
 * Markdown makes, with a marker where one of the story components or an image goes. The
 * result is kept by the file's digest (beside the content store), so an unchanged story is
 * neither parsed, nor bundled by Vite as an MDX module, nor compiled again in the next build;
 * src/components/StoryBody.astro renders the markers at page time (a Fact's note number
 * and the feed's email-safe variants depend on the page).
 *
 * Why not @astrojs/mdx: it makes every story a JavaScript module, and bundling 10,000 of
 * them was the largest stage of a one-story rebuild (scripts/bench/results/). The MDX
 * policy already forbids code, so what is left of MDX is Markdown plus four components with
 * literal attributes; Sätteri (Astro's own Markdown engine) parses it, the same plugins as
 * every other Markdown text set the heading ids and links, and hast-util-to-html writes it.
 */
import type { ImageMetadata } from 'astro';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { digestOfFiles } from './code-version.ts';
import { writeFileAtomically } from './write-file.ts';
import { CONTROL_CHARACTER, CONTROL_CHARACTER_FIX, controlCharacterMessage } from './rules.ts';
import { mdxToHast } from 'satteri';
import {
  MDX_COMPONENTS,
  policyErrorLine,
  readStoryMdx,
  satteriHeadingLinks,
  STORY_MDX_FEATURES,
} from './mdx-policy.ts';

export type StoryComponent = (typeof MDX_COMPONENTS)[number];

/** One piece of a rendered body: HTML, a component (with its rendered children) or an image. */
export type BodyPart =
  | string
  | { component: StoryComponent; props: Record<string, string>; children: BodyPart[] }
  | { image: string; alt: string };

export interface RenderedBody {
  parts: BodyPart[];
  headings: { depth: number; slug: string; text: string }[];
  /** Local images, as written (`./file.jpg`): the loader turns them into image imports. */
  imagePaths: string[];
}

/** Written as Astro writes attributes: `data-pagefind-ignore`, not `data-pagefind-ignore=""`. */
const HTML_OPTIONS = { collapseEmptyAttributes: true };

/**
 * Where rendered bodies are kept: beside Astro's content store, one JSON file per story
 * file's digest, not inside the store. The store is read and written whole on every build
 * and loaded whole into the process that renders pages; with 10,000 stories their bodies
 * and rendered parts were 95% of its 133 MB. A page now reads its own body's file.
 */
export const RENDERED_BODIES_FOLDER = 'story-bodies';

/** What the content store keeps of a rendered body (`rendered.metadata`). */
export interface StoredBodyMetadata {
  /** The JSON file of the body's parts, by the story file's digest. */
  partsFile: string;
  /** Local images, as written: Astro imports them (src/content.config.ts). */
  imagePaths: string[];
}

/** Writes a rendered body's parts where `storedBody` reads them; returns the store's metadata. */
export function keepRenderedBody(folder: string, digest: string, body: RenderedBody): StoredBodyMetadata {
  const partsFile = join(folder, `${digest}.json`);
  mkdirSync(folder, { recursive: true });
  writeFileAtomically(partsFile, JSON.stringify(body.parts));
  return { partsFile, imagePaths: body.imagePaths };
}

/** A story's entry in the content store, as far as its body goes. */
interface StoryEntry {
  id: string;
  filePath?: string;
  rendered?: { metadata?: Record<string, unknown> };
  data: object;
}

/**
 * A story's rendered body, with its images as Astro resolved them (`data.bodyImages`,
 * src/content.config.ts). Read from the file the loader wrote; when that file is gone
 * (a cache folder cleared by hand), the body is rendered again from the story file.
 */
export function storedBody(entry: StoryEntry): { parts: BodyPart[]; images: Record<string, ImageMetadata> } {
  const metadata = entry.rendered?.metadata as Partial<StoredBodyMetadata> | undefined;
  if (!metadata || !entry.filePath)
    throw new Error(
      'This story has no rendered body: it was not loaded by the stories loader (src/content.config.ts).',
    );
  const images = (entry.data as { bodyImages?: Record<string, ImageMetadata> }).bodyImages ?? {};
  return { parts: keptParts(metadata.partsFile) ?? renderedAgain(entry.filePath), images };
}

function keptParts(partsFile: string | undefined): BodyPart[] | undefined {
  if (!partsFile) return undefined;
  try {
    return JSON.parse(readFileSync(partsFile, 'utf8')) as BodyPart[];
  } catch {
    return undefined;
  }
}

function renderedAgain(filePath: string): BodyPart[] {
  const file = resolve(filePath);
  const { body, lineOffset } = storyFileBody(readFileSync(file, 'utf8'));
  return renderStoryBody(body, file, lineOffset).parts;
}

/** Astro's frontmatter fence (@astrojs/internal-helpers/frontmatter, used by @astrojs/mdx). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * A story file's body as Astro's MDX entry type gives it (the text after the frontmatter,
 * trimmed), and how many lines of the file come before it, so errors name the file's line.
 * Written here because the content store no longer keeps bodies (`retainBody: false`):
 * the plan, the Markdown twin and reading time read them from the files; Astro does not
 * export its reader (the package it lives in is internal).
 */
export function storyFileBody(contents: string): { body: string; lineOffset: number } {
  const text = contents.replace(/^\uFEFF/, '');
  const fence = FRONTMATTER.exec(text);
  const afterFrontmatter = fence ? fence.index + fence[0].length : 0;
  const rest = text.slice(afterFrontmatter);
  const body = rest.trim();
  const start = afterFrontmatter + (rest.length - rest.trimStart().length);
  return { body, lineOffset: body ? text.slice(0, start).split('\n').length - 1 : 0 };
}

/** A story's body, read from its file (the content store does not keep it). */
export function storyBodyText(entry: { filePath?: string; body?: string }): string {
  if (entry.body !== undefined) return entry.body;
  if (!entry.filePath) return '';
  return storyFileBody(readFileSync(resolve(entry.filePath), 'utf8')).body;
}

interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

/** What a body may not hold, as the build's one-line error (the linter names it first). */
function checkPolicy(body: string, file: string, lineOffset: number): void {
  const lines = body.split('\n');
  const line = lines.findIndex((text) => CONTROL_CHARACTER.test(text));
  if (line >= 0) {
    const match = lines[line]!.match(CONTROL_CHARACTER)!;
    throw new Error(
      policyErrorLine(file, {
        rule: 'control-character',
        line: line + 1 + lineOffset,
        column: (match.index ?? 0) + 1,
        message: controlCharacterMessage(match[0]),
        fix: CONTROL_CHARACTER_FIX,
      }),
    );
  }
  const [problem] = readStoryMdx(body).problems;
  if (problem) throw new Error(policyErrorLine(file, { ...problem, line: problem.line + lineOffset }));
}

/** An image path as written: `%20` read as a space; a stray `%` kept as it is. */
function decodedPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Whether a component or an image is somewhere inside: rendered at page time. */
const holdsMarker = (node: RootContent): boolean =>
  node.type === 'mdxJsxFlowElement' ||
  node.type === 'mdxJsxTextElement' ||
  (node.type === 'element' && (node.tagName === 'img' || node.children.some(holdsMarker)));

const textOf = (node: { type: string; value?: string; children?: unknown[] }): string =>
  node.type === 'text'
    ? (node.value ?? '')
    : (node.children ?? []).map((c) => textOf(c as typeof node)).join('');

/**
 * Renders a story's MDX body. `lineOffset` is how many lines of the file come before the
 * body (its frontmatter), so errors point at the file's own line.
 */
export function renderStoryBody(body: string, file: string, lineOffset = 0): RenderedBody {
  checkPolicy(body, file, lineOffset);
  const tree = mdxToHast(body, { features: STORY_MDX_FEATURES, position: false }) as unknown as Root;

  // The heading plugin of every other Markdown text, run over this tree (one home for ids).
  const headingLinks = satteriHeadingLinks();
  const headings: RenderedBody['headings'] = [];
  const context = {
    textContent: (node: unknown) => textOf(node as Parameters<typeof textOf>[0]),
    setProperty: (node: unknown, key: string, value: unknown) => {
      (node as Element).properties[key] = value as string;
    },
    appendChild: (node: unknown, child: unknown) => {
      (node as Element).children.push(child as ElementContent);
    },
  };
  const visitHeadings = (node: RootContent | Root): void => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const text = textOf(node);
      headingLinks.element.visit(node, context);
      headings.push({ depth: Number(node.tagName[1]), slug: String(node.properties.id), text });
      return;
    }
    if ('children' in node) for (const child of node.children) visitHeadings(child as RootContent);
  };
  visitHeadings(tree);

  const imagePaths = new Set<string>();
  const out: BodyPart[] = [];
  const emit = (into: BodyPart[], html: string) => {
    if (typeof into.at(-1) === 'string') into[into.length - 1] += html;
    else into.push(html);
  };
  const walk = (node: RootContent, into: BodyPart[]): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as unknown as MdxElement;
      const props = Object.fromEntries(
        element.attributes.map((a) => [a.name ?? '', typeof a.value === 'string' ? a.value : '']),
      );
      const children: BodyPart[] = [];
      for (const child of element.children) walk(child, children);
      into.push({ component: element.name as StoryComponent, props, children });
      return;
    }
    if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string') {
      const src = decodedPath(node.properties.src);
      imagePaths.add(src);
      into.push({ image: src, alt: String(node.properties.alt ?? '') });
      return;
    }
    if (node.type !== 'element' || !holdsMarker(node)) {
      emit(into, toHtml(node, HTML_OPTIONS));
      return;
    }
    // The element's own tags around children that hold markers.
    const close = `</${node.tagName}>`;
    const empty = toHtml({ ...node, children: [] }, HTML_OPTIONS);
    emit(into, empty.slice(0, empty.length - close.length));
    for (const child of node.children) walk(child, into);
    emit(into, close);
  };
  for (const node of tree.children) walk(node, out);
  return { parts: out, headings, imagePaths: [...imagePaths] };
}

/**
 * A digest of the code that turns a body into parts (this module, the MDX policy and the
 * locked packages): bodies the content store kept from a build with other code are
 * rendered again.
 */
export function storyBodyRendererVersion(root = process.cwd()): string {
  const paths = ['src/lib/story-body.ts', 'src/lib/mdx-policy.ts', 'package-lock.json'].map((p) =>
    join(root, p),
  );
  return digestOfFiles(
    paths.filter((path) => existsSync(path)),
    root,
  );
}
