/**
 * The figure checker through the linter (what `npm run build` runs first), on the launch
 * ledger: another fact of the same company and metric is a warning with a ready entry,
 * never a conflict; the tenfold copying slip is still an error; a writer's note is reported.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../scripts/lib/lint/content-index.ts';
import { RULES, runRules } from '../../scripts/lib/lint/index.ts';
import { ledgerOf } from '../../scripts/lib/lint/ledger.ts';
import { figureReport } from '../../scripts/lib/import/figures.ts';
import { syntheticContent } from '../../scripts/bench/synthetic.ts';

const trees: string[] = [];
afterAll(() => trees.forEach((tree) => rmSync(tree, { recursive: true, force: true })));

/** The launch content with `files` added, linted by every rule. */
function lint(files: Record<string, string>) {
  const tree = mkdtempSync(join(tmpdir(), 'gigawatt-figures-'));
  trees.push(tree);
  cpSync('content', tree, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(tree, path), text);
  return runRules(buildContentIndex(tree, new Date('2026-07-01T00:00:00Z')), RULES).filter(
    (f) => f.file.includes('texas') || f.file.includes('grid-by-region') || f.file.includes('slip'),
  );
}

const story = (body: string, extra = '') => `---
title: Anthropic picks a Texas campus for its next cluster
description: A published story about Anthropic with a figure for one site, beside the ledger's combined leases.
publishedAt: 2026-06-20T10:00:00Z
authors: [tomas-reyes]
topics: [data-centers]
companies: [anthropic]
sources:
  - publisher: Reuters
    title: A report on Anthropic's Texas plans
${extra}---

${body}
`;

describe('another fact is not a conflict', () => {
  it("a site's capacity beside the combined leases: figure-unknown, a warning with a ready entry", () => {
    const found = lint({
      'articles/texas-campus.mdx': story("Anthropic's Texas campus will draw 300 MW, Reuters reported."),
    });
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    const unknown = found.find((f) => f.rule === 'figure-unknown');
    expect(unknown?.message).toContain('"300 MW" is a figure the facts ledger does not have');
    expect(unknown?.message).toContain('"texas"');
    expect(unknown?.fix).toContain('value: 300, unit: MW');
  });

  it('a table of spare grid capacity by region in a story about Anthropic: every row a warning', () => {
    const table = [
      'title: Spare grid capacity by region',
      'caption: Spare grid capacity by region, as grid operators reported it.',
      'columns:',
      '  - key: region',
      '    label: Region',
      '  - key: spare',
      '    label: Spare capacity',
      'rows:',
      ...['Texas', 'Virginia', 'Ohio', 'Arizona'].flatMap((region, i) => [
        `  - region: ${region}`,
        `    spare: ${(i + 1) * 350} MW`,
      ]),
      'sources:',
      '  - publisher: Reuters',
      '    title: Grid operators on spare capacity',
      '',
    ].join('\n');
    const found = lint({
      'comparisons/grid-by-region.yaml': table,
      'articles/texas-campus.mdx': story('Where the grid has room:\n\n<Comparison id="grid-by-region" />'),
    });
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      found.filter((f) => f.rule === 'figure-unknown' && f.file.includes('grid-by-region')),
    ).toHaveLength(4);
  });

  it('the tenfold copying slip is still an error in a published story, with the reasons', () => {
    const found = lint({
      'articles/slip.mdx': story("Anthropic's revenue run-rate reached $4.7 billion in May, CNBC reported."),
    });
    const conflict = found.find((f) => f.rule === 'figure-conflict');
    expect(conflict?.severity).toBe('error');
    expect(conflict?.message).toContain('power of ten');
    expect(conflict?.message).toContain('Anthropic revenue run-rate, May 2026');
    expect(conflict?.message).toMatch(/Taken for the same fact by company anthropic; words "run-rate"/);
    expect(conflict?.message).toContain('period "May"');
  });

  it("a writer's figureNotes entry: reported as noted, not an error", () => {
    const sentence = "Anthropic's revenue run-rate reached $30 billion in May, by one investor's count.";
    expect(
      lint({ 'articles/slip.mdx': story(sentence) }).find((f) => f.rule === 'figure-conflict'),
    ).toBeDefined();
    const notes =
      'figureNotes:\n  - figure: $30 billion\n    note: an investor estimate, not the company figure\n';
    const found = lint({ 'articles/slip.mdx': story(sentence, notes) });
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.find((f) => f.rule === 'figure-noted')?.message).toContain('an investor estimate');
  });

  it("an imported draft that repeats CNBC's run-rate off tenfold: a tenfold conflict in the report", () => {
    const draft =
      "SYDNEY (Reuters) - Anthropic's annualized revenue run-rate is more than $4.7 billion, CNBC reported, up from about $9 billion at the end of 2025.";
    const report = figureReport([['draft.mdx', draft]], ledgerOf(buildContentIndex('content')));
    expect(report[0]).toMatch(/1 in conflict/);
    expect(report.join('\n')).toMatch(/conflict: "\$4\.7 billion".*power of ten/);
  });
});

it('a synthetic newsroom with regional tables and site figures has no false conflict', () => {
  const tree = syntheticContent(200, 'content', { rich: true });
  trees.push(join(tree, '..'));
  const found = runRules(buildContentIndex(tree, new Date('2026-07-01T00:00:00Z')), RULES);
  const unknown = found.filter((f) => f.rule === 'figure-unknown');
  expect(unknown.length).toBeGreaterThanOrEqual(20 * 5);
  expect(found.filter((f) => f.rule === 'figure-conflict')).toEqual([]);
});
