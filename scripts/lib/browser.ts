/**
 * Debian's Chromium through playwright-core. No tool downloads a browser here: we find
 * /usr/bin/chromium (or CHROME_PATH), install it with apt when we are root, and otherwise
 * fail with the command that installs it.
 */
import { execFileSync } from 'node:child_process';
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

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium not found: installing Debian's chromium package with apt-get…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(CANDIDATES[0]!)) return CANDIDATES[0]!;
  }
  throw new Error(
    'Browser tests need Chromium. Install it with `sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}
