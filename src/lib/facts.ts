/**
 * Facts as readers see them: the value in house style, or both values when independent
 * reports disagree; the note a story's Sources list gives each; and <Fact id> tags in FAQ
 * answers and table cells written out as text.
 */
import type { Fact } from './content.ts';
import { formatQuantity } from './fact-format.ts';
import { formatDate } from './format.ts';
import { FACT_TAG } from './rules.ts';

/** The fact's own value: "$965 billion", "more than 1 GW". */
export function factValue(fact: Fact): string {
  return formatQuantity(fact.data);
}

/** The original source: the one marked original, else the first. */
export function originalSource(fact: Fact) {
  return fact.data.sources.find((s) => s.original) ?? fact.data.sources[0]!;
}

/**
 * What a story shows for the fact. A dispute (independent reporting that disagrees) shows
 * both values with their outlets; a discrepancy (a copy that got it wrong) shows the
 * original value only, and the story's Sources note says who gave what.
 */
export function factText(fact: Fact): string {
  const disputes = fact.data.reported.filter((r) => r.kind === 'dispute');
  if (disputes.length === 0) return factValue(fact);
  const others = disputes.map(
    (r) => `${formatQuantity({ unit: fact.data.unit, value: r.value, max: r.max })} (${r.source.publisher})`,
  );
  return `reports differ: ${factValue(fact)} (${originalSource(fact).publisher}) vs ${others.join(' vs ')}`;
}

/** The note under a story's Sources: value, who reported it, and any other values in circulation. */
export function factNote(fact: Fact): string {
  const source = originalSource(fact);
  const when = source.date ? `, ${formatDate(source.date)}` : '';
  const parts = [
    `${fact.data.label}: ${factValue(fact)}, as reported by ${source.publisher} ("${source.title}"${when}).`,
  ];
  for (const other of fact.data.reported) {
    // The other source's own number, without our qualifier ("more than") on it.
    const value = formatQuantity({ unit: fact.data.unit, value: other.value, max: other.max });
    parts.push(
      other.kind === 'discrepancy'
        ? `${other.source.publisher} ("${other.source.title}") repeats this reporting but gives ${value}; we use ${source.publisher}'s figure.`
        : `${other.source.publisher} ("${other.source.title}") reports ${value}; we could not confirm either.`,
    );
  }
  return parts.join(' ');
}

/** A FAQ answer or table cell with its <Fact id> tags written out. */
export function expandFacts(text: string, facts: Map<string, Fact>): string {
  return text.replace(FACT_TAG, (_, _quote, id: string) => {
    const fact = facts.get(id);
    if (!fact) throw new Error(`<Fact id="${id}" />: no file content/facts/${id}.yaml`);
    return factText(fact);
  });
}
