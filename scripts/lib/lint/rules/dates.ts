/** Publication and update dates: order, and stories that will not show yet. */
import { lineOf } from '../../content-files.ts';
import type { ArticleFile } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

const toDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
};

/** Any field whose value is written as a date (asOf, announced, date, publishedAt …), or a month. */
const DATE_FIELD = /^(\s*(?:-\s*)?[A-Za-z][\w-]*\s*:\s*["']?)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?=["'\sT#]|$)/;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * YAML turns 2026-02-30 into March 2 and 2026-20-11 into August 2027 without a word, and
 * a story dated in the future silently waits. Dates are checked as written.
 */
function calendarProblem(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100) return `the year ${year} is not a plausible publication year`;
  if (month < 1 || month > 12) {
    const swapped =
      day >= 1 && day <= 12
        ? ` (did you mean ${year}-${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}? write year-month-day)`
        : '';
    return `there is no month ${month}${swapped}`;
  }
  if (day < 1 || day > daysIn(year, month))
    return `${year}-${String(month).padStart(2, '0')} has no day ${day}`;
  return undefined;
}

export const dates: LintRule = {
  names: ['updated-before-published', 'future-date', 'date-invalid'],
  check({ articles, yaml, now, willPublish }, report) {
    for (const file of [...articles, ...Object.values(yaml).flat()]) {
      const lines = file.text.split('\n');
      const end = 'bodyLine' in file ? (file as ArticleFile).bodyLine - 1 : lines.length;
      lines.slice(0, end).forEach((text, i) => {
        const m = text.match(DATE_FIELD);
        if (!m) return;
        // A year and month alone (a deal's `announced: 2026-04`) has no day to check.
        const problem = calendarProblem(Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4]));
        if (problem) {
          report('date-invalid')(
            file,
            i + 1,
            'error',
            `${[m[2], m[3], m[4]].filter(Boolean).join('-')} is not a real date: ${problem}`,
            'Write the date as year-month-day, like 2026-05-20.',
            m[1]!.length + 1,
          );
        }
      });
    }
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
      if (published && willPublish(article) && published > now) {
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
