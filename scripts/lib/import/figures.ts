/** The figure report `npm run import` prints for each draft: every figure against the ledger. */
import { checkFigures, describeFinding, type Ledger } from '../../../src/lib/figures.ts';

export function figureReport(files: [path: string, text: string][], ledger: Ledger): string[] {
  const lines: string[] = [];
  const counts = { match: 0, conflict: 0, unknown: 0, noted: 0 };
  for (const [path, text] of files) {
    for (const finding of checkFigures(text, ledger)) {
      counts[finding.kind]++;
      const line = 1 + (text.slice(0, finding.figure.index).match(/\n/g)?.length ?? 0);
      const { message, fix } = describeFinding(finding);
      lines.push(`  ${path}:${line}: ${finding.kind}: ${message}. ${fix}`);
    }
  }
  return [
    `Figures: ${counts.match} in the facts ledger, ${counts.conflict} in conflict with it, ${counts.unknown} not in it`,
    ...lines,
  ];
}
