/** The facts ledger as the figure checker reads it, from the linter's content index. */
import type { Ledger, LedgerFact } from '../../../src/lib/figures.ts';
import type { Metric, Unit } from '../../../src/lib/rules.ts';
import { factSchema } from '../../../src/schemas/fact.ts';
import { asArray, type ContentIndex } from './types.ts';

/** YAML reads 2026-05-28 as a Date; a quoted date stays a string. */
export function isoDay(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

const ledgers = new WeakMap<ContentIndex, Ledger>();

export function ledgerOf(index: ContentIndex): Ledger {
  let ledger = ledgers.get(index);
  if (ledger) return ledger;
  // Only facts the schema accepts: a broken entry is reported by the schema rule, and must
  // not pass a figure as "in the ledger".
  const facts: LedgerFact[] = index.yaml.facts
    .filter((file) => !file.problem && factSchema.safeParse(file.data).success)
    .map((file) => {
      const sources = asArray(file.data.sources) as { publisher?: string; original?: boolean }[];
      const original = sources.find((s) => s.original) ?? sources[0];
      return {
        id: file.id,
        label: String(file.data.label ?? file.id),
        value: file.data.value as number,
        max: typeof file.data.max === 'number' ? file.data.max : undefined,
        unit: String(file.data.unit) as Unit,
        entity: String(file.data.entity ?? ''),
        metric: String(file.data.metric ?? '') as Metric,
        source: String(original?.publisher ?? 'its source'),
        asOf: isoDay(file.data.asOf),
        note: typeof file.data.note === 'string' ? file.data.note : undefined,
      };
    });
  const companies = index.yaml.companies.map((file) => ({
    id: file.id,
    names: [file.data.name, ...asArray(file.data.aliases)].filter(Boolean).map(String),
  }));
  ledger = { facts, companies };
  ledgers.set(index, ledger);
  return ledger;
}
