/**
 * Programs the tests take from Debian (Chromium, Java for the Nu HTML Checker): found on
 * PATH or at their usual place, installed with apt when we are root (as on CI), and
 * otherwise a failure that names the command to run. Never a silent skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The first of `paths` that exists, after installing `pkg` with apt if none does and we can. */
export function debianProgram(paths: string[], pkg: string, why: string): string {
  const found = () => paths.find((path) => existsSync(path));
  const there = found();
  if (there) return there;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log(`${paths[0]} not found: installing Debian's ${pkg} package with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(`${why} Install it with \`sudo apt-get install -y ${pkg}\`, then run the tests again.`);
}
