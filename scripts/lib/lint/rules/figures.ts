/** A figure in a story with no sources: readers must be able to check every number. */
import { PLACEHOLDER } from '../../../../src/lib/rules.ts';
import { asArray, type LintRule } from '../types.ts';

/** "$12 billion", "1 GW", "300 MW", "13 roles", "40%", "£225,000": numbers a reader will want sourced. */
export const FIGURE =
  /([$€£¥]\s?\d[\d,.]*(\s?(billion|million|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(GW|MW|kW|TWh|GWh|MWh|gigawatts?|megawatts?|billion|million|trillion|percent|per cent|%)|\b\d[\d,]*\s+(roles|jobs|data cent(er|re)s|sites|employees|engineers)\b)/i;

export const figures: LintRule = {
  names: ['figure-without-source'],
  check(index, report) {
    for (const article of index.articles) {
      const realSources = asArray(article.data.sources).filter((s) => {
        const source = s as { publisher?: unknown };
        return source.publisher && !String(source.publisher).includes(PLACEHOLDER);
      });
      if (realSources.length > 0) continue;
      const figure = index.bodyLines(article).find(({ text }) => !text.startsWith('#') && FIGURE.test(text));
      if (!figure) continue;
      const isDraft = article.data.draft === true;
      // An error once the story is meant to publish; on a draft, a reminder.
      report('figure-without-source')(
        article,
        figure.line,
        isDraft ? 'warning' : 'error',
        `"${figure.text.match(FIGURE)![0]}" is a figure, but the story lists no sources`,
        'Add the outlet that reported it under sources: (publisher and title).',
      );
    }
  },
};
