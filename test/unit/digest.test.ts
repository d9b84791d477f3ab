import { describe, expect, it } from 'vitest';
import { digestWeeks, isoWeekOf, parseWeekKey, weekBounds, weekKey } from '../../src/lib/digest.ts';

const at = (iso: string) => new Date(iso);
const story = (id: string, publishedAt: string, corrections: string[] = []) => ({
  id,
  publishedAt: at(publishedAt),
  corrections: corrections.map((date) => ({ date: at(date) })),
});

describe('ISO weeks', () => {
  it('puts the days around a year end in the week their Thursday belongs to', () => {
    // 2026-01-01 is a Thursday: Monday 29 December 2025 starts 2026-W01.
    expect(weekKey(isoWeekOf(at('2025-12-28T12:00:00Z'), 'UTC'))).toBe('2025-w52');
    expect(weekKey(isoWeekOf(at('2025-12-29T00:00:00Z'), 'UTC'))).toBe('2026-w01');
    expect(weekKey(isoWeekOf(at('2026-01-04T23:59:59Z'), 'UTC'))).toBe('2026-w01');
    // 2020 has 53 weeks; 1 January 2021 (a Friday) is still in 2020-W53.
    expect(weekKey(isoWeekOf(at('2021-01-01T10:00:00Z'), 'UTC'))).toBe('2020-w53');
    expect(weekKey(isoWeekOf(at('2021-01-04T10:00:00Z'), 'UTC'))).toBe('2021-w01');
  });

  it("counts the week in the site's time zone, not in UTC", () => {
    // Sunday 23:30 UTC is already Monday morning in Tokyo and still Sunday in New York.
    const instant = at('2026-03-01T23:30:00Z');
    expect(weekKey(isoWeekOf(instant, 'UTC'))).toBe('2026-w09');
    expect(weekKey(isoWeekOf(instant, 'Asia/Tokyo'))).toBe('2026-w10');
    expect(weekKey(isoWeekOf(instant, 'America/New_York'))).toBe('2026-w09');
    // New Year's Eve in Sydney is New Year's Day: the last UTC hours of 2025-W52 are 2026-W01 there.
    expect(weekKey(isoWeekOf(at('2025-12-28T14:00:00Z'), 'Australia/Sydney'))).toBe('2026-w01');
  });

  it('starts a week at local midnight on Monday, across daylight-saving changes', () => {
    expect(weekBounds({ year: 2026, week: 1 }, 'UTC')).toEqual({
      start: at('2025-12-29T00:00:00Z'),
      end: at('2026-01-05T00:00:00Z'),
    });
    // New York moves to summer time on Sunday 8 March 2026: the week is 167 hours long.
    const { start, end } = weekBounds({ year: 2026, week: 10 }, 'America/New_York');
    expect(start).toEqual(at('2026-03-02T05:00:00Z'));
    expect(end).toEqual(at('2026-03-09T04:00:00Z'));
    expect(weekBounds({ year: 2026, week: 10 }, 'Asia/Tokyo').start).toEqual(at('2026-03-01T15:00:00Z'));
  });

  it('reads back only the week keys it writes', () => {
    expect(parseWeekKey('2026-w05')).toEqual({ year: 2026, week: 5 });
    expect(parseWeekKey('2020-w53')).toEqual({ year: 2020, week: 53 });
    expect(parseWeekKey('2026-w53')).toEqual({ year: 2026, week: 53 }); // 2026 starts on a Thursday
    expect(parseWeekKey('2025-w53')).toBeUndefined(); // 2025 has 52 weeks
    expect(parseWeekKey('2026-w00')).toBeUndefined();
    expect(parseWeekKey('2026-W05')).toBeUndefined();
    expect(parseWeekKey('2026-w5')).toBeUndefined();
  });
});

describe('digest weeks', () => {
  const stories = [
    story('new-year', '2026-01-01T09:00:00Z'),
    story('old-year', '2025-12-28T09:00:00Z', ['2026-01-02T08:00:00Z']),
    story('same-week-later', '2026-01-03T09:00:00Z'),
    story('this-week', '2026-01-13T09:00:00Z'),
  ];

  it('groups stories and corrections by week, newest week first, stories oldest first', () => {
    const weeks = digestWeeks(stories, at('2026-01-14T00:00:00Z'), 'UTC');
    expect(weeks.map((w) => w.key)).toEqual(['2026-w01', '2025-w52']);
    expect(weeks[0]!.stories.map((s) => s.id)).toEqual(['new-year', 'same-week-later']);
    // The correction to a 2025 story was made in 2026-W01: it belongs to that week's digest.
    expect(weeks[0]!.corrections.map((c) => c.story.id)).toEqual(['old-year']);
    expect(weeks[1]!.corrections).toEqual([]);
  });

  it('publishes a week only once it has ended', () => {
    const justBefore = digestWeeks(stories, at('2026-01-18T23:59:59Z'), 'UTC');
    expect(justBefore.map((w) => w.key)).not.toContain('2026-w03');
    const justAfter = digestWeeks(stories, at('2026-01-19T00:00:00Z'), 'UTC');
    expect(justAfter.map((w) => w.key)).toContain('2026-w03');
  });

  it('moves a story across the year boundary with the time zone', () => {
    const late = [story('late-sunday', '2025-12-28T20:00:00Z')];
    const now = at('2026-02-01T00:00:00Z');
    expect(digestWeeks(late, now, 'UTC')[0]!.key).toBe('2025-w52');
    expect(digestWeeks(late, now, 'Asia/Tokyo')[0]!.key).toBe('2026-w01');
  });
});
