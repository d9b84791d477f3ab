/**
 * The figure checker: finds the figures in a piece of text (money with its currency and
 * scale, GW/MW, counts with a unit noun, percentages; never years or dates) and matches
 * each to the facts ledger by value, company and metric. Used by the linter (stories, FAQ
 * answers, tables), the importer (every draft) and so the build. Plain TypeScript.
 *
 * Written by hand: no library reads "$4.7 billion" or "thirteen open roles" as a quantity
 * with a unit; the patterns below are the house's own vocabulary, kept in one place.
 */
import { formatQuantity } from './fact-format.ts';
import { isForecast, monthOf, otherWordsIn, periodsIn, scopeOf } from './figure-scope.ts';
import { FACT_TAG, METRICS, type Metric, type Unit } from './rules.ts';

export interface Figure {
  /** As written, e.g. "$4.7 billion". */
  text: string;
  /** Offset in the text. */
  index: number;
  value: number;
  max?: number;
  unit: Unit;
}

/** What the checker needs of a fact. */
export interface LedgerFact {
  id: string;
  label: string;
  value: number;
  max?: number;
  unit: Unit;
  entity: string;
  metric: Metric;
  source: string;
  /** YYYY-MM-DD: the period the figure is for. Without it, any period agrees. */
  asOf?: string;
  /** The entry's note: read with the label for its scope words. */
  note?: string;
}

export interface LedgerCompany {
  id: string;
  /** Name and aliases. */
  names: string[];
}

export interface Ledger {
  facts: LedgerFact[];
  companies: LedgerCompany[];
}

/** A writer's word that a figure is another fact than the ledger's (a story's `figureNotes`). */
export interface FigureNote {
  figure: string;
  note: string;
}

/** What the checker knows of where a text sits. */
export interface FigureContext {
  /** The story's companies: the entity when a sentence names none. */
  companies?: string[];
  /** Read for companies, metrics and scope too: a table cell's row and column header. */
  context?: string;
  /**
   * The text is a table cell: its company comes from its row, its header or the table's
   * title, never from the story's tags alone (a table of regions is about the regions).
   */
  table?: boolean;
  /** The story's date: the period of a figure whose sentence names none. */
  date?: Date;
  notes?: FigureNote[];
}

export type FigureFinding =
  | { kind: 'match'; figure: Figure; fact: LedgerFact }
  | {
      kind: 'conflict';
      figure: Figure;
      fact: LedgerFact;
      tenfold: boolean;
      sentence: string;
      /** Why the checker takes the figure for the entry's fact: what matched. */
      why: string[];
    }
  | {
      kind: 'unknown';
      figure: Figure;
      entity?: string;
      metric?: Metric;
      entry: string;
      /** The nearest entry of the same company and metric, and how this figure differs from it. */
      differs?: { fact: LedgerFact; reasons: string[] };
    }
  | { kind: 'noted'; figure: Figure; note: string };

const SYMBOL_UNITS: Record<string, Unit> = {
  US$: 'USD',
  A$: 'AUD',
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
};
const WORD_UNITS: Record<string, Unit> = { dollars: 'USD', pounds: 'GBP', euros: 'EUR', yen: 'JPY' };
const SCALE: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const COUNT_NOUNS: Record<string, Unit> = {
  roles: 'roles',
  role: 'roles',
  jobs: 'roles',
  positions: 'roles',
  openings: 'roles',
  agreements: 'agreements',
};

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALES = String.raw`trillion|billion|million|thousand|bn|m|k`;
const MONEY = new RegExp(
  String.raw`(?<sym>US\$|A\$|\$|£|€|¥|\b(?:USD|GBP|EUR|JPY|AUD)\s?)(?<num>${NUM})(?:\s?(?<scale>${SCALES})\b)?` +
    String.raw`(?:\s?(?:–|-|to)\s?(?:US\$|A\$|\$|£|€|¥|(?:USD|GBP|EUR|JPY|AUD)\s?)?(?<num2>${NUM})(?:\s?(?<scale2>${SCALES})\b)?)?` +
    String.raw`|\b(?<wnum>${NUM})(?:\s?(?:–|-|to|and)\s?(?<wnum2>${NUM}))?\s?(?<wscale>trillion|billion|million|thousand)?\s(?<word>dollars|pounds|euros|yen)\b`,
  'g',
);
const POWER = new RegExp(
  String.raw`\b(?:(?<num>${NUM})|(?<a>a|one))\s?(?<unit>GW|MW|gigawatts?|megawatts?)\b`,
  'g',
);
const COUNT = new RegExp(
  String.raw`\b(?<num>\d+|${NUMBER_WORDS.join('|')})\s+(?:[a-z-]+\s+){0,2}?(?<noun>${Object.keys(COUNT_NOUNS).join('|')})\b`,
  'gi',
);
const PERCENT = new RegExp(String.raw`\b(?<num>${NUM})\s?(?:%|percent\b|per cent\b)`, 'g');

const parse = (num: string) => Number(num.replace(/,/g, ''));

/** Every figure in the text, in order. <Fact> tags are the ledger's own figures: skipped. */
export function findFigures(raw: string): Figure[] {
  // Blank out the tags (same length, so offsets and line numbers hold).
  const text = raw.replace(FACT_TAG, (tag) => ' '.repeat(tag.length));
  const figures: Figure[] = [];
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups!;
    if (g.word) {
      const scale = g.wscale ? SCALE[g.wscale]! : 1;
      const max = g.wnum2 ? parse(g.wnum2) * scale : undefined;
      figures.push({
        text: m[0],
        index: m.index,
        value: parse(g.wnum!) * scale,
        max,
        unit: WORD_UNITS[g.word]!,
      });
      continue;
    }
    const unit = SYMBOL_UNITS[g.sym!.trim()] ?? (g.sym!.trim() as Unit);
    const scale = g.scale ? SCALE[g.scale.toLowerCase()]! : 1;
    const value = parse(g.num!) * scale;
    const max = g.num2 ? parse(g.num2) * (g.scale2 ? SCALE[g.scale2.toLowerCase()]! : scale) : undefined;
    figures.push({ text: m[0].trim(), index: m.index, value, max, unit });
  }
  for (const m of text.matchAll(POWER)) {
    const g = m.groups!;
    const unit: Unit = /^(GW|gigawatt)/.test(g.unit!) ? 'GW' : 'MW';
    figures.push({ text: m[0], index: m.index, value: g.num ? parse(g.num) : 1, unit });
  }
  for (const m of text.matchAll(COUNT)) {
    const g = m.groups!;
    const word = NUMBER_WORDS.indexOf(g.num!.toLowerCase());
    // "One energy role" names a thing; it is not a reported figure.
    if (word >= 0 && word < 2) continue;
    const value = word >= 0 ? word : Number(g.num);
    // "in 2026 roles were…" is a year, not a count.
    if (word < 0 && value >= 1900 && value <= 2100) continue;
    figures.push({ text: m[0], index: m.index, value, unit: COUNT_NOUNS[g.noun!.toLowerCase()]! });
  }
  for (const m of text.matchAll(PERCENT)) {
    figures.push({ text: m[0], index: m.index, value: parse(m.groups!.num!), unit: 'percent' });
  }
  return figures.sort((a, b) => a.index - b.index);
}

/** Abbreviations whose full stop does not end a sentence ("U.S. leases", "Corp. said"). */
const ABBREVIATION =
  /(?:\b(?:[A-Z]\.)+|\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|St|No|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/;

/** Where sentences end in a text: after . ! ? and a space before a capital, or at a blank line. */
function sentenceEnds(text: string): { index: number; length: number }[] {
  const ends: { index: number; length: number }[] = [];
  for (const m of text.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9$£€¥])|\n\s*\n/g)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1)))
      continue;
    ends.push({ index: m.index, length: m[0].length });
  }
  return ends;
}

/** The line of a Markdown table row at an offset, with the table's header row. */
function tableRowAt(text: string, index: number): { row: string; header: string } | undefined {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  const row = text.slice(start, end < 0 ? text.length : end);
  if (!row.trimStart().startsWith('|')) return undefined;
  const lines = text.slice(0, start).split('\n');
  let header = row;
  for (let i = lines.length - 1; i >= 0 && lines[i]!.trimStart().startsWith('|'); i--) header = lines[i]!;
  return { row, header };
}

/** The sentence around an offset: where the checker looks for the company and the metric. */
function sentenceAt(text: string, index: number): string {
  const ends = sentenceEnds(text);
  const before = ends.filter((e) => e.index < index).at(-1);
  const after = ends.find((e) => e.index >= index);
  return text.slice(before ? before.index + before.length : 0, after ? after.index : text.length);
}

/** In MW for power, so "1 GW" and "1,000 MW" are the same figure. */
function comparable(value: number, unit: Unit): [number, string] {
  if (unit === 'GW') return [value * 1000, 'power'];
  if (unit === 'MW') return [value, 'power'];
  return [value, unit];
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 0.005;

function metricsIn(sentence: string, unit: Unit): Metric[] {
  const lower = sentence.toLowerCase();
  const found = (Object.keys(METRICS) as Metric[]).filter((metric) =>
    METRICS[metric].some((word) => lower.includes(word)),
  );
  // The unit's own metric first: "Dallas-Fort Worth … 18,400 MW" is a capacity, not a "worth".
  const own: Metric | undefined =
    unit === 'GW' || unit === 'MW' ? 'capacity' : unit === 'roles' ? 'open-roles' : undefined;
  return own ? [own, ...found.filter((m) => m !== own)] : found;
}

const namePattern = (name: string) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);

function entitiesIn(sentence: string, companies: LedgerCompany[]): string[] {
  return companies.filter((c) => c.names.some((name) => namePattern(name).test(sentence))).map((c) => c.id);
}

/** A facts entry to paste into content/facts/, in YAML flow style (one line). */
function entryFor(figure: Figure, entity: string | undefined, metric: Metric | undefined): string {
  const fields = [
    `label: "TODO: what this figure is"`,
    `value: ${figure.value}`,
    ...(figure.max !== undefined ? [`max: ${figure.max}`] : []),
    `unit: ${figure.unit}`,
    `asOf: TODO-YYYY-MM-DD`,
    `entity: ${entity ?? 'TODO-company-id'}`,
    `metric: ${metric ?? 'TODO'}`,
    `sources: [{ publisher: "TODO outlet", title: "TODO headline", original: true }]`,
  ];
  return `{ ${fields.join(', ')} }`;
}

/** Words too common to say two texts are about the same figure. */
const COMMON = new Set(
  'about after also based before between from have including into more than that their there these this those under with within without'.split(
    ' ',
  ),
);

/** Words of an entry's label that the sentence repeats, and its metric's own words. */
function sharedWording(sentence: string, fact: LedgerFact, ledger: Ledger): string[] {
  const lower = sentence.toLowerCase();
  const names = new Set(
    ledger.companies.flatMap((c) => c.names.flatMap((n) => n.toLowerCase().split(/\W+/))),
  );
  const metricWords = METRICS[fact.metric].filter((word) => lower.includes(word));
  const labelWords = fact.label
    .toLowerCase()
    .split(/[^a-z-]+/)
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length >= 4 && !COMMON.has(w) && !names.has(w))
    .filter((w) => new RegExp(`\\b${w}`).test(lower));
  return [...new Set([...metricWords, ...labelWords])];
}

const DAY = 86_400_000;
/** A story's date this close to an entry's asOf, and a sentence that names no period: the same period. */
const SAME_PERIOD_DAYS = 92;
const MONTH_NAME = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

interface Judgement {
  fact: LedgerFact;
  tenfold: boolean;
  /** What agrees: the reasons to call the figure this entry's fact. */
  agrees: string[];
  /** What tells them apart. */
  differs: string[];
  /** Differences that a power-of-ten relation does not outweigh (scope, other words, wording). */
  hard: boolean;
}

/**
 * Is a figure the same fact as a ledger entry of its company and metric? Same wording, same
 * scope (place, site), not "another" one, and the same period (named in the sentence, or
 * the story's date near the entry's); a power-of-ten slip needs all but the period.
 */
function judge(
  value: number,
  fact: LedgerFact,
  sentence: string,
  full: string,
  entity: string,
  ledger: Ledger,
  rivals: LedgerFact[],
  date: Date | undefined,
): Judgement {
  const agrees = [`company ${entity}`];
  const differs: string[] = [];
  let hard = false;
  const ratio = value / comparable(fact.value, fact.unit)[0];
  const tenfold = [10, 0.1, 100, 0.01, 1000, 0.001].some((r) => Math.abs(ratio / r - 1) < 0.02);

  const wording = sharedWording(full, fact, ledger);
  if (wording.length) agrees.push(`words ${wording.map((w) => `"${w}"`).join(', ')}`);
  else {
    differs.push(`no word of "${fact.label}" in the sentence`);
    hard = true;
  }
  const entryText = `${fact.label} ${fact.note ?? ''}`;
  const entryScope = scopeOf(entryText);
  const sentenceScope = scopeOf(full);
  const extra = [...sentenceScope.places, ...sentenceScope.parts].filter(
    (word) => !entryScope.places.has(word) && !entryScope.parts.has(word),
  );
  const missing = [...entryScope.parts].filter((word) => !sentenceScope.parts.has(word));
  if (extra.length) {
    differs.push(`scope ${extra.map((w) => `"${w}"`).join(', ')} (the entry is not about it)`);
    hard = true;
  } else if (missing.length) {
    differs.push(`the entry counts ${missing.join(', ')} only, the sentence does not say so`);
    hard = true;
  } else {
    const shared = [...entryScope.places, ...entryScope.parts].filter(
      (w) => sentenceScope.places.has(w) || sentenceScope.parts.has(w),
    );
    if (shared.length) agrees.push(`scope ${shared.map((w) => `"${w}"`).join(', ')}`);
  }
  const other = otherWordsIn(sentence).filter((w) => !entryText.toLowerCase().includes(w));
  if (other.length) {
    differs.push(`"${other[0]}" marks another figure`);
    hard = true;
  }

  let period = true;
  // A commitment is a promise by nature ("will invest"); other metrics are reported actuals.
  if (isForecast(sentence) && !isForecast(entryText) && fact.metric !== 'investment') {
    differs.push('a forecast, the entry is a reported figure');
    hard = true;
  }
  const asOf = fact.asOf ? new Date(`${fact.asOf}T00:00:00Z`) : undefined;
  if (asOf && period) {
    const periods = periodsIn(full, date ?? asOf);
    const month = monthOf(asOf);
    const entryMonth = MONTH_NAME.format(asOf);
    if (periods.length) {
      const same = periods.find((p) => p.from <= month && month <= p.to);
      if (same) agrees.push(`period "${same.text}" (the entry is as of ${entryMonth})`);
      else {
        differs.push(`period "${periods[0]!.text}" (the entry is as of ${entryMonth})`);
        period = false;
      }
    } else if (date) {
      if (Math.abs(date.getTime() - asOf.getTime()) <= SAME_PERIOD_DAYS * DAY)
        agrees.push(`the story's date is near the entry's (${entryMonth})`);
      else {
        differs.push(`the story is dated far from the entry (${entryMonth}) and names no period`);
        period = false;
      }
    } else if (rivals.some((r) => r.asOf && r.asOf > fact.asOf!)) {
      differs.push(`names no period, and the ledger has a newer ${fact.metric} for ${entity}`);
      period = false;
    }
  }
  if (!period) hard ||= !tenfold;
  return { fact, tenfold, agrees, differs, hard };
}

/**
 * Each figure in the text against the ledger: the same value is a match; the same fact
 * with another value is a conflict; anything else is unknown to the ledger (with the entry
 * it comes closest to, and why it is not that one).
 */
export function checkFigures(text: string, ledger: Ledger, where: FigureContext = {}): FigureFinding[] {
  const { companies = [], context = '', date, notes = [] } = where;
  return findFigures(text).map((figure): FigureFinding => {
    const [value, family] = comparable(figure.value, figure.unit);
    const sameFamily = ledger.facts.filter((f) => comparable(f.value, f.unit)[1] === family);
    // A row of a Markdown table in a story body is read like a table cell: its row and header.
    const row = tableRowAt(text, figure.index);
    const sentence = row?.row ?? sentenceAt(text, figure.index);
    const full = `${sentence} ${row?.header ?? ''} ${context}`;
    const named = entitiesIn(full, ledger.companies);
    const entities = named.length || where.table || row ? named : companies;
    const metrics = metricsIn(full, figure.unit);
    const matches = sameFamily.filter(
      (f) =>
        near(value, comparable(f.value, f.unit)[0]) &&
        (figure.max === undefined || (f.max !== undefined && near(figure.max, f.max))),
    );
    // The same value of another company is a coincidence, not this figure's entry.
    const best = entities.length ? matches.find((f) => entities.includes(f.entity)) : matches[0];
    if (best) return { kind: 'match', figure, fact: best };
    const note = notes.find((n) => normalise(n.figure) === normalise(figure.text));
    if (note) return { kind: 'noted', figure, note: note.note };

    let candidates = sameFamily.filter((f) => entities.includes(f.entity) && metrics.includes(f.metric));
    // A sentence that names no place or site is about the whole: the entry with none, if any.
    const placeless = (t: string) => scopeOf(t).places.size === 0;
    if (placeless(full) && candidates.some((f) => placeless(`${f.label} ${f.note ?? ''}`)))
      candidates = candidates.filter((f) => placeless(`${f.label} ${f.note ?? ''}`));
    const judged = candidates.map((fact) =>
      judge(
        value,
        fact,
        sentence,
        full,
        fact.entity,
        ledger,
        sameFamily.filter((r) => r.entity === fact.entity && r.metric === fact.metric),
        date,
      ),
    );
    const distance = (j: Judgement) => Math.abs(Math.log(value / comparable(j.fact.value, j.fact.unit)[0]));
    const same = judged
      .filter((j) => !j.hard)
      // A figure a power of ten off one ledger value is that value copied wrong: name it,
      // even when another value of the same metric is nearer.
      .sort((a, b) => Number(b.tenfold) - Number(a.tenfold) || distance(a) - distance(b));
    if (same[0]) {
      const { fact, tenfold, agrees } = same[0];
      return { kind: 'conflict', figure, fact, tenfold, sentence: sentence.trim(), why: agrees };
    }
    const entity = entities[0];
    const metric = metrics[0];
    const nearest = judged.sort((a, b) => distance(a) - distance(b))[0];
    return {
      kind: 'unknown',
      figure,
      entity,
      metric,
      entry: entryFor(figure, entity, metric),
      differs: nearest ? { fact: nearest.fact, reasons: nearest.differs } : undefined,
    };
  });
}

const normalise = (figure: string) => figure.toLowerCase().replace(/\s+/g, ' ').trim();

/** One line for a person: what the finding is and what to do. */
export function describeFinding(finding: FigureFinding): { message: string; fix: string } {
  const { figure } = finding;
  switch (finding.kind) {
    case 'match':
      return {
        message: `"${figure.text}" is in the facts ledger (${finding.fact.label})`,
        fix: `Write <Fact id="${finding.fact.id}" /> so the figure, its style and its source note come from the ledger`,
      };
    case 'conflict': {
      const ledgerValue = formatQuantity(finding.fact);
      const times = finding.tenfold
        ? `; it is off by a power of ten (${formatQuantity({ ...figure, unit: figure.unit })} vs ${ledgerValue}), the mark of a copying slip`
        : '';
      const sentence =
        finding.sentence.length > 160 ? `${finding.sentence.slice(0, 157)}...` : finding.sentence;
      return {
        message: `"${figure.text}" conflicts with the facts ledger: ${finding.fact.label} is ${ledgerValue} per ${finding.fact.source} (content/facts/${finding.fact.id}.yaml)${times}. Taken for the same fact by ${finding.why.join('; ')}, in "${sentence}"`,
        fix: `Check the original; if the ledger is right write <Fact id="${finding.fact.id}" />, if the story is right fix content/facts/${finding.fact.id}.yaml and cite the source; if this is another fact, add it to content/facts/ or note it under figureNotes: in the story's frontmatter`,
      };
    }
    case 'unknown': {
      const differs = finding.differs
        ? ` (not the ledger's "${finding.differs.fact.label}": ${finding.differs.reasons.join('; ')})`
        : '';
      return {
        message: `"${figure.text}" is a figure the facts ledger does not have${differs}`,
        fix: `Add it as content/facts/<id>.yaml (paste and fill in): ${finding.entry}`,
      };
    }
    case 'noted':
      return {
        message: `"${figure.text}" is noted as another fact than the ledger's: ${finding.note}`,
        fix: 'Nothing to do; add it to content/facts/ to give it a source note on the page',
      };
  }
}
