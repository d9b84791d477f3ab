/** FAQ sets and tables: each FAQ set belongs to one story; files nobody uses are flagged. */
import { comparisonEmbed, comparisonIdsIn } from '../../../../src/lib/rules.ts';
import { pushTo } from '../../../../src/lib/multimap.ts';
import { lineOf } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

export const usage: LintRule = {
  names: ['faq-used-twice', 'unused-faq', 'unused-comparison'],
  check({ articles, files }, report) {
    const faqUsers = new Map<string, typeof articles>();
    for (const article of articles) {
      const id = article.data.faq;
      if (id) pushTo(faqUsers, String(id), article);
    }
    for (const [id, [first, second]] of faqUsers) {
      if (!first || !second) continue;
      report('faq-used-twice')(
        second,
        lineOf(second.text, 'faq'),
        'error',
        `FAQ set "${id}" is also used by ${first.path}`,
        'Give each story its own FAQ set: the FAQ hub links each question back to one story.',
      );
    }
    for (const file of files.faqs.filter((f) => !faqUsers.has(f.id))) {
      report('unused-faq')(
        file,
        1,
        'warning',
        `no article uses FAQ set "${file.id}"`,
        `Add faq: ${file.id} to an article, or delete the file.`,
      );
    }
    const embedded = new Set(articles.flatMap((a) => comparisonIdsIn(a.body)));
    for (const file of files.comparisons.filter((f) => !embedded.has(f.id))) {
      report('unused-comparison')(
        file,
        1,
        'warning',
        `no article embeds table "${file.id}"`,
        `Add ${comparisonEmbed(file.id)} to an article, or delete the file.`,
      );
    }
  },
};
