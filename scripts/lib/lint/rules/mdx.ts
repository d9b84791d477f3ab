/** The body as MDX: it must parse, and it must keep to the MDX policy (src/lib/mdx-policy.ts). */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { lineOfPath } from '../../content-files.ts';
import { lintCache, type LintCache } from '../cache.ts';
import { visit } from 'unist-util-visit';
import { asArray } from '../types.ts';
import { unified } from 'unified';
import { MDX_SYNTAX_FIX, markdownShapeProblem, mdxPolicyProblems } from '../../../../src/lib/mdx-policy.ts';
import type { LintRule } from '../types.ts';

const parser = unified().use(remarkParse).use(remarkMdx);
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
  // Text shaped to crash or stall the parser is not parsed at all.
  const shape = markdownShapeProblem(body);
  if (shape) return { problems: [shape], images: [] };
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    const reason = e.reason ?? e.message;
    // "Expected a closing tag for `<Callout>` (4:1-4:23)": the tag that is open is the place.
    const opened = reason.match(/\((\d+):(\d+)-\d+:\d+\)/);
    const problem = {
      rule: 'mdx-syntax',
      line: Number(opened?.[1] ?? e.line ?? 1),
      column: Number(opened?.[2] ?? e.column ?? 1),
      message: `MDX cannot be read: ${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '').replace(/\.$/, '')}`,
      fix: MDX_SYNTAX_FIX,
    };
    return { problems: [problem], images: [] };
  }
  const images: BodyImage[] = [];
  visit(tree, 'image', (node) => {
    images.push({ src: node.url, alt: node.alt ?? '', line: node.position?.start.line ?? 1 });
  });
  return { problems: mdxPolicyProblems(tree), images };
}

export const mdx: LintRule = {
  names: ['mdx-syntax', 'mdx-code', 'mdx-component', 'link-scheme', 'image-remote', 'markdown-shape'],
  check({ articles, yaml }, report) {
    for (const file of yaml.faqs) {
      asArray(file.data.items).forEach((item, i) => {
        const answer = (item as { answer?: unknown })?.answer;
        if (typeof answer !== 'string') return;
        const shape = markdownShapeProblem(answer);
        for (const problem of shape ? [shape] : mdxPolicyProblems(markdown.parse(answer))) {
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
