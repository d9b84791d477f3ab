/**
 * What a figure is about beyond its company and metric: its place (a region, a country, a
 * state, a city), its site ("campus", "plant"), its period ("in May", "at the end of 2025")
 * and whether it is a forecast. The figure checker (figures.ts) calls a figure the same fact
 * as a ledger entry only when these agree, so "Anthropic's Texas campus will draw 300 MW" is
 * a new fact, not a contradiction of the combined U.S. leases.
 *
 * Written by hand: this is a small house vocabulary of words that change what a number
 * measures; no library tags scope and period in a sentence for us.
 */
import { REGION_NAMES } from './rules.ts';

/** Place names a sentence may give a figure, each with the key it is compared by. */
const PLACES: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(REGION_NAMES).map(([key, name]) => [key, [name]])),
  us: ['United States', 'U.S.', 'US', 'USA', 'America', 'American'],
  apac: ['Asia-Pacific', 'Asia Pacific', 'APAC', 'Asia'],
  europe: ['Europe', 'European', 'EU'],
  uk: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'British', 'England', 'London'],
  japan: ['Japan', 'Japanese', 'Tokyo', 'Osaka'],
  australia: ['Australia', 'Australian', 'Sydney', 'Melbourne'],
  china: ['China', 'Chinese'],
  india: ['India', 'Indian', 'Mumbai'],
  korea: ['South Korea', 'Korea', 'Korean', 'Seoul'],
  'southeast-asia': ['Southeast Asia', 'Singapore', 'Malaysia', 'Johor', 'Indonesia', 'Thailand', 'Vietnam'],
  'middle-east': ['Middle East', 'Saudi Arabia', 'UAE', 'Abu Dhabi', 'Dubai', 'Qatar'],
  canada: ['Canada', 'Canadian', 'Quebec', 'Ontario'],
  latam: ['Latin America', 'Brazil', 'Mexico', 'Chile'],
  africa: ['Africa', 'South Africa', 'Kenya', 'Nigeria'],
  taiwan: ['Taiwan'],
  germany: ['Germany', 'German', 'Frankfurt'],
  france: ['France', 'French', 'Paris'],
  ireland: ['Ireland', 'Irish', 'Dublin'],
  netherlands: ['Netherlands', 'Dutch', 'Amsterdam'],
  nordics: ['Nordics', 'Nordic', 'Norway', 'Sweden', 'Finland', 'Denmark', 'Iceland'],
  spain: ['Spain', 'Spanish', 'Madrid'],
  italy: ['Italy', 'Italian', 'Milan'],
  ...Object.fromEntries(
    (
      'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii ' +
      'Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan ' +
      'Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania ' +
      'Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'
    )
      .split(' ')
      .map((state) => [state.toLowerCase(), [state]]),
  ),
  'new-york': ['New York'],
  'new-jersey': ['New Jersey'],
  'new-mexico': ['New Mexico'],
  'north-carolina': ['North Carolina'],
  'south-carolina': ['South Carolina'],
  'north-dakota': ['North Dakota'],
  'south-dakota': ['South Dakota'],
  'west-virginia': ['West Virginia'],
  'northern-virginia': ['Northern Virginia', 'Ashburn', 'Loudoun'],
  abilene: ['Abilene'],
  dallas: ['Dallas'],
  phoenix: ['Phoenix'],
  atlanta: ['Atlanta'],
  chicago: ['Chicago'],
  columbus: ['Columbus'],
  'silicon-valley': ['Silicon Valley', 'Bay Area'],
  midwest: ['Midwest'],
  'gulf-coast': ['Gulf Coast'],
  'pacific-northwest': ['Pacific Northwest'],
};

/** Words that make a figure one site's or one part's, not the whole. */
const SITE_WORDS = ['campus', 'site', 'facility', 'plant', 'building', 'cluster', 'substation', 'phase'];

/**
 * Parts of a company a figure can count: unlike a place, an entry that names one ("compute
 * roles") is about that part only, so the sentence must name it too.
 */
const PART_WORDS = [
  'compute',
  'sales',
  'engineering',
  'research',
  'policy',
  'marketing',
  'legal',
  'finance',
  'security',
  'inference',
  'training',
  'support',
];

/** Words that say a figure is another one than the one already reported. */
const OTHER_WORDS = ['another', 'additional', 'separate', 'second', 'third', 'each', 'per', 'single'];

/** A forecast is not an actual: "expects its run-rate to reach…", "a target of…". */
const FORECAST =
  /\b(?:expect(?:s|ed)?|forecast(?:s|ed)?|projected|projection|projects? (?:that|it)|target(?:s|ed)?|aims? to|goal of|(?:could|would|will|may) (?:reach|hit|top|grow|rise|climb|double|triple|exceed))\b/i;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = new RegExp(
  String.raw`\b(?<month>${MONTHS.join('|')}|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:of\s+)?(?<year>20\d\d))?`,
  'g',
);
const QUARTER = new RegExp(
  String.raw`\b(?:Q(?<q>[1-4])|(?<word>first|second|third|fourth) quarter)(?:\s+(?:of\s+)?(?<year>20\d\d))?`,
  'gi',
);
const YEAR = /(?<![\d,.$£€¥-])\b(?<year>20\d\d)\b(?!\d|,\d|\s?(?:MW|GW|roles|jobs))/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PLACE_PATTERNS = Object.entries(PLACES).flatMap(([key, names]) =>
  // Case matters: "US" is a place, "us" is a word.
  names.map((name) => ({ key, pattern: new RegExp(String.raw`(?<![\w.])${escape(name)}(?![\w])`) })),
);

export interface Scope {
  /** Places (by key) and sites: a sentence may leave out the entry's, never add its own. */
  places: Set<string>;
  /** Parts of the company: the sentence and the entry must name the same. */
  parts: Set<string>;
}

const wordsIn = (text: string, words: string[]) => {
  const lower = text.toLowerCase();
  return words.filter((word) => new RegExp(String.raw`\b${word}s?\b`).test(lower));
};

/** The scope words of a text. */
export function scopeOf(text: string): Scope {
  const places = new Set<string>();
  for (const { key, pattern } of PLACE_PATTERNS) if (pattern.test(text)) places.add(key);
  for (const word of wordsIn(text, SITE_WORDS)) places.add(word);
  return { places, parts: new Set(wordsIn(text, PART_WORDS)) };
}

/** Words of a sentence that mark a figure as another one ("another 300 MW", "each site"). */
export function otherWordsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return OTHER_WORDS.filter((word) => new RegExp(String.raw`\b${word}\b`).test(lower));
}

export function isForecast(text: string): boolean {
  return FORECAST.test(text);
}

/** A span of months a sentence names: [first, last] as months since year 0, inclusive. */
export interface Period {
  text: string;
  from: number;
  to: number;
}

const monthIndex = (name: string) =>
  MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.replace('.', '').toLowerCase().slice(0, 3)));
const months = (year: number, month: number) => year * 12 + month;

/**
 * The periods a sentence names. A month without a year takes the year of `reference` (the
 * story's date, or the ledger entry's), "last year" and "this year" count from it too.
 */
export function periodsIn(text: string, reference: Date): Period[] {
  const refYear = reference.getUTCFullYear();
  const periods: Period[] = [];
  const taken: [number, number][] = [];
  const free = (index: number, length: number) =>
    !taken.some(([start, end]) => index < end && index + length > start);
  for (const m of text.matchAll(MONTH)) {
    // "May" as a verb is lower case; as a month it is capitalised and not sentence-initial
    // modal ("May reach"): accept it only with a day, a year or after "in"/"of"/"since".
    const month = monthIndex(m.groups!.month!);
    if (
      month === 4 &&
      !m.groups!.year &&
      !/\d/.test(m[0]) &&
      !/\b(?:in|of|since|by|until|through)\s+$/i.test(text.slice(0, m.index))
    )
      continue;
    const year = m.groups!.year ? Number(m.groups!.year) : refYear;
    periods.push({ text: m[0], from: months(year, month), to: months(year, month) });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = m.groups!.q
      ? Number(m.groups!.q)
      : ['first', 'second', 'third', 'fourth'].indexOf(m.groups!.word!.toLowerCase()) + 1;
    const year = m.groups!.year ? Number(m.groups!.year) : refYear;
    periods.push({ text: m[0], from: months(year, (q - 1) * 3), to: months(year, q * 3 - 1) });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(YEAR)) {
    if (!free(m.index, m[0].length)) continue;
    const year = Number(m.groups!.year);
    // "at the end of 2025" is its last quarter, "early 2025" its first, "mid-2025" its middle.
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    const [first, last] = /(?:end|close) of (?:the year )?$|late\s$/.test(before)
      ? [9, 11]
      : /(?:start|beginning) of $|early\s$/.test(before)
        ? [0, 2]
        : /mid-?$|middle of $/.test(before)
          ? [3, 8]
          : [0, 11];
    periods.push({
      text: text.slice(
        m.index -
          (before.match(/(?:(?:the )?(?:end|close|start|beginning|middle) of |late |early |mid-?)$/)?.[0]
            .length ?? 0),
        m.index + m[0].length,
      ),
      from: months(year, first),
      to: months(year, last),
    });
  }
  for (const m of text.matchAll(/\b(?<which>last|this|next) year\b/gi)) {
    const year =
      refYear + { last: -1, this: 0, next: 1 }[m.groups!.which!.toLowerCase() as 'last' | 'this' | 'next'];
    periods.push({ text: m[0], from: months(year, 0), to: months(year, 11) });
  }
  return periods;
}

/** The month a date falls in, as months since year 0. */
export const monthOf = (date: Date) => months(date.getUTCFullYear(), date.getUTCMonth());
