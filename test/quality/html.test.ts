/** Every HTML file the build writes is valid, by html-validate's recommended rules (.htmlvalidate.mjs). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, inject, it } from 'vitest';
import { htmlFiles } from '../support/dist.ts';

it('validates every page in dist/', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(inject('siteDist'));
  expect(files.length).toBeGreaterThan(15);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
