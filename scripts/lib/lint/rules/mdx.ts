/** The body as MDX: it must parse, and it must keep to the MDX policy (src/lib/mdx-policy.ts). */
import remarkParse from 'remark-parse';
import { lineOfPath } from '../../content-files.ts';
import { lintCache, type LintCache } from '../cache.ts';
import { visit } from 'unist-util-visit';
import { asArray } from '../types.ts';
import { unified } from 'unified';
import { markdownShapeProblem, mdxPolicyProblems, readStoryMdx } from '../../../../src/lib/mdx-policy.ts';
import { definitions } from 'mdast-util-definitions';
import type { LintRule } from '../types.ts';
import { SCRIPT_ADDRESS, SCRIPT_LINK_IN_MARKDOWN } from '../../../../src/schemas/faq.ts';

/** FAQ answers are Markdown (not MDX), rendered without raw HTML: only their links and images can hurt. */
const markdown = unified().use(remarkParse);

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
  const definition = definitions(tree);
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    // `![alt][id]` is the image its definition `[id]: ./file.jpg` names.
    const src = node.type === 'image' ? node.url : definition(node.identifier)?.url;
    if (src !== undefined) images.push({ src, alt: node.alt ?? '', line: node.position?.start.line ?? 1 });
  });
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
  ],
  check({ articles, yaml }, report) {
    for (const file of yaml.faqs) {
      asArray(file.data.items).forEach((item, i) => {
        const answer = (item as { answer?: unknown })?.answer;
        if (typeof answer !== 'string') return;
        const shape = markdownShapeProblem(answer);
        // An inline script or data: address (a link's or an image's) is the schema's error
        // already, the build's own: one message for it.
        const schemaRefuses = SCRIPT_LINK_IN_MARKDOWN.test(answer);
        const problems = (shape ? [shape] : mdxPolicyProblems(markdown.parse(answer))).filter(
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
