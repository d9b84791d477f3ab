/**
 * Every figure in a story, its FAQ answers and its tables, against the facts ledger
 * (src/lib/figures.ts): a conflict is an error in a story that is meant to publish, an
 * unknown figure or one the ledger already has is a warning that says what to write. A
 * story with figures must also list its sources.
 */
import { createHash } from 'node:crypto';
import {
  checkFigures,
  describeFinding,
  findFigures,
  type FigureFinding,
  type FigureNote,
  type Ledger,
} from '../../../../src/lib/figures.ts';
import { lintCache, type LintCache } from '../cache.ts';
import { comparisonIdsIn, factIdsIn, PLACEHOLDER } from '../../../../src/lib/rules.ts';
import { lineOf, lineOfPath, type ArticleFile, type YamlFile } from '../../content-files.ts';
import { ledgerOf } from '../ledger.ts';
import { pushTo } from '../../../../src/lib/multimap.ts';
import { asArray, type LintRule, type Report } from '../types.ts';

/** Where a text sits, and whether a <Fact> tag can go there (not in frontmatter). */
interface Place {
  file: YamlFile;
  /** The text's first line; a YAML field's is worked out only when the text has a finding. */
  line: number | (() => number);
  text: string;
  tagsAllowed: boolean;
  companies: string[];
  published: boolean;
  /** Read for the company and metric too: a table cell's row and column header. */
  context?: string;
  date?: Date;
  notes: FigureNote[];
  /** A table cell: its company comes from its row, header or title, not the story's tags. */
  table?: boolean;
}

/** A finding as kept between runs: where in the text, and what to say. */
interface Described {
  kind: FigureFinding['kind'];
  index: number;
  message: string;
  fix: string;
}

let cache: LintCache<Described[]> | undefined;

/** The ledger as a cache key: a text's findings change when any entry does. */
const ledgerKeys = new WeakMap<Ledger, string>();
function ledgerKey(ledger: Ledger): string {
  let key = ledgerKeys.get(ledger);
  if (!key) ledgerKeys.set(ledger, (key = createHash('sha256').update(JSON.stringify(ledger)).digest('hex')));
  return key;
}

/**
 * A text's findings, kept between runs (src/lib/figures.ts reads every figure's sentence
 * against the ledger: 1.3 s a run at 10,000 stories) for the same text, context and ledger.
 */
function findingsIn(text: string, ledger: Ledger, where: Parameters<typeof checkFigures>[2]): Described[] {
  cache ??= lintCache<Described[]>('figures');
  return cache.get(JSON.stringify([ledgerKey(ledger), text, where]), () =>
    checkFigures(text, ledger, where).map((finding) => ({
      kind: finding.kind,
      index: finding.figure.index,
      ...describeFinding(finding),
    })),
  );
}

function report(place: Place, add: (name: string) => Report, ledger: Ledger) {
  const { companies, context, date, notes, table } = place;
  const where = { companies, context, date, notes, table };
  let first: number | undefined;
  for (const finding of findingsIn(place.text, ledger, where)) {
    // A figure in a headline or dek cannot be a tag; matching the ledger is all it needs.
    if (finding.kind === 'match' && !place.tagsAllowed) continue;
    const { message, fix } = finding;
    first ??= typeof place.line === 'number' ? place.line : place.line();
    const line = first + (place.text.slice(0, finding.index).match(/\n/g)?.length ?? 0);
    const severity = finding.kind === 'conflict' && place.published ? 'error' : 'warning';
    add(`figure-${finding.kind}`)(place.file, line, severity, message, fix);
  }
}

/** The story's date, for the period of a figure whose sentence names none. */
const dateOf = (article: ArticleFile) => {
  const value = article.data.publishedAt;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** The writer's notes that a figure is another fact than the ledger's. */
const notesOf = (article: ArticleFile): FigureNote[] =>
  asArray(article.data.figureNotes).flatMap((n) => {
    const { figure, note } = (n ?? {}) as { figure?: unknown; note?: unknown };
    return typeof figure === 'string' && typeof note === 'string' ? [{ figure, note }] : [];
  });

/** What the stories that show a FAQ set or a table tell the checker about it. */
function usersContext(users: ArticleFile[], willPublish: (article: ArticleFile) => boolean) {
  const published = users.filter(willPublish);
  return {
    companies: users.flatMap((a) => asArray(a.data.companies).map(String)),
    published: published.length > 0,
    date: (published[0] ?? users[0]) ? dateOf((published[0] ?? users[0])!) : undefined,
    notes: users.flatMap(notesOf),
  };
}

export const figures: LintRule = {
  names: ['figure-without-source', 'figure-match', 'figure-conflict', 'figure-unknown', 'figure-noted'],
  check(index, add) {
    const ledger = ledgerOf(index);
    const faqs = new Map(index.yaml.faqs.map((f) => [f.id, f]));
    const tables = new Map(index.yaml.comparisons.map((f) => [f.id, f]));
    // Each story's FAQ set and tables, read once (not once per set and table).
    const users = { faq: new Map<string, ArticleFile[]>(), table: new Map<string, ArticleFile[]>() };
    for (const article of index.articles) {
      if (article.data.faq !== undefined) pushTo(users.faq, String(article.data.faq), article);
      for (const id of new Set(comparisonIdsIn(article.body))) pushTo(users.table, id, article);
    }
    const storiesOf = (field: 'faq' | 'table', id: string) => users[field].get(id) ?? [];
    for (const article of index.articles) {
      const published = index.willPublish(article);
      const companies = asArray(article.data.companies).map(String);
      const base = { file: article, companies, published, date: dateOf(article), notes: notesOf(article) };
      for (const field of ['title', 'description', 'keyTakeaway']) {
        if (typeof article.data[field] === 'string')
          report(
            { ...base, line: lineOf(article.text, field), text: article.data[field], tagsAllowed: false },
            add,
            ledger,
          );
      }
      report({ ...base, line: article.bodyLine, text: article.body, tagsAllowed: true }, add, ledger);

      // Frontmatter that cannot be read has no sources to count: its own error says so.
      if (article.problem) continue;
      const realSources = asArray(article.data.sources).filter((s) => {
        const source = s as { publisher?: unknown };
        return source.publisher && !String(source.publisher).includes(PLACEHOLDER);
      });
      if (realSources.length > 0) continue;
      const figure = index
        .bodyLines(article)
        .find(
          ({ text }) => !text.startsWith('#') && (findFigures(text).length > 0 || factIdsIn(text).length > 0),
        );
      if (!figure) continue;
      // An error once the story is meant to publish; on a draft, a reminder.
      add('figure-without-source')(
        article,
        figure.line,
        published ? 'error' : 'warning',
        `"${figure.text.trim().slice(0, 60)}" has a figure, but the story lists no sources`,
        'Add the outlet that reported it under sources: (publisher and title).',
      );
    }
    for (const faq of faqs.values()) {
      const users = usersContext(storiesOf('faq', faq.id), index.willPublish);
      asArray(faq.data.items).forEach((item, i) => {
        const answer = (item as { answer?: unknown }).answer;
        if (typeof answer !== 'string') return;
        const line = () => {
          const key = lineOfPath(faq.text, ['items', i, 'answer']);
          // A folded answer (>-) starts on the line after its key.
          return /answer:\s*[>|]/.test(faq.text.split('\n')[key - 1] ?? '') ? key + 1 : key;
        };
        report({ file: faq, line, text: answer, tagsAllowed: true, ...users }, add, ledger);
      });
    }
    for (const table of tables.values()) {
      const users = usersContext(storiesOf('table', table.id), index.willPublish);
      const labels = new Map(
        asArray(table.data.columns).map((c) => [
          String((c as { key?: unknown }).key),
          String((c as { label?: unknown }).label),
        ]),
      );
      asArray(table.data.rows).forEach((row, i) => {
        const cells = Object.entries(row as Record<string, unknown>);
        for (const [key, value] of cells) {
          if (typeof value !== 'string' && typeof value !== 'number') continue;
          const line = () => lineOfPath(table.text, ['rows', i, key]);
          // A bare number in a table is a count of the column's thing: read it with the header.
          const text = typeof value === 'number' ? `${value} ${String(key)}` : value;
          const context = [
            String(table.data.title ?? ''),
            String(table.data.caption ?? ''),
            labels.get(key),
            ...cells.filter(([k]) => k !== key).map(([, v]) => String(v)),
          ].join('. ');
          report({ file: table, line, text, tagsAllowed: true, ...users, context, table: true }, add, ledger);
        }
      });
    }
    cache?.save();
  },
};
