/** Astro loads only .mdx from content/articles/: a .md file would vanish silently. */
import type { LintRule } from '../types.ts';

export const notMdx: LintRule = {
  names: ['not-mdx'],
  check({ files }, report) {
    for (const file of files.articles.filter((f) => f.path.endsWith('.md'))) {
      report('not-mdx')(
        file,
        1,
        'error',
        'articles must be .mdx files; this one would not be published',
        `Rename it to ${file.id}.mdx.`,
      );
    }
  },
};
