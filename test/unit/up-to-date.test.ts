/**
 * npm run build skips a build whose inputs, clock and output are those of the last one
 * (scripts/lib/up-to-date.ts). A skip that should have built would publish a stale site,
 * so every way the output can go stale must make it build.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/root.ts';
import {
  ALWAYS_BUILD,
  BUILD_ENV,
  inputsDigest,
  outputDigest,
  recordBuild,
  whyBuild,
  type BuildInputs,
} from '../../scripts/lib/up-to-date.ts';
import { filesUnder } from '../../src/lib/files-under.ts';

const scratch = mkdtempSync(join(tmpdir(), 'gigawatt-up-to-date-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('what a build reads', () => {
  it('names every environment variable the build code reads', () => {
    // The build's code: src/ and the scripts npm run build runs.
    const files = [
      ...filesUnder(join(ROOT, 'src')).map((f) => join(ROOT, 'src', f)),
      ...[
        'scripts/build.ts',
        'scripts/lint-content.ts',
        'scripts/lib/astro.ts',
        'scripts/lib/astro-cli.ts',
      ].map((f) => join(ROOT, f)),
      ...filesUnder(join(ROOT, 'scripts', 'lib', 'lint')).map((f) => join(ROOT, 'scripts', 'lib', 'lint', f)),
    ].filter((file) => /\.(ts|astro|mjs)$/.test(file));
    const names = new Set<string>();
    for (const file of files) {
      // process.env.X, env.X, env['X'], but not import.meta.env (Astro's mode, from argv).
      for (const [, name] of readFileSync(file, 'utf8').matchAll(
        /(?<!meta\.)\benv(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g,
      ))
        names.add(name!);
    }
    expect(names.size).toBeGreaterThan(5);
    expect([...names].filter((name) => !BUILD_ENV.test(name))).toEqual([]);
  });

  it('changes with the content, the code and the settings, not with what the build ignores', () => {
    const content = join(scratch, 'content');
    cpSync(join(ROOT, 'test', 'fixtures', 'site'), content, { recursive: true });
    const base: BuildInputs = {
      contentDir: content,
      srcDir: join(ROOT, 'src'),
      env: { HOME: '/a' },
      argv: [],
    };
    const digest = inputsDigest(base);
    expect(inputsDigest({ ...base, env: { HOME: '/b', [ALWAYS_BUILD]: '1' }, argv: ['--force'] })).toBe(
      digest,
    );
    expect(inputsDigest({ ...base, env: { SITE_URL: 'https://example.org/' } })).not.toBe(digest);
    expect(inputsDigest({ ...base, env: { GIGAWATT_PREVIEW: '1' } })).not.toBe(digest);
    expect(inputsDigest({ ...base, argv: ['--outDir', 'elsewhere'] })).not.toBe(digest);
    const story = join(content, 'articles', readdirSync(join(content, 'articles'))[0]!);
    writeFileSync(story, `${readFileSync(story, 'utf8')}\nOne more sentence.\n`);
    const edited = inputsDigest(base);
    expect(edited).not.toBe(digest);
    const src = join(scratch, 'src');
    cpSync(join(ROOT, 'src'), src, { recursive: true });
    const withSrc = inputsDigest({ ...base, srcDir: src });
    expect(withSrc).toBe(edited);
    writeFileSync(join(src, 'styles', 'extra.css'), 'a{}');
    expect(inputsDigest({ ...base, srcDir: src })).not.toBe(edited);
  });
});

describe('whether the last build stands', () => {
  const out = join(scratch, 'dist');
  const record = join(scratch, 'record.json');
  const now = new Date('2026-06-10T00:00:00Z');
  const setUp = (nextChange?: string) => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'news', 'a'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>front</p>');
    writeFileSync(join(out, 'news', 'a', 'index.html'), '<p>a</p>');
    recordBuild(record, { outDir: out, inputs: 'in-1', output: outputDigest(out), nextChange });
  };

  it('stands when nothing changed and the next change has not come', () => {
    setUp('2026-06-11T00:00:00Z');
    expect(whyBuild(record, out, 'in-1', now)).toBeUndefined();
  });

  it('falls when the inputs, the clock, the folder or its files differ', () => {
    setUp('2026-06-11T00:00:00Z');
    expect(whyBuild(record, out, 'in-2', now)).toMatch(/content, code or settings changed/);
    expect(whyBuild(record, out, 'in-1', new Date('2026-06-11T00:00:00Z'))).toMatch(/next change/);
    expect(whyBuild(record, join(scratch, 'other'), 'in-1', now)).toMatch(/another folder/);
    expect(whyBuild(join(scratch, 'none.json'), out, 'in-1', now)).toMatch(/no finished build/);
    writeFileSync(join(out, 'news', 'a', 'index.html'), '<p>b</p>');
    expect(whyBuild(record, out, 'in-1', now)).toMatch(/not as the last build left it/);
    setUp();
    rmSync(join(out, 'news', 'a', 'index.html'));
    expect(whyBuild(record, out, 'in-1', now)).toMatch(/not as the last build left it/);
    setUp();
    writeFileSync(join(out, 'stray.html'), '');
    expect(whyBuild(record, out, 'in-1', now)).toMatch(/not as the last build left it/);
    setUp();
    mkdirSync(join(out, '.git'));
    writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/main');
    expect(whyBuild(record, out, 'in-1', now), 'a deploy commit in dist/.git').toBeUndefined();
    rmSync(out, { recursive: true });
    expect(whyBuild(record, out, 'in-1', now)).toMatch(/not as the last build left it/);
  });

  it('stands for ever when nothing is scheduled, and a touched file is a change', () => {
    setUp();
    expect(whyBuild(record, out, 'in-1', new Date('2099-01-01T00:00:00Z'))).toBeUndefined();
    // Same bytes, another time: something wrote it after the build.
    utimesSync(join(out, 'index.html'), new Date('2026-01-01'), new Date('2026-01-01'));
    expect(whyBuild(record, out, 'in-1', now)).toMatch(/not as the last build left it/);
  });
});
