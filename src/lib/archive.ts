/**
 * The dated archive: published stories by year and month, in the site's time zone, newest
 * first. Pure, so it is unit-tested without a build; the archive pages render it.
 */
import { site } from '../site.config.ts';
import { pushTo } from './multimap.ts';

interface Dated {
  data: { publishedAt: Date };
}

export interface ArchiveMonth<Story> {
  year: number;
  /** 1-12 */
  month: number;
  /** "May 2026" */
  label: string;
  stories: Story[];
}

export interface ArchiveYear<Story> {
  year: number;
  months: ArchiveMonth<Story>[];
  count: number;
}

const parts = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'numeric',
  timeZone: site.timeZone,
});
const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** Year and month of a date in the site's time zone. */
export function yearMonth(date: Date): { year: number; month: number } {
  const values = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number(values.year), month: Number(values.month) };
}

export function monthLabel(year: number, month: number): string {
  return `${monthName.format(new Date(Date.UTC(year, month - 1, 1)))} ${year}`;
}

/** Stories grouped by year and month, newest first; stories keep the order they came in. */
export function archiveOf<Story extends Dated>(stories: Story[]): ArchiveYear<Story>[] {
  const years = new Map<number, Map<number, Story[]>>();
  for (const story of stories) {
    const { year, month } = yearMonth(story.data.publishedAt);
    const months = years.get(year) ?? new Map<number, Story[]>();
    pushTo(months, month, story);
    years.set(year, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months.entries()]
        .sort(([a], [b]) => b - a)
        .map(([month, stories]) => ({ year, month, label: monthLabel(year, month), stories }));
      return { year, months: list, count: list.reduce((n, m) => n + m.stories.length, 0) };
    });
}
