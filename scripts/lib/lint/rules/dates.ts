/** Publication and update dates: order, and stories that will not show yet. */
import { lineOf } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

const toDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
};

export const dates: LintRule = {
  names: ['updated-before-published', 'future-date'],
  check({ articles, now }, report) {
    for (const article of articles) {
      const published = toDate(article.data.publishedAt);
      const updated = toDate(article.data.updatedAt);
      if (published && updated && updated < published) {
        report('updated-before-published')(
          article,
          lineOf(article.text, 'updatedAt'),
          'error',
          'updatedAt is before publishedAt',
          'An update comes after publication: fix one of the two dates.',
        );
      }
      if (published && article.data.draft !== true && published > now) {
        report('future-date')(
          article,
          lineOf(article.text, 'publishedAt'),
          'warning',
          `publishedAt is ${published.toISOString().slice(0, 10)}, in the future`,
          'It will not appear on the site until then; set today to publish now.',
        );
      }
    }
  },
};
