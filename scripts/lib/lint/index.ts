/**
 * Content checks beyond the schema: what a copy desk would catch. The content tree is
 * read once into an index; each rule (rules/*.ts, one job each) reports findings that name
 * the file, the line, the rule and the fix.
 */
import { readNow } from '../../../src/lib/clock.ts';
import { contentDir } from '../../../src/lib/rules.ts';
import { buildContentIndex } from './content-index.ts';
import { controlCharacters } from './rules/control-characters.ts';
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
import { cardGlyphs } from './rules/card-glyphs.ts';
import type { ContentIndex, Finding, LintRule } from './types.ts';

export type { Finding, Severity } from './types.ts';

export const RULES: LintRule[] = [
  readProblems,
  controlCharacters,
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
  cardGlyphs,
];

/** Rules whose errors the build meets in files it still reads (a shared table's schema). */
const ALWAYS_ERRORS = new Set(['schema', 'yaml-syntax', 'yaml-alias', 'too-large', 'unreadable']);

/**
 * Files the build does not publish, whose mistakes are warnings: drafts (the build never
 * reads them), and tables and FAQ sets no published story uses.
 */
function heldBackFiles(index: ContentIndex): Map<string, 'draft' | 'unused'> {
  const held = new Map<string, 'draft' | 'unused'>();
  for (const { entry, reason } of index.plan.heldBackStories)
    if (reason === 'draft' && entry.filePath) held.set(entry.filePath, 'draft');
  for (const { collection, id, reason } of index.plan.heldBack) {
    if (collection !== 'faqs' && collection !== 'comparisons') continue;
    const file = index.yaml[collection].find((f) => f.id === id);
    if (file) held.set(file.path, reason === 'unused' ? 'unused' : 'draft');
  }
  return held;
}

/** Runs rules over an index; findings sorted by file and line. */
export function runRules(index: ContentIndex, rules: LintRule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const held = heldBackFiles(index);
  for (const rule of rules) {
    rule.check(index, (name) => (file, line, severity, message, fix, column = 1) => {
      const path = typeof file === 'string' ? file : file.path;
      const why = held.get(path);
      // A draft never blocks the build: its mistakes wait, as warnings, until it publishes.
      const waits =
        severity === 'error' && (why === 'draft' || (why === 'unused' && !ALWAYS_ERRORS.has(name)));
      findings.push({
        file: path,
        line,
        column,
        severity: waits ? 'warning' : severity,
        rule: name,
        message: waits
          ? `${message} (${why === 'draft' ? 'a draft' : 'no published story uses this file yet'}: an error once it publishes)`
          : message,
        fix,
      });
    });
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function lintContent(dir = contentDir(), now = readNow()): Finding[] {
  return runRules(buildContentIndex(dir, now));
}

export function formatFindings(findings: Finding[], { warningsShown = Infinity } = {}): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  let listed = 0;
  const lines = findings
    .filter((f) => f.severity === 'error' || listed++ < warningsShown)
    .map(
      (f) =>
        `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message.replace(/\.$/, '')}. ${f.fix}`,
    );
  if (warnings > warningsShown) {
    // An archive's thousands of warnings would bury the build's own lines: counted by rule.
    const byRule = new Map<string, number>();
    for (const f of findings.filter((f) => f.severity === 'warning').slice(warningsShown))
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const counts = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
    lines.push(
      `… and ${warnings - warningsShown} more warning(s) (${counts}): npm run lint:content lists every one.`,
    );
  }
  lines.push(`${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n');
}
