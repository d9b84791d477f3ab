/**
 * npm run lint:content [-- --format json] [-- --warnings-shown N]: the checks in
 * scripts/lib/lint.ts over content/ (or CONTENT_DIR). Errors exit 1; warnings print (the
 * first N, then a count by rule) and pass. With --send-card-inputs (npm run build, which
 * starts it with a message channel), content that passes also sends its article cards'
 * inputs (scripts/lib/lint/card-inputs.ts), for the build to start on.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleCardInputs } from './lib/lint/card-inputs.ts';
import { buildContentIndex } from './lib/lint/content-index.ts';
import { formatFindings, runRules } from './lib/lint/index.ts';
import { readNow } from '../src/lib/clock.ts';
import { ROOT } from './lib/root.ts';

// From any folder (`node ../gigawatt/scripts/lint-content.ts`): the content and the code
// it is checked against are the project's; a CONTENT_DIR given is the caller's.
if (process.env.CONTENT_DIR) process.env.CONTENT_DIR = resolve(process.env.CONTENT_DIR);
process.chdir(ROOT);

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    'warnings-shown': { type: 'string' },
    'send-card-inputs': { type: 'boolean', default: false },
  },
});
const index = buildContentIndex(undefined, readNow());
const findings = runRules(index);
const shown = Number(values['warnings-shown']);
const warningsShown = Number.isInteger(shown) && shown >= 0 ? shown : Infinity;
console.log(
  values.format === 'json' ? JSON.stringify(findings, null, 2) : formatFindings(findings, { warningsShown }),
);
const passed = !findings.some((f) => f.severity === 'error');
process.exitCode = passed ? 0 : 1;
if (values['send-card-inputs'] && passed) {
  if (!process.send)
    throw new Error(
      '--send-card-inputs is for npm run build, which starts the linter with a message channel',
    );
  process.send({ cardInputs: articleCardInputs(index) }, () => process.disconnect());
}
