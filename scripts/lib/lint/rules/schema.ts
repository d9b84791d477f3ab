/**
 * Every file against the collection schemas the build uses (src/schemas/), so a writer who
 * runs the linter hears what the build would say, at the line it is about.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { DATA_SCHEMAS } from '../../../../src/schemas/index.ts';
import { lineOfPath, type YamlFile } from '../../content-files.ts';
import type { LintRule, Report } from '../types.ts';

/** Astro's reference() and image(), as plain values: references and images have rules of their own. */
const article = articleSchema({
  reference: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
});

/** The README section that documents each collection's fields. */
const REFERENCE: Record<string, string> = {
  facts: 'Figures: the facts ledger',
  companies: 'Figures: the facts ledger',
  deals: 'Figures: the facts ledger',
};

function check(
  add: Report,
  file: YamlFile,
  schema: z.ZodType,
  firstLine: number,
  section = 'Adding an article',
) {
  if (file.problem) return; // already reported: the data is not there to check
  const result = schema.safeParse(file.data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const line = lineOfPath(
      file.text,
      issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      firstLine,
    );
    add(file, line, 'error', issue.message, `See the field reference in the README (${section}).`);
  }
}

export const schema: LintRule = {
  names: ['schema'],
  check({ articles, yaml, pages }, report) {
    const add = report('schema');
    for (const file of articles) check(add, file, article, 1);
    for (const file of pages) check(add, file, DATA_SCHEMAS.pages, 1, 'Corrections and updates');
    for (const [collection, files] of Object.entries(yaml)) {
      for (const file of files)
        check(add, file, DATA_SCHEMAS[collection as keyof typeof DATA_SCHEMAS], 1, REFERENCE[collection]);
    }
  },
};
