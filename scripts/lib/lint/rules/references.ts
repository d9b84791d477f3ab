/**
 * Authors, topics, FAQ sets, companies, embedded tables, ledger facts and deal stories
 * that must exist: the site plan's reference problems (the same the build refuses), each
 * at its line; plus what only the linter can say (a <Fact> tag in frontmatter, a deal's
 * amount in the wrong unit).
 */
import { factIdsIn, isCurrency, PLACEHOLDER } from '../../../../src/lib/rules.ts';
import { lineOf, lineOfPath, type YamlFile } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

export const references: LintRule = {
  names: ['unknown-reference'],
  check(index, report) {
    const add = report('unknown-reference');
    const files = new Map<string, YamlFile>(
      [...index.articles, ...Object.values(index.yaml).flat()].map((f) => [`${f.collection}/${f.id}`, f]),
    );
    for (const problem of index.plan.problems) {
      const file = files.get(`${problem.collection}/${problem.id}`);
      // A file YAML could not read has no data to refer with: its read problem is the finding.
      if (!file || file.problem) continue;
      // A scaffold's placeholder id is the placeholder rule's to report.
      if (problem.message.includes(`"${PLACEHOLDER}`)) continue;
      const [first] = problem.path;
      let line: number;
      if (first === '<Comparison>' || first === '<Fact>') {
        const id = problem.message.match(/id="([^"]*)"/)?.[1] ?? '';
        const at = index
          .bodyLines(file as Parameters<typeof index.bodyLines>[0])
          .find(({ text }) => text.includes(`"${id}"`) || text.includes(`'${id}'`));
        line = at?.line ?? 1;
      } else line = lineOfPath(file.text, problem.path);
      add(file, line, problem.severity, problem.message, problem.fix);
    }
    const factUnits = new Map(index.yaml.facts.map((f) => [f.id, String(f.data.unit)]));
    for (const deal of index.yaml.deals) {
      for (const [field, fits, what] of [
        ['amount', isCurrency, 'a currency (USD, GBP, …)'],
        ['capacity', (unit: string) => unit === 'GW' || unit === 'MW', 'GW or MW'],
      ] as const) {
        const id = deal.data[field];
        const unit = typeof id === 'string' ? factUnits.get(id) : undefined;
        if (unit && !fits(unit)) {
          add(
            deal,
            lineOfPath(deal.text, [field]),
            'error',
            `${field}: fact "${String(id)}" is in ${unit}, not ${what}`,
            `Point ${field} at a fact in ${what}.`,
          );
        }
      }
    }
    for (const article of index.articles) {
      // Frontmatter is plain text: a tag there would show as "<Fact …/>" in lists, cards and feeds.
      for (const field of ['title', 'description', 'keyTakeaway']) {
        if (factIdsIn(String(article.data[field] ?? '')).length === 0) continue;
        add(
          article,
          lineOf(article.text, field),
          'error',
          `${field}: a <Fact> tag works only in the body, a FAQ answer or a table cell`,
          'Write the figure as text here (the figure checker matches it against the ledger).',
        );
      }
    }
  },
};
