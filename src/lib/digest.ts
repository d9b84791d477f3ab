/**
 * The weekly digest: ISO 8601 weeks (Monday to Sunday) in the site's time zone, each with
 * the stories published and the corrections made in it. Pure (the clock and the time zone
 * are arguments), so week boundaries are unit-tested without a build.
 *
 * Written by hand: Intl gives a date's parts in a time zone but neither ISO week numbers
 * nor "midnight in that zone as an instant"; both are a few lines on top of it.
 */
const DAY_MS = 86_400_000;

export interface IsoWeek {
  /** The ISO week-numbering year (2026-W01 can start on 29 December 2025). */
  year: number;
  /** 1-53 */
  week: number;
}

interface Civil {
  year: number;
  month: number;
  day: number;
}

type ZonedParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

const partsFormats = new Map<string, Intl.DateTimeFormat>();
/** formatToParts is slow (0.6 s of a 10,000-story build), and the same instants recur. */
const partsOf = new Map<string, ZonedParts>();

/** Calendar date and clock time of an instant in a time zone. */
function zonedParts(date: Date, timeZone: string): ZonedParts {
  const key = `${timeZone} ${date.getTime()}`;
  let parts = partsOf.get(key);
  if (!parts) partsOf.set(key, (parts = formattedParts(date, timeZone)));
  return parts;
}

function formattedParts(date: Date, timeZone: string): ZonedParts {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, Number(p.value)])) as ZonedParts;
}

/** How far the zone's clock is ahead of UTC at this instant, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day starts in a time zone. */
function startOfDay({ year, month, day }: Civil, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  let instant = guess - zoneOffset(guess, timeZone);
  // Across a DST change the offset at the guess and at the answer differ: one more step.
  instant = guess - zoneOffset(instant, timeZone);
  return new Date(instant);
}

/** ISO week of a calendar day: the week belongs to the year its Thursday falls in. */
function isoWeekOfCivil({ year, month, day }: Civil): IsoWeek {
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date + (3 - weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS));
  return { year: isoYear, week };
}

/** The ISO week an instant falls in, in the given time zone. */
export function isoWeekOf(date: Date, timeZone: string): IsoWeek {
  const { year, month, day } = zonedParts(date, timeZone);
  return isoWeekOfCivil({ year, month, day });
}

/** Monday 00:00 of an ISO week in the time zone, and the next Monday 00:00 (exclusive end). */
export function weekBounds({ year, week }: IsoWeek, timeZone: string): { start: Date; end: Date } {
  // 4 January is always in week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS);
  const civil = (d: Date): Civil => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
  return {
    start: startOfDay(civil(monday), timeZone),
    end: startOfDay(civil(new Date(monday.getTime() + 7 * DAY_MS)), timeZone),
  };
}

/** "2026-w05": the digest's URL segment. */
export function weekKey({ year, week }: IsoWeek): string {
  return `${year}-w${String(week).padStart(2, '0')}`;
}

/** Reads a week key back; undefined for anything weekKey would not write. */
export function parseWeekKey(key: string): IsoWeek | undefined {
  const m = key.match(/^(\d{4})-w(0[1-9]|[1-4]\d|5[0-3])$/);
  if (!m) return undefined;
  const week = { year: Number(m[1]), week: Number(m[2]) };
  // Week 53 exists only in some years: it must read back as itself.
  const { start } = weekBounds(week, 'UTC');
  return weekKey(isoWeekOf(start, 'UTC')) === key ? week : undefined;
}

/** "Week 5, 2026" */
export function weekLabel({ year, week }: IsoWeek): string {
  return `Week ${week}, ${year}`;
}

interface Dated {
  publishedAt: Date;
  corrections: { date: Date }[];
}

export interface DigestWeek<S extends Dated> {
  week: IsoWeek;
  key: string;
  start: Date;
  end: Date;
  /** Published in the week, oldest first (a week reads as it happened). */
  stories: S[];
  /** Corrections made in the week, to any story, oldest first. */
  corrections: { story: S; note: S['corrections'][number] }[];
}

/**
 * Every finished week with a story or a correction in it, newest first. The week that
 * contains `now` has not ended and is left out until it has.
 */
export function digestWeeks<S extends Dated>(stories: S[], now: Date, timeZone: string): DigestWeek<S>[] {
  const weeks = new Map<string, DigestWeek<S>>();
  const weekFor = (date: Date) => {
    const week = isoWeekOf(date, timeZone);
    const key = weekKey(week);
    let digest = weeks.get(key);
    if (!digest)
      weeks.set(key, (digest = { week, key, ...weekBounds(week, timeZone), stories: [], corrections: [] }));
    return digest;
  };
  for (const story of stories) {
    weekFor(story.publishedAt).stories.push(story);
    for (const note of story.corrections) weekFor(note.date).corrections.push({ story, note });
  }
  const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();
  return [...weeks.values()]
    .filter((digest) => digest.end.getTime() <= now.getTime())
    .map((digest) => ({
      ...digest,
      stories: digest.stories.sort((a, b) => byTime(a.publishedAt, b.publishedAt)),
      corrections: digest.corrections.sort((a, b) => byTime(a.note.date, b.note.date)),
    }))
    .sort((a, b) => byTime(b.start, a.start));
}
