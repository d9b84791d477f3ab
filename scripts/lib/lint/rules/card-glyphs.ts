/**
 * Text a share card shows that its fonts cannot draw (src/lib/og/fonts.ts): the build warns
 * of it while it renders the cards, so the linter says it first, at the field's line.
 */
import { undrawable, undrawableMessage, UNDRAWABLE_FIX } from '../../../../src/lib/og/fonts.ts';
import { lineOf, type YamlFile } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

export const cardGlyphs: LintRule = {
  names: ['card-glyphs'],
  check({ published, yaml }, report) {
    const check = (file: YamlFile, key: string) => {
      const value = file.data[key];
      if (typeof value !== 'string') return;
      const missing = undrawable(value);
      if (missing.length)
        report('card-glyphs')(
          file,
          lineOf(file.text, key),
          'warning',
          undrawableMessage(missing),
          UNDRAWABLE_FIX,
        );
    };
    // An article's card: its headline and its key takeaway, or its dek when it has none.
    for (const article of published) {
      check(article, 'title');
      check(article, typeof article.data.keyTakeaway === 'string' ? 'keyTakeaway' : 'description');
    }
    // What author, topic and company cards show (and names on every byline).
    for (const file of yaml.authors) for (const key of ['name', 'bio', 'role']) check(file, key);
    for (const file of [...yaml.topics, ...yaml.companies])
      for (const key of ['name', 'description']) check(file, key);
  },
};
