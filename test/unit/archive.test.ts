import { expect, it } from 'vitest';
import { archiveOf, monthLabel, yearMonth } from '../../src/lib/archive.ts';

const story = (id: string, iso: string) => ({ id, data: { publishedAt: new Date(iso) } });

it('groups stories by year and month in the site time zone, newest first, keeping their order', () => {
  const stories = [
    story('jan-2027', '2027-01-02T00:00:00Z'),
    story('dec-late', '2026-12-31T23:30:00Z'),
    story('dec-early', '2026-12-01T00:00:00Z'),
    story('may', '2026-05-20T09:00:00+10:00'), // May 19 in UTC
  ];
  const years = archiveOf(stories);
  expect(years.map((y) => [y.year, y.count])).toEqual([
    [2027, 1],
    [2026, 3],
  ]);
  expect(years[1]!.months.map((m) => [m.label, m.stories.map((s) => s.id)])).toEqual([
    ['December 2026', ['dec-late', 'dec-early']],
    ['May 2026', ['may']],
  ]);
  expect(yearMonth(new Date('2026-05-31T23:59:59Z'))).toEqual({ year: 2026, month: 5 });
  expect(monthLabel(2026, 2)).toBe('February 2026');
  expect(archiveOf([])).toEqual([]);
});
