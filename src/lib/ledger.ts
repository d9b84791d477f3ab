/**
 * Figures as data, worked out once per build: deals with their amounts and capacity read
 * from the ledger, facts with the stories that show them, the chart series, and the rows
 * of the downloads (/data/*.csv, *.json). Pages, cards, JSON-LD and downloads read these.
 */
import {
  getArticles,
  getArticlesUsingFact,
  getCompanies,
  getDeals,
  getFacts,
  getPublishedFacts,
  type Article,
  type Company,
  type Deal,
  type Fact,
} from './content.ts';
import { formatQuantity } from './fact-format.ts';
import { pushTo } from './multimap.ts';
import { factText, originalSource } from './facts.ts';
import { DEAL_KINDS, REGION_NAMES, isCurrency, type Unit } from './rules.ts';

export interface DealRow {
  deal: Deal;
  id: string;
  title: string;
  company: Company;
  /** A company when the counterparty is one in content/companies/. */
  counterparty: { name: string; company?: Company };
  kind: keyof typeof DEAL_KINDS;
  kindLabel: string;
  region: keyof typeof REGION_NAMES;
  regionName: string;
  country: string;
  amount?: { fact: Fact; value: number; currency: Unit; text: string };
  capacity?: { fact: Fact; mw: number; text: string };
  /** "2026-04" as written, and as readers see it: "April 2026". */
  announced: string;
  announcedLabel: string;
  status: Deal['data']['status'];
  stories: Article[];
}

const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayLabel = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

function announcedLabel(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return day ? dayLabel.format(date) : monthLabel.format(date);
}

let rows: Promise<DealRow[]> | undefined;

/** Every deal, newest announcement first. */
export function getDealRows(): Promise<DealRow[]> {
  rows ??= (async () => {
    const [deals, facts, companies, articles] = await Promise.all([
      getDeals(),
      getFacts(),
      getCompanies(),
      getArticles(),
    ]);
    const company = new Map(companies.map((c) => [c.id, c]));
    return deals.map((deal) => {
      const { data } = deal;
      const amountFact = data.amount ? facts.get(data.amount) : undefined;
      const capacityFact = data.capacity ? facts.get(data.capacity) : undefined;
      return {
        deal,
        id: deal.id,
        title: data.title,
        company: company.get(data.company)!,
        counterparty: {
          name: company.get(data.counterparty)?.data.name ?? data.counterparty,
          company: company.get(data.counterparty),
        },
        kind: data.kind,
        kindLabel: DEAL_KINDS[data.kind],
        region: data.region,
        regionName: REGION_NAMES[data.region],
        country: data.country,
        amount:
          amountFact && isCurrency(amountFact.data.unit)
            ? {
                fact: amountFact,
                value: amountFact.data.value,
                currency: amountFact.data.unit,
                text: factText(amountFact),
              }
            : undefined,
        capacity: capacityFact
          ? {
              fact: capacityFact,
              mw: capacityFact.data.unit === 'GW' ? capacityFact.data.value * 1000 : capacityFact.data.value,
              text: factText(capacityFact),
            }
          : undefined,
        announced: data.announced,
        announcedLabel: announcedLabel(data.announced),
        status: data.status,
        // Published stories only: a draft never shows through a deal.
        stories: articles.filter((a) => data.stories.includes(a.id)),
      };
    });
  })();
  return rows;
}

export interface LedgerEntry {
  fact: Fact;
  text: string;
  stories: Article[];
  /** One sentence on why other values are in circulation (disputes and discrepancies). */
  explanation?: string;
}

/** Every fact, disputes and discrepancies first, then by label. */
export async function getLedger(): Promise<LedgerEntry[]> {
  const facts = [...(await getPublishedFacts()).values()];
  const entries = await Promise.all(
    facts.map(async (fact) => ({
      fact,
      text: factText(fact),
      stories: await getArticlesUsingFact(fact.id),
      explanation: explain(fact),
    })),
  );
  return entries.sort(
    (a, b) =>
      Number(!!b.explanation) - Number(!!a.explanation) || a.fact.data.label.localeCompare(b.fact.data.label),
  );
}

function explain(fact: Fact): string | undefined {
  const original = originalSource(fact).publisher;
  const parts = fact.data.reported.map((other) => {
    const value = formatQuantity({ unit: fact.data.unit, value: other.value, max: other.max });
    return other.kind === 'discrepancy'
      ? `${other.source.publisher} repeats ${original}'s reporting but gives ${value}, so we use ${original}'s ${factText(fact)}: a discrepancy in a copy, not a second source.`
      : `${other.source.publisher}, reporting independently, gives ${value} against ${original}'s ${formatQuantity(fact.data)}: reports differ and we show both.`;
  });
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * Chart series: amounts committed by company (one currency), announced capacity by region.
 * A funding round is money a company raises, not money it commits: it is left out here.
 */
export function amountsByCompany(deals: DealRow[], currency: Unit = 'USD') {
  const byCompany = new Map<string, DealRow[]>();
  for (const row of deals) {
    if (row.amount?.currency === currency && row.kind !== 'funding-round') {
      pushTo(byCompany, row.company.data.name, row);
    }
  }
  return [...byCompany]
    .map(([label, rows]) => {
      const value = rows.reduce((sum, row) => sum + row.amount!.value, 0);
      // One deal: its own wording ("up to $40 billion"); several: their sum.
      const text = rows.length === 1 ? rows[0]!.amount!.text : formatQuantity({ value, unit: currency });
      return { label, value, text };
    })
    .sort((a, b) => b.value - a.value);
}

export function capacityByRegion(deals: DealRow[]) {
  const totals = new Map<string, number>();
  for (const row of deals) {
    if (row.capacity) totals.set(row.regionName, (totals.get(row.regionName) ?? 0) + row.capacity.mw);
  }
  return [...totals]
    .map(([label, value]) => ({ label, value, text: formatQuantity({ value, unit: 'MW' }) }))
    .sort((a, b) => b.value - a.value);
}

/** The downloads' rows: plain values, one home for their column names. */
export function dealRecords(deals: DealRow[]) {
  return deals.map((row) => ({
    id: row.id,
    title: row.title,
    company: row.company.id,
    company_name: row.company.data.name,
    counterparty: row.counterparty.name,
    kind: row.kind,
    region: row.region,
    country: row.country,
    amount: row.amount?.value ?? null,
    currency: row.amount?.currency ?? null,
    amount_fact: row.amount?.fact.id ?? null,
    capacity_mw: row.capacity?.mw ?? null,
    capacity_fact: row.capacity?.fact.id ?? null,
    announced: row.announced,
    status: row.status,
    sources: row.deal.data.sources.map((s) => s.publisher).join('; '),
    stories: row.stories.map((a) => a.id).join(' '),
  }));
}

export function factRecords(ledger: LedgerEntry[]) {
  return ledger.map(({ fact, stories }) => {
    const { data } = fact;
    return {
      id: fact.id,
      label: data.label,
      value: data.value,
      max: data.max ?? null,
      unit: data.unit,
      qualifier: data.qualifier ?? null,
      as_of: data.asOf.toISOString().slice(0, 10),
      entity: data.entity,
      metric: data.metric,
      source: originalSource(fact).publisher,
      source_title: originalSource(fact).title,
      other_values: data.reported.map((r) => `${r.kind}: ${r.value} (${r.source.publisher})`).join('; '),
      stories: stories.map((a) => a.id).join(' '),
    };
  });
}
