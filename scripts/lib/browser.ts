/**
 * Debian's Chromium through playwright-core. No tool downloads a browser here: we find
 * /usr/bin/chromium (or CHROME_PATH), install it with apt when we are root, and otherwise
 * fail with the command that installs it.
 */
import { debianProgram } from './debian.ts';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return debianProgram(
    CANDIDATES,
    'chromium',
    'Browser tests need Chromium (or set CHROME_PATH to a Chromium or Chrome binary).',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}
