/**
 * npm run lint:content [-- --format json] [-- --warnings-shown N]: the checks in
 * scripts/lib/lint.ts over content/ (or CONTENT_DIR). Errors exit 1; warnings print (the
 * first N, then a count by rule) and pass.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFindings, lintContent } from './lib/lint/index.ts';
import { ROOT } from './lib/root.ts';

// From any folder (`node ../gigawatt/scripts/lint-content.ts`): the content and the code
// it is checked against are the project's; a CONTENT_DIR given is the caller's.
if (process.env.CONTENT_DIR) process.env.CONTENT_DIR = resolve(process.env.CONTENT_DIR);
process.chdir(ROOT);

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'text' }, 'warnings-shown': { type: 'string' } },
});
const findings = lintContent();
const shown = Number(values['warnings-shown']);
const warningsShown = Number.isInteger(shown) && shown >= 0 ? shown : Infinity;
console.log(
  values.format === 'json' ? JSON.stringify(findings, null, 2) : formatFindings(findings, { warningsShown }),
);
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
