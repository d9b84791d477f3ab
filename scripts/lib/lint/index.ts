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
import type { ContentIndex, Finding, LintRule } from './types.ts';

export type { Finding, Severity } from './types.ts';

export const RULES: LintRule[] = [
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
    rule.check(index, (name) => (file, line, severity, message, fix) => {
      findings.push({
        file: typeof file === 'string' ? file : file.path,
        line,
        severity,
        rule: name,
        message,
        fix,
      });
    });
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function lintContent(dir = contentDir(), now = new Date()): Finding[] {
  return runRules(buildContentIndex(dir, now));
}

export function formatFindings(findings: Finding[]): string {
  const lines = findings.map((f) => `${f.file}:${f.line}: ${f.severity} ${f.rule}: ${f.message}. ${f.fix}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push(`${errors} error(s), ${findings.length - errors} warning(s)`);
  return lines.join('\n');
}
