/**
 * A labelled corpus for the figure checker: sentences and table rows written for this test
 * (not copied from any outlet), each with what a copy editor would call it.
 *
 * - tenfold: a copying slip, a power of ten off the ledger's figure for the same fact;
 * - conflict: the same fact (company, metric, period, scope) with another value;
 * - different: the same company and metric, but another fact (another site, region,
 *   month, a forecast, "another" lease, a per-site figure, a far-off story date);
 * - no-company: a figure with no company the ledger knows;
 * - match: the ledger's own value.
 *
 * The ledger below is made up for the test: its values echo the launch ledger's shapes.
 */
import type { Ledger } from '../../src/lib/figures.ts';

export type Label = 'tenfold' | 'conflict' | 'different' | 'no-company' | 'match';

export interface Case {
  label: Label;
  text: string;
  /** The story's date (default: June 10, 2026, two weeks after most entries). */
  date?: string;
  /** The story's companies (default: none: the sentence names them). */
  companies?: string[];
  /** A table cell's row and column header. */
  context?: string;
}

export const corpusLedger: Ledger = {
  companies: [
    { id: 'anthropic', names: ['Anthropic'] },
    { id: 'alphabet', names: ['Alphabet', 'Google'] },
    { id: 'microsoft', names: ['Microsoft'] },
    { id: 'coreweave', names: ['CoreWeave'] },
    { id: 'openai', names: ['OpenAI'] },
  ],
  facts: [
    {
      id: 'run-rate-may',
      label: 'Anthropic revenue run-rate, May 2026',
      value: 47e9,
      unit: 'USD',
      entity: 'anthropic',
      metric: 'revenue-run-rate',
      source: 'CNBC',
      asOf: '2026-05-28',
    },
    {
      id: 'run-rate-2025',
      label: 'Anthropic revenue run-rate, end of 2025',
      value: 9e9,
      unit: 'USD',
      entity: 'anthropic',
      metric: 'revenue-run-rate',
      source: 'CNBC',
      asOf: '2025-12-31',
    },
    {
      id: 'us-leases',
      label: "Combined capacity of Anthropic's preliminary U.S. data center leases",
      value: 1,
      unit: 'GW',
      entity: 'anthropic',
      metric: 'capacity',
      source: 'FinancialMediaGuide',
      asOf: '2026-06-08',
    },
    {
      id: 'compute-roles',
      label: "Open roles in Anthropic's compute department",
      value: 13,
      unit: 'roles',
      entity: 'anthropic',
      metric: 'open-roles',
      source: 'CNBC',
      asOf: '2026-05-28',
    },
    {
      id: 'japan-roles',
      label: 'Anthropic compute roles based in Japan',
      value: 2,
      unit: 'roles',
      entity: 'anthropic',
      metric: 'open-roles',
      source: 'CNBC',
      asOf: '2026-05-28',
    },
    {
      id: 'australia-roles',
      label: 'Anthropic compute roles based in Australia',
      value: 6,
      unit: 'roles',
      entity: 'anthropic',
      metric: 'open-roles',
      source: 'CNBC',
      asOf: '2026-05-28',
    },
    {
      id: 'valuation',
      label: 'Anthropic post-money valuation, May 2026',
      value: 965e9,
      unit: 'USD',
      entity: 'anthropic',
      metric: 'valuation',
      source: 'CNBC',
      asOf: '2026-05-28',
    },
    {
      id: 'funding',
      label: 'Anthropic funding round, May 2026',
      value: 65e9,
      unit: 'USD',
      entity: 'anthropic',
      metric: 'funding-round',
      source: 'CNBC',
      asOf: '2026-05-28',
    },
    {
      id: 'ms-japan',
      label: 'Microsoft investment in Japan, including AI infrastructure',
      value: 10e9,
      unit: 'USD',
      entity: 'microsoft',
      metric: 'investment',
      source: 'Reuters',
      asOf: '2026-04-01',
    },
    {
      id: 'alphabet-anthropic',
      label: "Alphabet's committed investment in Anthropic",
      value: 40e9,
      unit: 'USD',
      entity: 'alphabet',
      metric: 'investment',
      source: 'Bloomberg',
      asOf: '2026-06-08',
    },
    {
      id: 'coreweave-capacity',
      label: 'CoreWeave contracted power capacity, March 2026',
      value: 2.2,
      unit: 'GW',
      entity: 'coreweave',
      metric: 'capacity',
      source: 'company filing',
      asOf: '2026-03-31',
    },
  ],
};

const A = ['anthropic'];
const REGION_TABLE = (region: string) => `Spare grid capacity. Region. ${region}. Status. Queue`;

export const corpus: Case[] = [
  // --- Copying slips: a power of ten off, in the entry's own words -------------------------
  { label: 'tenfold', text: "Anthropic's revenue run-rate reached $4.7 billion in May, CNBC reported." },
  { label: 'tenfold', text: 'Anthropic now has a run-rate of $4.7 billion.' },
  { label: 'tenfold', text: 'The annualized revenue of Anthropic hit $4.7 billion.' },
  { label: 'tenfold', text: "Anthropic's run rate topped $470 billion, the report said." },
  { label: 'tenfold', text: 'Its run-rate is $4.7 billion, according to people familiar.', companies: A },
  { label: 'tenfold', text: 'Anthropic said its revenue run-rate passed $4.7bn in May 2026.' },
  { label: 'tenfold', text: 'Revenue at Anthropic is running at a $4.7 billion annualized pace.' },
  {
    label: 'tenfold',
    text: "Anthropic's revenue run-rate was about $900 million at the end of 2025.",
  },
  { label: 'tenfold', text: 'At the end of 2025 the run-rate stood at $90 billion.', companies: A },
  {
    label: 'tenfold',
    text: "Anthropic's preliminary U.S. data center leases add up to more than 100 MW of capacity.",
  },
  { label: 'tenfold', text: 'Combined, the leases give Anthropic 10 GW of capacity.' },
  { label: 'tenfold', text: 'Anthropic has signed preliminary leases for 10,000 MW in the U.S.' },
  { label: 'tenfold', text: 'The combined lease capacity is 100 megawatts.', companies: A },
  { label: 'tenfold', text: "Anthropic's U.S. leases total 0.1 GW, FinancialMediaGuide said." },
  { label: 'tenfold', text: 'Anthropic lists 130 open roles in its compute department.' },
  { label: 'tenfold', text: 'The compute team at Anthropic is hiring for 130 roles.' },
  { label: 'tenfold', text: 'Anthropic has 20 open compute roles based in Japan.' },
  { label: 'tenfold', text: 'In Japan, the company lists 20 compute roles.', companies: A },
  { label: 'tenfold', text: 'Anthropic is hiring for 60 compute roles based in Australia.' },
  { label: 'tenfold', text: 'In Australia, Anthropic has 60 open compute positions.' },
  { label: 'tenfold', text: 'Anthropic was valued at $96.5 billion after the May round.' },
  { label: 'tenfold', text: "Anthropic's post-money valuation reached $9.65 trillion." },
  { label: 'tenfold', text: 'The round valued Anthropic at $96.5bn.' },
  { label: 'tenfold', text: 'Anthropic raised $6.5 billion in a funding round in May.' },
  { label: 'tenfold', text: "Anthropic's May funding round brought in $650 billion." },
  {
    label: 'tenfold',
    text: 'The funding round, at $6.5 billion, was led by existing backers.',
    companies: A,
  },
  { label: 'tenfold', text: 'Microsoft will invest $1 billion in Japan, including AI infrastructure.' },
  { label: 'tenfold', text: "Microsoft's investment in Japan comes to $100 billion." },
  { label: 'tenfold', text: 'Alphabet has committed up to $4 billion to Anthropic.' },
  { label: 'tenfold', text: 'Google committed as much as $400 billion to its investment in Anthropic.' },
  { label: 'tenfold', text: "CoreWeave's contracted power capacity reached 22 GW in March." },
  { label: 'tenfold', text: 'CoreWeave had 220 MW of contracted capacity at the end of March.' },
  // Table rows that copy a ledger figure wrong.
  {
    label: 'tenfold',
    text: '100 MW',
    companies: A,
    context: 'Combined U.S. lease capacity. Anthropic. Preliminary leases',
  },
  { label: 'tenfold', text: '$4.7 billion', context: 'Revenue run-rate, May 2026. Anthropic' },
  { label: 'tenfold', text: '$4 billion', context: 'Committed investment. Alphabet. Anthropic' },
  { label: 'tenfold', text: '20 roles', context: 'Open roles. Japan. Anthropic compute roles' },
  { label: 'tenfold', text: '$96.5 billion', context: 'Valuation, May 2026. Anthropic' },

  // --- Same fact, another value (no power of ten) ------------------------------------------
  { label: 'conflict', text: "Anthropic's revenue run-rate reached $40 billion in May." },
  { label: 'conflict', text: 'Anthropic has a run-rate of $30 billion, CNBC reported.' },
  { label: 'conflict', text: 'The run-rate hit $52 billion in May 2026.', companies: A },
  { label: 'conflict', text: "Anthropic's run-rate was $12 billion at the end of 2025." },
  { label: 'conflict', text: 'Anthropic was valued at $900 billion in May.' },
  { label: 'conflict', text: "The May round set Anthropic's valuation at $1.2 trillion." },
  { label: 'conflict', text: 'Anthropic raised $60 billion in its May funding round.' },
  { label: 'conflict', text: 'The funding round came to $70 billion.', companies: A },
  { label: 'conflict', text: 'Anthropic lists 15 open roles in its compute department.' },
  { label: 'conflict', text: 'Anthropic has 3 compute roles based in Japan.' },
  { label: 'conflict', text: 'Anthropic has eight compute roles based in Australia.' },
  { label: 'conflict', text: "Anthropic's preliminary U.S. leases add up to 2 GW of capacity." },
  { label: 'conflict', text: 'The combined capacity of the leases is 1.5 GW.', companies: A },
  { label: 'conflict', text: 'Alphabet has committed up to $30 billion to Anthropic.' },
  { label: 'conflict', text: "Google's investment commitment to Anthropic is $25 billion." },
  { label: 'conflict', text: 'Microsoft plans to invest $15 billion in Japan, including AI infrastructure.' },
  { label: 'conflict', text: "CoreWeave's contracted power capacity stood at 3 GW in March." },
  { label: 'conflict', text: '$35 billion', context: 'Revenue run-rate, May 2026. Anthropic' },
  { label: 'conflict', text: '4 roles', context: 'Open roles. Japan. Anthropic compute roles' },
  { label: 'conflict', text: '$800 billion', context: 'Valuation. Anthropic. May 2026' },

  // --- Same company and metric, another fact -----------------------------------------------
  // Another site or region.
  { label: 'different', text: "Anthropic's Texas campus will draw 300 MW, Reuters reported." },
  { label: 'different', text: 'The Abilene site alone will need 100 MW for Anthropic.' },
  { label: 'different', text: "Anthropic's leased facility in Virginia has 200 MW of capacity." },
  { label: 'different', text: 'Anthropic is leasing a 150 MW campus near Dallas.' },
  { label: 'different', text: 'In Ohio, Anthropic has leased 250 MW.' },
  { label: 'different', text: 'The first phase of the New York site will supply 100 MW to Anthropic.' },
  { label: 'different', text: "Anthropic's Japan capacity is set at 50 MW." },
  { label: 'different', text: 'An Australian lease would give Anthropic 120 MW.' },
  { label: 'different', text: 'Anthropic has 40 open roles in London.' },
  { label: 'different', text: 'Anthropic is hiring for 30 roles in Europe.' },
  { label: 'different', text: 'In Singapore, Anthropic has 4 open roles.' },
  { label: 'different', text: "Anthropic's Tokyo office lists 10 open roles." },
  { label: 'different', text: 'Anthropic plans 5 roles in Seoul.' },
  { label: 'different', text: 'Anthropic has 60 open roles in India.' },
  { label: 'different', text: 'The Japan sales team at Anthropic has 20 open positions.', companies: A },
  { label: 'different', text: "Microsoft's investment in Australia comes to $1 billion." },
  { label: 'different', text: 'Microsoft will invest $100 billion in the United States this year.' },
  { label: 'different', text: 'Microsoft committed $3 billion to India.' },
  { label: 'different', text: "CoreWeave's Texas campus has 1.2 GW of capacity." },
  { label: 'different', text: 'CoreWeave leased a 220 MW site in Pennsylvania.' },
  { label: 'different', text: 'In Europe, CoreWeave has 220 MW of contracted capacity.' },
  // Regional tables in a story about Anthropic.
  { label: 'different', text: '350 MW', companies: A, context: REGION_TABLE('Texas') },
  { label: 'different', text: '100 MW', companies: A, context: REGION_TABLE('Virginia') },
  { label: 'different', text: '1.2 GW', companies: A, context: REGION_TABLE('Arizona') },
  { label: 'different', text: '10 GW', companies: A, context: REGION_TABLE('Japan') },
  { label: 'different', text: '2.5 GW', companies: A, context: REGION_TABLE('Australia') },
  { label: 'different', text: '500 MW', companies: A, context: REGION_TABLE('Ohio') },
  { label: 'different', text: '100 MW', companies: A, context: REGION_TABLE('Northern Virginia') },
  { label: 'different', text: '800 MW', companies: A, context: REGION_TABLE('Georgia') },
  { label: 'different', text: '10 GW', companies: A, context: REGION_TABLE('Europe') },
  { label: 'different', text: '4 GW', companies: A, context: REGION_TABLE('Nordics') },
  { label: 'different', text: '130 roles', companies: A, context: 'Open roles by office. London' },
  { label: 'different', text: '20 roles', companies: A, context: 'Open roles by office. Office. Dublin' },
  { label: 'different', text: '60 roles', companies: A, context: 'Open roles by office. Office. Seoul' },
  { label: 'different', text: '100 MW', companies: A, context: 'Site. Abilene campus. Capacity' },
  { label: 'different', text: '10 GW', companies: A, context: 'Capacity. Region. Middle East' },
  // Another month or year.
  { label: 'different', text: "Anthropic's run-rate was $30 billion in March." },
  { label: 'different', text: 'In February 2026, Anthropic had a run-rate of $14 billion.' },
  { label: 'different', text: "Anthropic's run-rate was $1 billion at the start of 2025." },
  { label: 'different', text: 'A year earlier, in 2024, the run-rate was about $1 billion.', companies: A },
  { label: 'different', text: "Anthropic's valuation was $350 billion in 2025." },
  { label: 'different', text: 'Anthropic raised $13 billion in a funding round in September 2025.' },
  { label: 'different', text: 'In January, Anthropic had 25 open roles in its compute department.' },
  { label: 'different', text: 'CoreWeave had 1.3 GW of capacity at the end of 2025.' },
  { label: 'different', text: "Alphabet's investment in Anthropic was $3 billion in 2024." },
  { label: 'different', text: 'Microsoft invested $2.9 billion in Japan in 2024.' },
  { label: 'different', text: 'Last year Anthropic raised $13 billion.', date: '2026-06-10' },
  { label: 'different', text: "The company's run-rate stood at $5 billion in August 2025.", companies: A },
  // A forecast, not an actual.
  { label: 'different', text: 'Anthropic expects its run-rate to reach $70 billion by 2027.' },
  { label: 'different', text: "Analysts forecast Anthropic's revenue run-rate will hit $100 billion." },
  { label: 'different', text: 'Anthropic projected revenue of $4.7 billion for next year in 2025.' },
  { label: 'different', text: "Anthropic's target is a run-rate of $90 billion." },
  { label: 'different', text: 'The valuation could reach $2 trillion, investors said.', companies: A },
  { label: 'different', text: 'Anthropic aims to have 50 open compute roles filled.' },
  // Another one, or one of many.
  { label: 'different', text: 'Anthropic signed another lease for 300 MW.' },
  { label: 'different', text: 'An additional 100 MW lease is under negotiation by Anthropic.' },
  { label: 'different', text: 'Each of the leases gives Anthropic about 200 MW.' },
  { label: 'different', text: 'A separate 100 MW lease covers Anthropic’s inference work.' },
  { label: 'different', text: 'Anthropic pays for capacity per site: 50 MW per building.' },
  { label: 'different', text: 'Google made a separate investment of $4 billion in Anthropic.' },
  { label: 'different', text: 'Anthropic has a second funding round of $6.5 billion in the works.' },
  { label: 'different', text: 'A single cluster for Anthropic draws 100 MW.' },
  // A story far from the entry's date that names no period.
  { label: 'different', text: "Anthropic's run-rate is $80 billion.", date: '2027-03-01' },
  { label: 'different', text: 'Anthropic has 40 open compute roles.', date: '2027-01-15' },
  { label: 'different', text: 'Anthropic is valued at $1.5 trillion.', date: '2027-05-01' },
  { label: 'different', text: 'CoreWeave has 4 GW of contracted capacity.', date: '2027-02-01' },
  { label: 'different', text: "Anthropic's revenue run-rate is $25 billion.", date: '2026-09-15' },
  // Another metric word than the figure's (no wording in common with the entry).
  { label: 'different', text: 'Anthropic will draw 100 MW from the grid.' },
  { label: 'different', text: 'Anthropic spent $4.7 billion on chips last quarter.' },
  { label: 'different', text: "Anthropic's cloud bill is $10 billion a year." },
  { label: 'different', text: 'Anthropic paid $470 million in taxes.' },
  { label: 'different', text: 'Anthropic employs 3,000 people and has 130 open sales jobs.' },
  { label: 'different', text: 'Anthropic spends $1 billion a month on compute.' },
  { label: 'different', text: "Microsoft's capital spending in the quarter was $30 billion." },
  { label: 'different', text: 'Google plans to spend $75 billion on data centers.' },

  // --- No company the ledger knows ---------------------------------------------------------
  { label: 'no-company', text: 'The region added 350 MW of capacity last year.' },
  { label: 'no-company', text: 'Utilities in Texas expect 10 GW of new demand.' },
  { label: 'no-company', text: 'The grid operator approved 1.2 GW of interconnections.' },
  { label: 'no-company', text: 'A typical hyperscale campus now draws 300 MW.' },
  { label: 'no-company', text: 'Data centers used 4.4 percent of U.S. electricity.' },
  { label: 'no-company', text: 'Turbine makers quoted lead times of 7 years and prices of $2,500 per kW.' },
  { label: 'no-company', text: 'Japan set aside ¥10 trillion for chips.' },
  { label: 'no-company', text: 'Australia has 1.3 GW of data center capacity.' },
  { label: 'no-company', text: 'The state offered $500 million in tax breaks.' },
  { label: 'no-company', text: 'Some 40 jobs will be created at the substation.' },
  { label: 'no-company', text: 'The fund raised $4.7 billion in May.' },
  { label: 'no-company', text: 'A startup was valued at $9.65 billion.' },
  { label: 'no-company', text: 'Vacancy in Northern Virginia fell to 1 percent.' },
  { label: 'no-company', text: '350 MW', context: REGION_TABLE('Texas') },
  { label: 'no-company', text: '12 GW', context: REGION_TABLE('Virginia') },

  // --- The ledger's own value --------------------------------------------------------------
  { label: 'match', text: "Anthropic's run-rate passed $47 billion in May." },
  { label: 'match', text: 'Anthropic had 13 open compute roles.' },
  { label: 'match', text: 'Anthropic leased more than 1,000 MW in the U.S.' },
  { label: 'match', text: 'Anthropic was valued at $965 billion.' },
  { label: 'match', text: 'Alphabet committed up to $40 billion to Anthropic.' },
  { label: 'match', text: 'Microsoft will invest $10 billion in Japan.' },
];
