import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/lib/fact-format.ts';
import { checkFigures, describeFinding, findFigures, type Ledger } from '../../src/lib/figures.ts';
import { factSchema } from '../../src/schemas/fact.ts';

describe('house style', () => {
  it.each([
    [{ value: 965e9, unit: 'USD' }, '$965 billion'],
    [{ value: 4.7e9, unit: 'USD' }, '$4.7 billion'],
    [{ value: 900e6, unit: 'USD' }, '$900 million'],
    [{ value: 1.25e12, unit: 'USD' }, '$1.3 trillion'],
    [{ value: 225000, unit: 'GBP' }, '£225,000'],
    [{ value: 3e9, unit: 'EUR' }, '€3 billion'],
    [{ value: 1.5e12, unit: 'JPY' }, '¥1.5 trillion'],
    [{ value: 2e9, unit: 'AUD' }, 'A$2 billion'],
    [{ value: 296854, unit: 'USD' }, '$296,854'],
    [{ value: 1, unit: 'GW' }, '1 GW'],
    [{ value: 350, unit: 'MW' }, '350 MW'],
    [{ value: 13, unit: 'roles' }, '13 roles'],
    [{ value: 1, unit: 'roles' }, '1 role'],
    [{ value: 12.5, unit: 'percent' }, '12.5%'],
    [{ value: 225000, max: 270000, unit: 'GBP' }, '£225,000 to £270,000'],
    [{ value: 47e9, unit: 'USD', qualifier: 'more-than' }, 'more than $47 billion'],
    [{ value: 40e9, unit: 'USD', qualifier: 'up-to' }, 'up to $40 billion'],
  ] as const)('%o reads %s', (quantity, text) => {
    expect(formatQuantity(quantity)).toBe(text);
  });
});

describe('facts schema', () => {
  const good = {
    label: 'A figure',
    value: 1,
    unit: 'GW',
    asOf: '2026-05-01',
    entity: 'anthropic',
    metric: 'capacity',
    sources: [{ publisher: 'CNBC', title: 'A report', original: true }],
  };
  const problem = (data: object) =>
    factSchema
      .safeParse(data)
      .error?.issues.map((i) => i.message)
      .join(' | ');

  it('accepts a sourced fact', () => {
    expect(factSchema.safeParse(good).success).toBe(true);
  });
  it('refuses a unit we do not use, naming the ones we do', () => {
    expect(problem({ ...good, unit: 'gigawatts' })).toMatch(
      /unit "gigawatts" is not one we use; pick from: USD,/,
    );
  });
  it('refuses a fact with no source', () => {
    expect(problem({ ...good, sources: [] })).toMatch(/sources is empty/);
    expect(problem({ ...good, sources: undefined })).toMatch(/sources is missing/);
  });
  it('refuses two original sources', () => {
    const two = [
      { publisher: 'CNBC', title: 'A', original: true },
      { publisher: 'Wire', title: 'B', original: true },
    ];
    expect(problem({ ...good, sources: two })).toMatch(/2 entries marked original: true/);
  });
  it('refuses another value that is neither a dispute nor a discrepancy', () => {
    const reported = [{ value: 2, kind: 'rumour', source: { publisher: 'X', title: 'Y' } }];
    expect(problem({ ...good, reported })).toMatch(/dispute .* or discrepancy/);
  });
});

const ledger: Ledger = {
  companies: [
    { id: 'anthropic', names: ['Anthropic'] },
    { id: 'alphabet', names: ['Alphabet', 'Google'] },
  ],
  facts: [
    {
      id: 'run-rate',
      label: 'Anthropic revenue run-rate, May 2026',
      value: 47e9,
      unit: 'USD',
      entity: 'anthropic',
      metric: 'revenue-run-rate',
      source: 'CNBC',
    },
    {
      id: 'roles',
      label: 'Open compute roles',
      value: 13,
      unit: 'roles',
      entity: 'anthropic',
      metric: 'open-roles',
      source: 'CNBC',
    },
    {
      id: 'leases',
      label: 'Lease capacity',
      value: 1,
      unit: 'GW',
      entity: 'anthropic',
      metric: 'capacity',
      source: 'FinancialMediaGuide',
    },
    {
      id: 'pay',
      label: 'London pay band',
      value: 225000,
      max: 270000,
      unit: 'GBP',
      entity: 'anthropic',
      metric: 'salary',
      source: 'CNBC',
    },
  ],
};

describe('finding figures', () => {
  it('reads money with currency and scale, power, counts with a unit noun and percentages', () => {
    const found = findFigures(
      'It raised $65 billion, leased 1,000 MW (about 1 GW), had thirteen open compute roles and 13 jobs, ' +
        'paid £225,000 to £270,000 or 270,000 pounds, and grew 40% or 12.5 percent.',
    );
    expect(found.map((f) => [f.text, f.value, f.unit, f.max])).toEqual([
      ['$65 billion', 65e9, 'USD', undefined],
      ['1,000 MW', 1000, 'MW', undefined],
      ['1 GW', 1, 'GW', undefined],
      ['thirteen open compute roles', 13, 'roles', undefined],
      ['13 jobs', 13, 'roles', undefined],
      ['£225,000 to £270,000', 225000, 'GBP', 270000],
      ['270,000 pounds', 270000, 'GBP', undefined],
      ['40%', 40, 'percent', undefined],
      ['12.5 percent', 12.5, 'percent', undefined],
    ]);
  });

  it('does not take a year, a date or a ledger tag for a figure', () => {
    expect(findFigures('On May 28, 2026, in 2025 and on 2026-05-01, CNBC reported it.')).toEqual([]);
    expect(findFigures('By 2026 roles were filled.')).toEqual([]);
    expect(findFigures('It raised <Fact id="round" /> in May.')).toEqual([]);
  });
});

describe('checking figures against the ledger', () => {
  it('matches a figure the ledger has, and says which <Fact> to write', () => {
    const [finding] = checkFigures('Anthropic had 13 open roles, CNBC reported.', ledger);
    expect(finding).toMatchObject({ kind: 'match', fact: { id: 'roles' } });
    expect(describeFinding(finding!).fix).toContain('<Fact id="roles" />');
    // 1,000 MW is the ledger's 1 GW.
    expect(checkFigures('Anthropic leased 1,000 MW.', ledger)[0]).toMatchObject({
      kind: 'match',
      fact: { id: 'leases' },
    });
  });

  it('flags a tenfold conflict by company and metric, naming both values and the source', () => {
    const [finding] = checkFigures("Anthropic's revenue run-rate reached $4.7 billion in May.", ledger);
    expect(finding).toMatchObject({ kind: 'conflict', fact: { id: 'run-rate' }, tenfold: true });
    const { message } = describeFinding(finding!);
    expect(message).toContain('"$4.7 billion" conflicts with the facts ledger');
    expect(message).toContain('$47 billion per CNBC');
    expect(message).toContain('power of ten');
  });

  it('names the ledger value a figure is a power of ten off, even when another is nearer', () => {
    const withEndOfYear: Ledger = {
      ...ledger,
      facts: [
        ...ledger.facts,
        {
          id: 'run-rate-2025',
          label: 'Anthropic revenue run-rate, end of 2025',
          value: 9e9,
          unit: 'USD',
          entity: 'anthropic',
          metric: 'revenue-run-rate',
          source: 'CNBC',
        },
      ],
    };
    // $4.7 billion is nearer $9 billion, but a tenth of $47 billion: the copying slip.
    expect(checkFigures('Anthropic has a run-rate of $4.7 billion.', withEndOfYear)[0]).toMatchObject({
      kind: 'conflict',
      fact: { id: 'run-rate' },
      tenfold: true,
    });
    // No power of ten in sight: the nearest value.
    expect(checkFigures('Anthropic has a run-rate of $8 billion.', withEndOfYear)[0]).toMatchObject({
      kind: 'conflict',
      fact: { id: 'run-rate-2025' },
      tenfold: false,
    });
  });

  it("uses the story's companies when the sentence names none", () => {
    expect(
      checkFigures('The run-rate hit $30 billion.', ledger, { companies: ['anthropic'] })[0],
    ).toMatchObject({
      kind: 'conflict',
      tenfold: false,
    });
    expect(checkFigures('The run-rate hit $30 billion.', ledger)[0]!.kind).toBe('unknown');
  });

  it('offers a ready-to-paste ledger entry for an unknown figure', () => {
    const [finding] = checkFigures('Google plans to spend $75 billion on data centers.', ledger);
    expect(finding!.kind).toBe('unknown');
    const { fix } = describeFinding(finding!);
    expect(fix).toContain('value: 75000000000, unit: USD');
    expect(fix).toContain('entity: alphabet');
    expect(fix).toContain('sources: [{ publisher:');
  });
});
