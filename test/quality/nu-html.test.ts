/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run on Debian's Java) on
 * every page of the real site and the fixture site: zero errors. A checker nobody here
 * wrote: it found a <script> after </html> on /tracker/ that html-validate let through.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, inject, it } from 'vitest';
import { debianProgram } from '../../scripts/lib/debian.ts';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Every message of the checker's errors-only run over a folder of pages. */
function nuErrors(dir: string): Promise<NuMessage[]> {
  const java = debianProgram(['/usr/bin/java'], 'default-jre-headless', 'The Nu HTML Checker needs Java.');
  return new Promise((resolve, reject) => {
    execFile(
      java,
      ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', dir],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu exits 1 when it reports errors; the JSON on stderr says which.
        try {
          resolve((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
        } catch {
          reject(error ?? new Error(`vnu printed no JSON: ${stderr.slice(0, 500)}`));
        }
      },
    );
  });
}

const format = (m: NuMessage) => `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine ?? 0}: ${m.message}`;

it.each([
  ['the real site', 'siteDist'],
  ['the fixture site', 'fixtureDist'],
] as const)(
  'the Nu HTML Checker finds no error on %s',
  async (_name, dist) => {
    const errors = (await nuErrors(inject(dist))).filter((m) => m.type === 'error' || m.subType === 'fatal');
    expect(errors.map(format)).toEqual([]);
  },
  180_000,
);
