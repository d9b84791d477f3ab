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
import { FACT_TAG, isCurrency, METRICS, type Metric, type Unit } from './rules.ts';

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

export type FigureFinding =
  | { kind: 'match'; figure: Figure; fact: LedgerFact }
  | { kind: 'conflict'; figure: Figure; fact: LedgerFact; tenfold: boolean }
  | { kind: 'unknown'; figure: Figure; entity?: string; metric?: Metric; entry: string };

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

/** The sentence around an offset: where the checker looks for the company and the metric. */
function sentenceAt(text: string, index: number): string {
  const end = /[.!?]["”’)]?\s|\n\s*\n/g;
  let start = 0;
  for (const m of text.slice(0, index).matchAll(end)) start = m.index + m[0].length;
  end.lastIndex = index;
  const stop = end.exec(text);
  return text.slice(start, stop ? stop.index : text.length);
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
  if (unit === 'GW' || unit === 'MW') found.push('capacity');
  if (unit === 'roles') found.push('open-roles');
  return found;
}

function entitiesIn(sentence: string, companies: LedgerCompany[]): string[] {
  return companies
    .filter((c) =>
      c.names.some((name) =>
        new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence),
      ),
    )
    .map((c) => c.id);
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

/**
 * Each figure in the text against the ledger. `companies` are the story's own companies:
 * the entity when a sentence names none. `context` is read for companies and metrics too
 * (a table cell's row and column header).
 */
export function checkFigures(
  text: string,
  ledger: Ledger,
  companies: string[] = [],
  context = '',
): FigureFinding[] {
  return findFigures(text).map((figure): FigureFinding => {
    const [value, family] = comparable(figure.value, figure.unit);
    const sameFamily = ledger.facts.filter((f) => comparable(f.value, f.unit)[1] === family);
    const sentence = `${sentenceAt(text, figure.index)} ${context}`;
    const named = entitiesIn(sentence, ledger.companies);
    const entities = named.length ? named : companies;
    const metrics = metricsIn(sentence, figure.unit);
    const matches = sameFamily.filter(
      (f) =>
        near(value, comparable(f.value, f.unit)[0]) &&
        (figure.max === undefined || (f.max !== undefined && near(figure.max, f.max))),
    );
    if (matches.length) {
      const best = matches.find((f) => entities.includes(f.entity)) ?? matches[0]!;
      return { kind: 'match', figure, fact: best };
    }
    const candidates = sameFamily.filter((f) => entities.includes(f.entity) && metrics.includes(f.metric));
    if (candidates.length) {
      const ratio = (f: LedgerFact) => value / comparable(f.value, f.unit)[0];
      const powerOfTen = (f: LedgerFact) =>
        [10, 0.1, 100, 0.01, 1000, 0.001].some((r) => Math.abs(ratio(f) / r - 1) < 0.02);
      const distance = (f: LedgerFact) => Math.abs(Math.log(ratio(f)));
      // A figure a power of ten off one ledger value is that value copied wrong: name it,
      // even when another value of the same metric is nearer.
      const fact = candidates.sort(
        (a, b) => Number(powerOfTen(b)) - Number(powerOfTen(a)) || distance(a) - distance(b),
      )[0]!;
      return { kind: 'conflict', figure, fact, tenfold: powerOfTen(fact) };
    }
    const entity = entities[0];
    const metric = metrics[0];
    return { kind: 'unknown', figure, entity, metric, entry: entryFor(figure, entity, metric) };
  });
}

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
      return {
        message: `"${figure.text}" conflicts with the facts ledger: ${finding.fact.label} is ${ledgerValue} per ${finding.fact.source}${times}`,
        fix: `Check the original; if the ledger is right write <Fact id="${finding.fact.id}" />, if the story is right fix content/facts/${finding.fact.id}.yaml and cite the source`,
      };
    }
    case 'unknown':
      return {
        message: `"${figure.text}" is not in the facts ledger`,
        fix: `Add it as content/facts/<id>.yaml (paste and fill in): ${finding.entry}`,
      };
  }
}
