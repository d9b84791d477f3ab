/** The body as MDX: it must parse, and it must keep to the MDX policy (src/lib/mdx-policy.ts). */
import { lineOfPath } from '../../content-files.ts';
import { lintCache, type LintCache } from '../cache.ts';
import { visit } from 'unist-util-visit';
import { asArray } from '../types.ts';
import { markdownToMdast } from 'satteri';
import type { Nodes, Root } from 'mdast';
import { TEXT_FEATURES } from '../../../../src/lib/markdown.ts';
import {
  definitionsWhenAsked,
  markdownShapeProblem,
  mdxPolicyProblems,
  readStoryMdx,
} from '../../../../src/lib/mdx-policy.ts';
import type { LintRule } from '../types.ts';
import { SCRIPT_ADDRESS, SCRIPT_LINK_IN_MARKDOWN } from '../../../../src/schemas/faq.ts';

/** A text field, as messages name it. */
type MarkdownText = 'an FAQ answer' | 'a correction' | 'an update' | 'a site text';

/**
 * What is wrong with one Markdown text: an FAQ answer, a correction, an update or a site
 * text (content/pages/*.md), which src/lib/markdown.ts renders without raw HTML. Its shape
 * first (a text shaped to stall the parser is not parsed), then, read by Sätteri as the
 * build reads it but with footnotes on (to find them): the MDX policy's links and
 * checklists, and what a text cannot show: tables, footnotes and images.
 */
function markdownTextProblems(text: string, what: MarkdownText): (BodyProblem & { url?: string })[] {
  const shape = markdownShapeProblem(text);
  if (shape) return [shape];
  const tree = markdownToMdast(text, { features: { ...TEXT_FEATURES, gfm: true } }) as unknown as Root;
  // Any image is this rule's (below), wherever it is: a text shows none.
  const problems: (BodyProblem & { url?: string })[] = mdxPolicyProblems(tree).filter(
    (problem) => problem.rule !== 'image-remote',
  );
  const definition = definitionsWhenAsked(tree);
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'table')
      problems.push({
        rule: 'markdown-text',
        ...at,
        message: `${what} cannot hold a table: a wide one would not fit a phone's screen`,
        fix: 'Write the figures as a list, or put them in a comparison table (content/comparisons/) shown in a story.',
      });
    if (node.type === 'footnoteReference')
      problems.push({
        rule: 'markdown-text',
        ...at,
        message: `${what} cannot hold footnotes (\`[^1]\`): it has no notes section of its own`,
        fix: 'Name the source in the sentence itself, or link to it.',
      });
    const url =
      node.type === 'image'
        ? node.url
        : node.type === 'imageReference'
          ? definition(node.identifier)?.url
          : undefined;
    if (url !== undefined)
      problems.push({
        rule: 'markdown-text',
        ...at,
        message: `${what} cannot show an image (${url}): only story bodies have images`,
        fix: 'Say in words what it shows, or put the image in a story and link to the story.',
        url,
      });
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A problem in a body, at its line and column within the body. */
interface BodyProblem {
  rule: string;
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** A Markdown image in a body, at its line within the body. */
export interface BodyImage {
  src: string;
  alt: string;
  line: number;
}

/** One story body as MDX reads it: what is wrong with it, and its Markdown images. */
interface BodyReading {
  problems: BodyProblem[];
  images: BodyImage[];
}

let cache: LintCache<BodyReading> | undefined;

/**
 * A body parsed once per run (and kept between runs): the MDX rule reports its problems,
 * the image rule checks its images (real image nodes, not `![…](…)` typed inside a
 * component's attribute, which the build writes as text).
 */
export function readBody(body: string): BodyReading {
  cache ??= lintCache<BodyReading>('mdx');
  return cache.get(body, () => readBodyNow(body));
}

function readBodyNow(body: string): BodyReading {
  // The build's own reading (src/lib/mdx-policy.ts): what lints clean, the build can read.
  const { tree, problems } = readStoryMdx(body);
  const images: BodyImage[] = [];
  if (!tree) return { problems, images };
  const definition = definitionsWhenAsked(tree);
  // A plain walk: unist-util-visit's bookkeeping for each node was 3 s of a cold lint at
  // 30,000 stories, for the few images a body holds.
  const walk = (node: Nodes): void => {
    if (node.type === 'image' || node.type === 'imageReference') {
      // `![alt][id]` is the image its definition `[id]: ./file.jpg` names.
      const src = node.type === 'image' ? node.url : definition(node.identifier)?.url;
      if (src !== undefined) images.push({ src, alt: node.alt ?? '', line: node.position?.start.line ?? 1 });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { problems, images };
}

export const mdx: LintRule = {
  names: [
    'mdx-syntax',
    'mdx-code',
    'mdx-component',
    'link-scheme',
    'image-remote',
    'markdown-shape',
    'task-list',
    'markdown-text',
  ],
  check({ articles, yaml, pages }, report) {
    for (const file of yaml.faqs) {
      asArray(file.data.items).forEach((item, i) => {
        const answer = (item as { answer?: unknown })?.answer;
        if (typeof answer !== 'string') return;
        // An inline script or data: address (a link's or an image's) is the schema's error
        // already, the build's own: one message for it.
        const schemaRefuses = SCRIPT_LINK_IN_MARKDOWN.test(answer);
        const problems = markdownTextProblems(answer, 'an FAQ answer').filter(
          (problem) => !(schemaRefuses && problem.url !== undefined && SCRIPT_ADDRESS.test(problem.url)),
        );
        for (const problem of problems) {
          report(problem.rule)(
            file,
            lineOfPath(file.text, ['items', i, 'answer']),
            'error',
            problem.message,
            problem.fix,
          );
        }
      });
    }
    // A story's corrections and updates: reported at the note's text.
    for (const article of articles)
      for (const field of ['corrections', 'updates'] as const)
        asArray(article.data[field]).forEach((note, i) => {
          const text = (note as { text?: unknown })?.text;
          if (typeof text !== 'string') return;
          for (const problem of markdownTextProblems(
            text,
            field === 'corrections' ? 'a correction' : 'an update',
          ))
            report(problem.rule)(
              article,
              lineOfPath(article.text, [field, i, 'text']),
              'error',
              problem.message,
              problem.fix,
            );
        });
    // Site texts: at the line in the file.
    for (const page of pages)
      for (const problem of markdownTextProblems(page.body, 'a site text'))
        report(problem.rule)(
          page,
          page.bodyLine - 1 + problem.line,
          'error',
          problem.message,
          problem.fix,
          problem.column,
        );
    for (const article of articles) {
      const offset = article.bodyLine - 1;
      for (const problem of readBody(article.body).problems)
        report(problem.rule)(
          article,
          offset + problem.line,
          'error',
          problem.message,
          problem.fix,
          problem.column,
        );
    }
    cache?.save();
  },
};
