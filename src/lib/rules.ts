/**
 * Content rules: the one home for what a content file may hold. Plain TypeScript with no
 * `astro:*` import, so the schemas, the content layer, the linter, `new`, `import`, the
 * benchmarks and the sitemap all read the same limits, lists and syntax.
 */

/** Where writers' files live. CONTENT_DIR points the site and the commands at another tree (tests). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ?? 'content';
}

/** The collections, their folders under the content directory and the files each holds. */
export const COLLECTIONS = {
  articles: { folder: 'articles', pattern: '*.mdx', format: 'mdx' },
  faqs: { folder: 'faqs', pattern: '*.{yaml,yml}', format: 'yaml' },
  comparisons: { folder: 'comparisons', pattern: '*.{yaml,yml}', format: 'yaml' },
  authors: { folder: 'authors', pattern: '*.{yaml,yml}', format: 'yaml' },
  topics: { folder: 'topics', pattern: '*.{yaml,yml}', format: 'yaml' },
  /** Site texts that are not stories (the corrections policy), in Markdown. */
  pages: { folder: 'pages', pattern: '*.md', format: 'md' },
  /** The facts ledger: every figure we publish, with its sources. */
  facts: { folder: 'facts', pattern: '*.{yaml,yml}', format: 'yaml' },
  companies: { folder: 'companies', pattern: '*.{yaml,yml}', format: 'yaml' },
  deals: { folder: 'deals', pattern: '*.{yaml,yml}', format: 'yaml' },
} as const;
export type Collection = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as Collection[];
/** The collections written as YAML files (all but stories and site texts). */
export type YamlCollection = {
  [C in Collection]: (typeof COLLECTIONS)[C]['format'] extends 'yaml' ? C : never;
}[Collection];
export const YAML_COLLECTIONS = COLLECTION_NAMES.filter(
  (c): c is YamlCollection => COLLECTIONS[c].format === 'yaml',
);

/** Headline and dek limits, in characters. */
export const TITLE_MAX = 110;
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 200;
/** A key takeaway or table-side line of advice is at most this long. */
export const TAKEAWAY_MAX = 200;
/** An FAQ of one question is a paragraph. */
export const FAQ_MIN_ITEMS = 2;
/** A file name (and so an id and a URL): lowercase ASCII letters and digits, hyphenated. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs that `new` and `import` make are cut at a hyphen to this length. */
export const SLUG_MAX = 70;

/**
 * Letters a file name cannot carry: slugs are a-z, 0-9 and hyphens, so a headline in
 * Japanese, Chinese, Korean, Arabic or Cyrillic would lose its words (or all of them).
 * `new` and `import` then ask for --slug rather than guess.
 */
export function needsExplicitSlug(title: string): boolean {
  return /[^\p{Script=Latin}\P{L}]/u.test(title.normalize('NFKD'));
}

/** A story's frontmatter: the YAML between the opening and closing `---` lines (group 1). */
export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A frontmatter block or YAML file above this size is refused: nobody writes one by hand. */
export const MAX_YAML_BYTES = 256 * 1024;
/** A story body above this size gets a warning: a document dump, not an article. */
export const LARGE_BODY_BYTES = 512 * 1024;

/** What a scaffold leaves for the writer to fill in; the linter looks for it. */
export const PLACEHOLDER = 'TODO';

/** Regions an article can be filed under, with the names readers see. Add one here to open it. */
export const REGION_NAMES = {
  global: 'Global',
  us: 'United States',
  canada: 'Canada',
  latam: 'Latin America',
  europe: 'Europe',
  uk: 'United Kingdom',
  'middle-east': 'Middle East',
  africa: 'Africa',
  apac: 'Asia-Pacific',
  australia: 'Australia',
  japan: 'Japan',
  china: 'China',
  india: 'India',
  korea: 'South Korea',
  'southeast-asia': 'Southeast Asia',
} as const;
export type Region = keyof typeof REGION_NAMES;
export const REGIONS = Object.keys(REGION_NAMES) as [Region, ...Region[]];

/** A comparison column key: a short word. */
export const COLUMN_KEY = /^[a-zA-Z][\w-]*$/;

/**
 * Ids of comparison tables an MDX body embeds with <Comparison id="..." />, in order.
 * Either quote works; the closing quote must match the opening one.
 */
export function comparisonIdsIn(body: string): string[] {
  return comparisonEmbedsIn(body).map((embed) => embed.id);
}

/** Each <Comparison id="..."> in a text, with its id and offset. */
export function comparisonEmbedsIn(text: string): { id: string; index: number }[] {
  return [...text.matchAll(/<Comparison\b[^>]*?\bid=(["'])(.*?)\1/g)].map((m) => ({
    id: m[2] ?? '',
    index: m.index ?? 0,
  }));
}

/** The markup that embeds a comparison table, as writers and `import` write it. */
export function comparisonEmbed(id: string): string {
  return `<Comparison id="${id}" />`;
}

/** Units a fact can be counted in: money by ISO currency code, power, and counted things. */
export const CURRENCIES = ['USD', 'GBP', 'EUR', 'JPY', 'AUD'] as const;
export const UNITS = [...CURRENCIES, 'GW', 'MW', 'roles', 'agreements', 'percent'] as const;
export type Unit = (typeof UNITS)[number];
export const isCurrency = (unit: string): unit is (typeof CURRENCIES)[number] =>
  (CURRENCIES as readonly string[]).includes(unit);

/**
 * What a fact measures, and the words near a figure that say so: the figure checker
 * matches a figure in a story to the ledger by company, metric and value.
 */
export const METRICS = {
  'revenue-run-rate': ['run-rate', 'run rate', 'revenue', 'annualized'],
  valuation: ['valuation', 'valued', 'worth'],
  'funding-round': ['raised', 'raise', 'round', 'funding'],
  investment: ['invest', 'investment', 'committed', 'commitment', 'project'],
  capacity: ['capacity', 'gigawatt', 'megawatt', 'lease', 'leases'],
  'open-roles': ['roles', 'jobs', 'openings', 'hiring', 'positions'],
  salary: ['pay', 'paid', 'salary', 'salaries', 'band'],
  agreements: ['agreements', 'deals', 'contracts'],
} as const;
export type Metric = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [Metric, ...Metric[]];

/** Words before a figure that qualify it: "more than $47 billion", "up to $40 billion". */
export const QUALIFIERS = { 'more-than': 'more than', about: 'about', 'up-to': 'up to' } as const;
export type Qualifier = keyof typeof QUALIFIERS;

export const DEAL_KINDS = {
  investment: 'Investment',
  lease: 'Lease',
  'funding-round': 'Funding round',
  hiring: 'Hiring',
  chips: 'Chips',
  'power-purchase': 'Power purchase',
} as const;
export type DealKind = keyof typeof DEAL_KINDS;
export const DEAL_STATUSES = ['announced', 'preliminary', 'reported', 'completed'] as const;

/** A fact in MDX, a FAQ answer or a table cell: <Fact id="..." />, either quote. */
export const FACT_TAG = /<Fact\s+id=(["'])([^"']*)\1\s*\/>/g;

export function factIdsIn(text: string): string[] {
  return [...text.matchAll(FACT_TAG)].map((m) => m[2]!);
}

/**
 * Characters no writer means to type: a NUL byte or another control character (what a copy
 * from a PDF or a broken export leaves behind), the noncharacters U+FFFE and U+FFFF, and half
 * of a surrogate pair (a YAML escape such as "\uD800" makes one). XML forbids them, so one in
 * a story would make every feed that carries it unreadable. Tab, line feed and carriage
 * return are text; the other C0 controls, DEL and the C1 range are not. The linter, the
 * schemas and the story-body renderer all refuse them with these words. (With the `u` flag,
 * a surrogate matches only when it is not half of a pair.)
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/u;
/** Every one of them, for `replace`. */
export const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu');

export function controlCharacterMessage(char: string): string {
  const point = char.codePointAt(0)!;
  const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    char === '\0'
      ? 'a NUL byte'
      : point >= 0xd800 && point <= 0xdfff
        ? 'half of a character (a lone surrogate)'
        : point >= 0xfffe
          ? 'a noncharacter'
          : 'a control character';
  return `${what} (${code}) is in the text; feeds cannot carry it`;
}

export const CONTROL_CHARACTER_FIX =
  'Delete it (retype the words around it if they came from a PDF or another program).';
