/** Stories that are empty, or so large they slow every build and page: warnings with sizes. */
import { LARGE_BODY_BYTES } from '../../../../src/lib/rules.ts';
import type { LintRule } from '../types.ts';

export const sizes: LintRule = {
  names: ['empty-body', 'large-body'],
  check({ articles }, report) {
    for (const article of articles) {
      const bytes = Buffer.byteLength(article.body);
      if (!article.body.trim()) {
        report('empty-body')(
          article,
          article.bodyLine,
          'warning',
          'the story has no body (0 words)',
          'Write the story below the frontmatter.',
        );
      } else if (bytes > LARGE_BODY_BYTES) {
        report('large-body')(
          article,
          article.bodyLine,
          'warning',
          `the body is ${(bytes / 1024 / 1024).toFixed(1)} MB (more than ${LARGE_BODY_BYTES / 1024} KB)`,
          'Split it into several stories, or check for pasted data that belongs in a table file.',
        );
      }
    }
  },
};
