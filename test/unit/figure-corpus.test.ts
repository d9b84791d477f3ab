/**
 * The figure checker on a labelled corpus (figure-corpus.ts): a conflict must very likely be
 * the same fact (precision >= 0.95), and every power-of-ten copying slip must be caught.
 * The figures are printed so a closing note can quote them.
 */
import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../src/lib/figures.ts';
import { corpus, corpusLedger, type Case } from './figure-corpus.ts';

const verdict = (item: Case) => {
  const findings = checkFigures(item.text, corpusLedger, {
    companies: item.companies ?? [],
    context: item.context ?? '',
    table: item.context !== undefined,
    date: new Date(`${item.date ?? '2026-06-10'}T12:00:00Z`),
  });
  expect(findings, `no figure found in "${item.text}"`).toHaveLength(1);
  return findings[0]!;
};

describe('the figure checker on a labelled corpus', () => {
  const results = corpus.map((item) => ({ item, finding: verdict(item) }));

  it('holds at least 150 labelled sentences and table rows of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const label of ['tenfold', 'conflict', 'different', 'no-company', 'match'])
      expect(corpus.filter((c) => c.label === label).length, label).toBeGreaterThan(5);
    expect(corpus.filter((c) => c.context).length).toBeGreaterThanOrEqual(20);
  });

  it('claims a conflict only for the same fact: precision >= 0.95; every tenfold slip caught', () => {
    const flagged = results.filter((r) => r.finding.kind === 'conflict');
    const right = flagged.filter((r) => r.item.label === 'tenfold' || r.item.label === 'conflict');
    const slips = results.filter((r) => r.item.label === 'tenfold');
    const caught = slips.filter((r) => r.finding.kind === 'conflict' && r.finding.tenfold);
    const conflicts = results.filter((r) => r.item.label === 'conflict');
    const conflictsCaught = conflicts.filter((r) => r.finding.kind === 'conflict');
    const precision = right.length / flagged.length;
    console.log(
      `figure corpus: ${corpus.length} cases; conflicts claimed ${flagged.length}, right ${right.length} ` +
        `(precision ${precision.toFixed(3)}); tenfold slips caught ${caught.length}/${slips.length}; ` +
        `same-period conflicts caught ${conflictsCaught.length}/${conflicts.length}`,
    );
    const wrong = flagged.filter((r) => !right.includes(r)).map((r) => r.item.text);
    expect(precision, `false conflicts: ${wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    const missed = slips.filter((r) => !caught.includes(r)).map((r) => r.item.text);
    expect(missed, 'tenfold slips not caught').toEqual([]);
  });

  it('never calls a figure of no known company, or another fact, a conflict', () => {
    const wrong = results
      .filter(
        (r) =>
          (r.item.label === 'different' || r.item.label === 'no-company') && r.finding.kind === 'conflict',
      )
      .map((r) => r.item.text);
    expect(wrong).toEqual([]);
  });

  it("matches the ledger's own values", () => {
    for (const { item, finding } of results.filter((r) => r.item.label === 'match'))
      expect(finding.kind, item.text).toBe('match');
  });
});
