/**
 * Text a share card shows that its fonts cannot draw (src/lib/og/fonts.ts): the build warns
 * of it while it renders the cards, so the linter says it first, at the field's line.
 */
import { undrawable, undrawableMessage, UNDRAWABLE_FIX } from '../../../../src/lib/og/fonts.ts';
import { lineOf, lineOfPath, type YamlFile } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

export const cardGlyphs: LintRule = {
  names: ['card-glyphs'],
  check({ published, yaml, plan }, report) {
    const warn = (file: YamlFile, value: unknown, line: () => number) => {
      const missing = typeof value === 'string' ? undrawable(value) : [];
      if (missing.length)
        report('card-glyphs')(file, line(), 'warning', undrawableMessage(missing), UNDRAWABLE_FIX);
    };
    const check = (file: YamlFile, key: string) => warn(file, file.data[key], () => lineOf(file.text, key));
    // An article's card: its headline and its key takeaway, or its dek when it has none.
    for (const article of published) {
      check(article, 'title');
      check(article, typeof article.data.keyTakeaway === 'string' ? 'keyTakeaway' : 'description');
    }
    // What author, topic and company cards show (and names on every byline).
    for (const file of yaml.authors) for (const key of ['name', 'bio', 'role']) check(file, key);
    for (const file of [...yaml.topics, ...yaml.companies])
      for (const key of ['name', 'description']) check(file, key);
    // A published table's card: its title, column labels and cells.
    for (const file of yaml.comparisons) {
      if (!plan.published.comparisons.has(file.id)) continue;
      check(file, 'title');
      const columns = Array.isArray(file.data.columns) ? file.data.columns : [];
      columns.forEach((column: { label?: unknown }, i) =>
        warn(file, column?.label, () => lineOfPath(file.text, ['columns', i, 'label'])),
      );
      const rows = Array.isArray(file.data.rows) ? file.data.rows : [];
      rows.forEach((row: Record<string, unknown>, i) => {
        for (const [key, value] of Object.entries(row ?? {}))
          warn(file, value, () => lineOfPath(file.text, ['rows', i, key]));
      });
    }
  },
};
