/** The body as MDX: it must parse, and it must keep to the MDX policy (src/lib/mdx-policy.ts). */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { lineOfPath } from '../../content-files.ts';
import { lintCache } from '../cache.ts';
import { asArray } from '../types.ts';
import { unified } from 'unified';
import { MDX_SYNTAX_FIX, mdxPolicyProblems } from '../../../../src/lib/mdx-policy.ts';
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

/** What is wrong with one story body: it does not parse, or it breaks the MDX policy. */
function bodyProblems(body: string): BodyProblem[] {
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    const reason = e.reason ?? e.message;
    // "Expected a closing tag for `<Callout>` (4:1-4:23)": the tag that is open is the place.
    const opened = reason.match(/\((\d+):(\d+)-\d+:\d+\)/);
    return [
      {
        rule: 'mdx-syntax',
        line: Number(opened?.[1] ?? e.line ?? 1),
        column: Number(opened?.[2] ?? e.column ?? 1),
        message: `MDX cannot be read: ${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '').replace(/\.$/, '')}`,
        fix: MDX_SYNTAX_FIX,
      },
    ];
  }
  return mdxPolicyProblems(tree);
}

export const mdx: LintRule = {
  names: ['mdx-syntax', 'mdx-code', 'mdx-component', 'link-scheme', 'image-remote'],
  check({ articles, yaml }, report) {
    for (const file of yaml.faqs) {
      asArray(file.data.items).forEach((item, i) => {
        const answer = (item as { answer?: unknown })?.answer;
        if (typeof answer !== 'string') return;
        for (const problem of mdxPolicyProblems(markdown.parse(answer))) {
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
    const cache = lintCache<BodyProblem[]>('mdx');
    for (const article of articles) {
      const offset = article.bodyLine - 1;
      for (const problem of cache.get(article.body, () => bodyProblems(article.body)))
        report(problem.rule)(
          article,
          offset + problem.line,
          'error',
          problem.message,
          problem.fix,
          problem.column,
        );
    }
    cache.save();
  },
};
