import { z } from 'astro/zod';
import { COLUMN_KEY } from '../lib/rules.ts';
import { controlCharacterError, holdsControlCharacter, sources, text } from './fields.ts';

const column = z.object({
  key: z.string({ error: 'columns[].key is missing: add a short key like "power"' }).regex(COLUMN_KEY, {
    error: 'columns[].key should be a short word like "power" (letters, digits, - or _)',
  }),
  label: text('columns[].label', 'the column heading readers see'),
});

const cell = z.union([z.string(), z.number(), z.boolean()], {
  error: 'a table cell should be text or a number',
});

export const comparisonSchema = z
  .object({
    title: text('title', 'a title for the table'),
    caption: text('caption', 'a caption that says what the table compares'),
    columns: z
      .array(column, { error: 'columns is missing: list the columns as { key, label }' })
      .min(2, { error: 'columns needs at least two columns to compare' }),
    rows: z
      .array(z.record(z.string(), cell), { error: 'rows is missing: add at least one row' })
      .min(1, { error: 'rows is empty: add at least one row' }),
    sources: sources(),
  })
  .superRefine((data, ctx) => {
    const keys = data.columns.map((c) => c.key);
    data.rows.forEach((row, index) => {
      const rowKeys = Object.keys(row);
      for (const key of keys.filter((k) => !rowKeys.includes(k))) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, key],
          message: `row ${index + 1} is missing key "${key}"; every row needs: ${keys.join(', ')}`,
        });
      }
      for (const [key, value] of Object.entries(row))
        if (typeof value === 'string' && holdsControlCharacter(value))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, key],
            message: controlCharacterError(`row ${index + 1}'s ${key}`),
          });
      for (const key of rowKeys.filter((k) => !keys.includes(k))) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, key],
          message: `row ${index + 1} has key "${key}", which is not a declared column (${keys.join(', ')})`,
        });
      }
    });
  });
