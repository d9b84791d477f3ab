/** Authors, topics, FAQ sets, companies, embedded tables and ledger facts that must exist. */
import { comparisonEmbedsIn, factIdsIn, isCurrency, PLACEHOLDER } from '../../../../src/lib/rules.ts';
import { lineOf, lineOfPath, type YamlFile } from '../../content-files.ts';
import { asArray, type LintRule } from '../types.ts';

const FIELDS = [
  ['authors', 'authors'],
  ['topics', 'topics'],
  ['faq', 'faqs'],
  ['companies', 'companies'],
] as const;

export const references: LintRule = {
  names: ['unknown-reference'],
  check(index, report) {
    const { known } = index;
    const unknownFact = (file: YamlFile, line: number, id: string) => {
      if (known.facts.has(id)) return;
      report('unknown-reference')(
        file,
        line,
        'error',
        `<Fact id="${id}" /> has no file content/facts/${id}.yaml`,
        `Use one of: ${[...known.facts].join(', ') || '(none yet)'}, or add the fact to the ledger.`,
      );
    };
    const unknown = (
      file: YamlFile,
      path: (string | number)[],
      collection: 'companies' | 'facts',
      id: string,
    ) => {
      if (known[collection].has(id)) return;
      report('unknown-reference')(
        file,
        lineOfPath(file.text, path),
        'error',
        `${path.join('.')}: "${id}" is not in content/${collection}/`,
        `Use one of: ${[...known[collection]].join(', ') || '(none yet)'}.`,
      );
    };
    for (const faq of index.yaml.faqs) {
      asArray(faq.data.items).forEach((item, i) => {
        for (const id of factIdsIn(String((item as { answer?: unknown }).answer ?? '')))
          unknownFact(faq, lineOfPath(faq.text, ['items', i, 'answer']), id);
      });
    }
    for (const table of index.yaml.comparisons) {
      asArray(table.data.rows).forEach((row, i) => {
        for (const [key, value] of Object.entries(row as Record<string, unknown>))
          for (const id of factIdsIn(String(value)))
            unknownFact(table, lineOfPath(table.text, ['rows', i, key]), id);
      });
    }
    for (const fact of index.yaml.facts) {
      if (typeof fact.data.entity === 'string') unknown(fact, ['entity'], 'companies', fact.data.entity);
    }
    const factUnits = new Map(index.yaml.facts.map((f) => [f.id, String(f.data.unit)]));
    for (const deal of index.yaml.deals) {
      if (typeof deal.data.company === 'string') unknown(deal, ['company'], 'companies', deal.data.company);
      for (const [field, fits, what] of [
        ['amount', isCurrency, 'a currency (USD, GBP, …)'],
        ['capacity', (unit: string) => unit === 'GW' || unit === 'MW', 'GW or MW'],
      ] as const) {
        const id = deal.data[field];
        if (typeof id !== 'string') continue;
        unknown(deal, [field], 'facts', id);
        const unit = factUnits.get(id);
        if (unit && !fits(unit)) {
          report('unknown-reference')(
            deal,
            lineOfPath(deal.text, [field]),
            'error',
            `${field}: fact "${id}" is in ${unit}, not ${what}`,
            `Point ${field} at a fact in ${what}.`,
          );
        }
      }
      asArray(deal.data.stories).forEach((id, i) => {
        // A draft may be named: the deal shows only published stories.
        if (index.articles.some((article) => article.id === String(id))) return;
        report('unknown-reference')(
          deal,
          lineOfPath(deal.text, ['stories', i]),
          'error',
          `stories: "${String(id)}" is not a story in content/articles/`,
          'Use the file name (without .mdx) of a story that covers the deal.',
        );
      });
    }
    for (const article of index.articles) {
      for (const [key, collection] of FIELDS) {
        for (const id of asArray(article.data[key]).map(String)) {
          if (known[collection].has(id) || id.startsWith(PLACEHOLDER)) continue;
          report('unknown-reference')(
            article,
            lineOf(article.text, key),
            'error',
            `${key}: "${id}" is not in content/${collection}/`,
            `Use one of: ${[...known[collection]].join(', ') || '(none yet)'}.`,
          );
        }
      }
      // Frontmatter is plain text: a tag there would show as "<Fact …/>" in lists, cards and feeds.
      for (const field of ['title', 'description', 'keyTakeaway']) {
        if (factIdsIn(String(article.data[field] ?? '')).length === 0) continue;
        report('unknown-reference')(
          article,
          lineOf(article.text, field),
          'error',
          `${field}: a <Fact> tag works only in the body, a FAQ answer or a table cell`,
          'Write the figure as text here (the figure checker matches it against the ledger).',
        );
      }
      for (const { text, line } of index.bodyLines(article)) {
        for (const id of factIdsIn(text)) unknownFact(article, line, id);
        for (const { id } of comparisonEmbedsIn(text)) {
          if (known.comparisons.has(id)) continue;
          report('unknown-reference')(
            article,
            line,
            'error',
            `<Comparison id="${id}"> has no file content/comparisons/${id}.yaml`,
            `Use one of: ${[...known.comparisons].join(', ')}.`,
          );
        }
      }
    }
  },
};
