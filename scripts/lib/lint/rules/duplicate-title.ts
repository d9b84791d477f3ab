/** Two stories with one headline confuse readers, feeds and search. */
import { lineOf } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

export const duplicateTitle: LintRule = {
  names: ['duplicate-title'],
  check({ articles, willPublish }, report) {
    const titles = new Map<string, string>();
    // Stories that will publish first: a draft that repeats a headline is the one told.
    const ordered = [...articles].sort((a, b) => Number(!willPublish(a)) - Number(!willPublish(b)));
    for (const article of ordered) {
      const title = String(article.data.title ?? '')
        .trim()
        .toLowerCase();
      if (!title) continue;
      const other = titles.get(title);
      if (other)
        report('duplicate-title')(
          article,
          lineOf(article.text, 'title'),
          'error',
          `the headline is the same as ${other}'s`,
          'Give each story its own headline.',
        );
      else titles.set(title, article.path);
    }
  },
};
