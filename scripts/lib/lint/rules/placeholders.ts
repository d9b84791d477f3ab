/** TODOs left by `npm run new` or `npm run import`: errors once the page would show them. */
import { comparisonIdsIn, PLACEHOLDER } from '../../../../src/lib/rules.ts';
import type { ContentFile } from '../../content-files.ts';
import type { LintRule, Report } from '../types.ts';

export const placeholders: LintRule = {
  names: ['placeholder'],
  check({ articles, published, files }, report) {
    const add = report('placeholder');
    for (const article of articles) {
      const isDraft = !published.includes(article);
      const lines = article.text
        .split('\n')
        .flatMap((text, i) => (text.includes(PLACEHOLDER) ? [i + 1] : []));
      if (lines.length === 0) continue;
      add(
        article,
        lines[0]!,
        isDraft ? 'warning' : 'error',
        `${lines.length} ${PLACEHOLDER} placeholder(s) left (lines ${lines.join(', ')})`,
        isDraft
          ? 'Fill them in before you set draft: false.'
          : 'Fill them in, or set draft: true until the story is ready.',
      );
    }
    // Which sets and tables a published story shows: worked out once, not per file.
    const shownFaqs = new Set(published.map((a) => String(a.data.faq ?? '')));
    const shownTables = new Set(published.flatMap((a) => comparisonIdsIn(a.body)));
    for (const file of files.faqs) yamlPlaceholders(add, file, shownFaqs.has(file.id));
    for (const file of files.comparisons) yamlPlaceholders(add, file, shownTables.has(file.id));
  },
};

/** A TODO in an FAQ set or table: an error once a published story shows it. */
function yamlPlaceholders(add: Report, file: ContentFile, shownOnSite: boolean) {
  const line = file.text.split('\n').findIndex((l) => l.includes(PLACEHOLDER)) + 1;
  if (line > 0) {
    add(file, line, shownOnSite ? 'error' : 'warning', `${PLACEHOLDER} placeholder(s) left`, 'Fill them in.');
  }
}
