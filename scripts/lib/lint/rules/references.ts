/** Authors, topics, FAQ sets and embedded tables that must exist. */
import { comparisonEmbedsIn, PLACEHOLDER } from '../../../../src/lib/rules.ts';
import { lineOf } from '../../content-files.ts';
import { asArray, type LintRule } from '../types.ts';

const FIELDS = [
  ['authors', 'authors'],
  ['topics', 'topics'],
  ['faq', 'faqs'],
] as const;

export const references: LintRule = {
  names: ['unknown-reference'],
  check(index, report) {
    const { known } = index;
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
      for (const { text, line } of index.bodyLines(article)) {
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
