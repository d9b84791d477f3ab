/** The body as MDX: it must parse, and it must keep to the MDX policy (src/lib/mdx-policy.ts). */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { lineOfPath } from '../../content-files.ts';
import { asArray } from '../types.ts';
import { unified } from 'unified';
import { mdxPolicyProblems } from '../../../../src/lib/mdx-policy.ts';
import type { LintRule } from '../types.ts';

const parser = unified().use(remarkParse).use(remarkMdx);
/** FAQ answers are Markdown (not MDX), rendered without raw HTML: only their links and images can hurt. */
const markdown = unified().use(remarkParse);

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
    for (const article of articles) {
      const offset = article.bodyLine - 1;
      let tree;
      try {
        tree = parser.parse(article.body);
      } catch (error) {
        const e = error as { reason?: string; message: string; line?: number; column?: number };
        const reason = e.reason ?? e.message;
        // "Expected a closing tag for `<Callout>` (4:1-4:23)": the tag that is open is the place.
        const opened = reason.match(/\((\d+):(\d+)-\d+:\d+\)/);
        report('mdx-syntax')(
          article,
          offset + Number(opened?.[1] ?? e.line ?? 1),
          'error',
          `MDX cannot be read: ${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '').replace(/\.$/, '')}`,
          'Close every <Component> (or end it with />), and write \\{ \\} and &lt; for braces and angle brackets in text.',
          Number(opened?.[2] ?? e.column ?? 1),
        );
        continue;
      }
      for (const problem of mdxPolicyProblems(tree)) {
        report(problem.rule)(
          article,
          offset + problem.line,
          'error',
          problem.message,
          problem.fix,
          problem.column,
        );
      }
    }
  },
};
