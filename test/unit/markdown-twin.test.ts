/** The Markdown twin's tables: a writer's cells stay text where the twin is rendered. */
import { expect, it } from 'vitest';
import type { Comparison } from '../../src/lib/content.ts';
import { comparisonMarkdown } from '../../src/lib/markdown-twin.ts';

it('writes a table cell, label, caption and source holding HTML as text, not markup', () => {
  const table = {
    id: 't',
    data: {
      title: 'Two sites',
      caption: 'Sites <em>compared</em>',
      columns: [
        { key: 'site', label: 'Site <b>name</b>' },
        { key: 'power', label: 'Power' },
      ],
      rows: [{ site: 'South | East', power: '1 GW <img src=x onerror=alert(1)>' }],
      sources: [{ publisher: 'Wire <i>x</i>', title: 'A report' }],
    },
  } as unknown as Comparison;
  const markdown = comparisonMarkdown(table, new Map());
  expect(markdown).toContain('| South \\| East | 1 GW &lt;img src=x onerror=alert(1)> |');
  expect(markdown).toContain('| Site &lt;b>name&lt;/b> | Power |');
  expect(markdown).toContain('_Sites &lt;em>compared&lt;/em>_');
  expect(markdown).toContain('Sources: Wire &lt;i>x&lt;/i>');
  expect(markdown).not.toMatch(/<(img|b|em|i)\b/);
});
