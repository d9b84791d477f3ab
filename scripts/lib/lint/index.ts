/**
 * Content checks beyond the schema: what a copy desk would catch. The content tree is
 * read once into an index; each rule (rules/*.ts, one job each) reports findings that name
 * the file, the line, the rule and the fix.
 */
import { contentDir } from '../../../src/lib/rules.ts';
import { buildContentIndex } from './content-index.ts';
import { dates } from './rules/dates.ts';
import { duplicateIds } from './rules/duplicate-ids.ts';
import { duplicateTitle } from './rules/duplicate-title.ts';
import { figures } from './rules/figures.ts';
import { images } from './rules/images.ts';
import { links } from './rules/links.ts';
import { notMdx } from './rules/not-mdx.ts';
import { placeholders } from './rules/placeholders.ts';
import { references } from './rules/references.ts';
import { usage } from './rules/usage.ts';
import { readProblems } from './rules/read-problems.ts';
import { schema } from './rules/schema.ts';
import { mdx } from './rules/mdx.ts';
import { fileNames } from './rules/file-names.ts';
import { sizes } from './rules/sizes.ts';
import type { ContentIndex, Finding, LintRule } from './types.ts';

export type { Finding, Severity } from './types.ts';

export const RULES: LintRule[] = [
  readProblems,
  schema,
  mdx,
  fileNames,
  sizes,
  duplicateIds,
  notMdx,
  duplicateTitle,
  dates,
  references,
  placeholders,
  figures,
  links,
  images,
  usage,
];

/** Runs rules over an index; findings sorted by file and line. */
export function runRules(index: ContentIndex, rules: LintRule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(index, (name) => (file, line, severity, message, fix, column = 1) => {
      findings.push({
        file: typeof file === 'string' ? file : file.path,
        line,
        column,
        severity,
        rule: name,
        message,
        fix,
      });
    });
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function lintContent(dir = contentDir(), now = new Date()): Finding[] {
  return runRules(buildContentIndex(dir, now));
}

export function formatFindings(findings: Finding[]): string {
  const lines = findings.map(
    (f) =>
      `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message.replace(/\.$/, '')}. ${f.fix}`,
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push(`${errors} error(s), ${findings.length - errors} warning(s)`);
  return lines.join('\n');
}
