/**
 * npm run lint:content [-- --format json]: the checks in scripts/lib/lint.ts over
 * content/ (or CONTENT_DIR). Errors exit 1; warnings print and pass.
 */
import { parseArgs } from 'node:util';
import { formatFindings, lintContent } from './lib/lint/index.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
const findings = lintContent();
console.log(values.format === 'json' ? JSON.stringify(findings, null, 2) : formatFindings(findings));
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
