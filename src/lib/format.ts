import { site } from '../site.config.ts';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: site.timeZone,
});

/** "June 2, 2026", in the site's time zone so every reader sees the same date. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "May 25 – 31, 2026": the days from `start` up to (not including) `end`, in the site's time zone. */
export function formatDays(start: Date, end: Date): string {
  return dateFormat.formatRange(start, new Date(end.getTime() - 1));
}

/** "1 story", "4 stories": a count with its noun. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Minutes to read at 230 words a minute, never less than one. */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`|>-]/g, ' ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / 230));
}

/**
 * A stable, URL-safe id for a heading, question or file: ASCII, lowercase, hyphenated;
 * cut at a hyphen when longer than `maxLength`.
 */
export function slugify(text: string, maxLength = Infinity): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength + 1).replace(/-[^-]*$/, '');
}
