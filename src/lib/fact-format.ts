/**
 * House style for figures: "$965 billion", "£225,000 to £270,000", "1 GW", "13 roles",
 * "more than $47 billion". One function, so a figure reads the same on a page, in a feed,
 * a table, a card and a CSV. Plain TypeScript (no astro:*): the linter and importer use it.
 */
import { QUALIFIERS, type Qualifier, type Unit } from './rules.ts';

const SYMBOLS: Partial<Record<Unit, string>> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥', AUD: 'A$' };
const NOUNS: Partial<Record<Unit, [string, string]>> = {
  roles: ['role', 'roles'],
  agreements: ['agreement', 'agreements'],
};
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const scaled = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 965e9 -> "965 billion", 4.7e9 -> "4.7 billion", 225000 -> "225,000". */
export function formatNumber(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${scaled.format(value / size)} ${word}`;
  }
  return grouped.format(value);
}

function one(value: number, unit: Unit): string {
  const symbol = SYMBOLS[unit];
  if (symbol) return `${symbol}${formatNumber(value)}`;
  const noun = NOUNS[unit];
  if (noun) return `${formatNumber(value)} ${value === 1 ? noun[0] : noun[1]}`;
  if (unit === 'percent') return `${formatNumber(value)}%`;
  return `${formatNumber(value)} ${unit}`;
}

export interface Quantity {
  value: number;
  unit: Unit;
  /** The top of a range: value is its bottom. */
  max?: number;
  qualifier?: Qualifier;
}

/** A fact's value as readers see it. */
export function formatQuantity({ value, unit, max, qualifier }: Quantity): string {
  const text = max === undefined ? one(value, unit) : `${one(value, unit)} to ${one(max, unit)}`;
  return qualifier ? `${QUALIFIERS[qualifier]} ${text}` : text;
}
