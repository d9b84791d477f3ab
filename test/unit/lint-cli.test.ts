/** `npm run lint:content` as a writer runs it: exit codes and output formats. */
import { describe, expect, it } from 'vitest';
import { FIXTURE_STORY, fixtureCopy } from '../support/fixture.ts';
import { script } from '../support/scripts.ts';

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
});
