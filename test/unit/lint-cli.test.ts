/** `npm run lint:content` as a writer runs it: exit codes and output formats. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_STORY, fixtureCopy } from '../support/fixture.ts';
import { script } from '../support/scripts.ts';
import { productionEnv } from '../../scripts/lib/astro.ts';
import { formatFindings } from '../../scripts/lib/lint/index.ts';
import type { Finding } from '../../scripts/lib/lint/types.ts';
import { ROOT } from '../../scripts/lib/root.ts';

const story = `${FIXTURE_STORY}See [this](/news/nowhere/).
`;

describe('npm run lint:content', () => {
  it('passes the real content with no findings at all, in text and JSON', async () => {
    const text = await script('lint-content', [], 'content');
    expect(text.code, text.out).toBe(0);
    expect(text.out.trim()).toBe('0 error(s), 0 warning(s)');
    const json = await script('lint-content', ['--format', 'json'], 'content');
    expect(JSON.parse(json.out)).toEqual([]);
  });

  it('checks the project from any folder, and a CONTENT_DIR given relative to that folder', async () => {
    const run = (cwd: string, env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number; out: string }>((resolve) =>
        execFile(
          process.execPath,
          [join(ROOT, 'scripts', 'lint-content.ts')],
          { cwd, env: { ...productionEnv(), ...env } },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
        ),
      );
    const elsewhere = mkdtempSync(join(tmpdir(), 'gigawatt-cwd-'));
    try {
      // It crashed looking for <cwd>/src (the code version) and linted <cwd>/content.
      const project = await run(elsewhere, {});
      expect(project.code, project.out).toBe(0);
      expect(project.out.trim()).toBe('0 error(s), 0 warning(s)');
      const tree = fixtureCopy({ 'articles/x.mdx': story });
      try {
        const given = await run(tree.dir, { CONTENT_DIR: '.' });
        expect(given.code).toBe(1);
        expect(given.out).toMatch(/articles\/x\.mdx:\d+:\d+: error/);
      } finally {
        tree.cleanup();
      }
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('exits non-zero on an error and prints file:line', async () => {
    const tree = fixtureCopy({ 'articles/x.mdx': story });
    try {
      const result = await script('lint-content', [], tree.dir);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(
        /articles\/x\.mdx:10:1: error internal-link: \/news\/nowhere\/ points to no page/,
      );
    } finally {
      tree.cleanup();
    }
  });

  it('lists the first warnings a build asks for, every error, and counts the rest by rule', () => {
    const finding = (severity: Finding['severity'], rule: string, line: number): Finding => ({
      file: 'articles/a.mdx',
      line,
      column: 1,
      severity,
      rule,
      message: 'Something.',
      fix: 'Fix it.',
    });
    const findings = [
      finding('warning', 'figure-unknown', 1),
      finding('warning', 'figure-unknown', 2),
      finding('error', 'internal-link', 3),
      finding('warning', 'figure-match', 4),
      finding('warning', 'figure-unknown', 5),
    ];
    expect(formatFindings(findings, { warningsShown: 1 }).split('\n')).toEqual([
      'articles/a.mdx:1:1: warning figure-unknown: Something. Fix it.',
      'articles/a.mdx:3:1: error internal-link: Something. Fix it.',
      '… and 3 more warning(s) (figure-unknown 2, figure-match 1): npm run lint:content lists every one.',
      '1 error(s), 4 warning(s)',
    ]);
    // Without a limit (npm run lint:content), every finding.
    expect(formatFindings(findings).split('\n')).toHaveLength(6);
  });

  it('reports the same from its cache of parsed bodies as from the files, and parses an edited body again', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'gigawatt-lint-cache-'));
    const broken = `${FIXTURE_STORY}A <Callout title="Open">that never closes.\n`;
    const tree = fixtureCopy({ 'articles/x.mdx': broken });
    try {
      const env = { GIGAWATT_LINT_CACHE: cache };
      const first = await script('lint-content', [], tree.dir, undefined, env);
      expect(first.code).toBe(1);
      expect(first.out).toMatch(/articles\/x\.mdx:\d+:\d+: error mdx-syntax: MDX cannot be read/);
      const stored = JSON.parse(readFileSync(join(cache, 'mdx.json'), 'utf8')) as { entries: object };
      expect(Object.keys(stored.entries).length).toBeGreaterThan(1);
      // Served from the cache: the same findings, to the character.
      const second = await script('lint-content', [], tree.dir, undefined, env);
      expect(second).toEqual(first);
      // And it is the cache that answers: a message changed in it is what the linter prints.
      const file = join(cache, 'mdx.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('MDX cannot be read', 'FROM THE CACHE'));
      expect((await script('lint-content', [], tree.dir, undefined, env)).out).toMatch(/FROM THE CACHE/);
      // The body fixed: parsed again, and the error is gone.
      const fixed = fixtureCopy({ 'articles/x.mdx': `${FIXTURE_STORY}Closed.\n` });
      try {
        const third = await script('lint-content', [], fixed.dir, undefined, env);
        expect(third.out).not.toMatch(/mdx-syntax/);
      } finally {
        fixed.cleanup();
      }
    } finally {
      tree.cleanup();
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('reports figures the same from its cache, and checks them again when the ledger changes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'gigawatt-lint-cache-'));
    const tree = fixtureCopy({
      'articles/x.mdx': `${FIXTURE_STORY}Fixture Grid Co placed a $4.5 billion chip order.\n`,
    });
    try {
      const env = { GIGAWATT_LINT_CACHE: cache };
      const first = await script('lint-content', [], tree.dir, undefined, env);
      expect(first.out).toMatch(/articles\/x\.mdx:10:1: warning figure-unknown: "\$4\.5 billion"/);
      expect((await script('lint-content', [], tree.dir, undefined, env)).out).toBe(first.out);
      // The ledger entry now says $4.5 billion: the same story text is checked again, and matches.
      const fact = join(tree.dir, 'facts', 'fixture-chip-order.yaml');
      writeFileSync(fact, readFileSync(fact, 'utf8').replace('value: 2000000000', 'value: 4500000000'));
      const after = await script('lint-content', [], tree.dir, undefined, env);
      expect(after.out).toMatch(/articles\/x\.mdx:10:1: warning figure-match: "\$4\.5 billion"/);
    } finally {
      tree.cleanup();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
