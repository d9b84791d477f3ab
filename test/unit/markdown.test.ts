/**
 * One Markdown pipeline: text fields (FAQ answers, corrections, site texts) render with the
 * same Sätteri processor and plugins as story bodies, so typography matches, and without
 * raw HTML or script links.
 */
import { expect, it } from 'vitest';
import { renderMarkdownText } from '../../src/lib/markdown.ts';
import { renderStoryBody } from '../../src/lib/story-body.ts';

it('renders -- and quotes in a FAQ answer exactly as in a story body', async () => {
  const source = 'Power -- not land -- is "scarce".';
  const body = renderStoryBody(source, 'story.mdx').parts.join('');
  const answer = await renderMarkdownText(source);
  expect(answer).toBe(body.trim());
  expect(answer).toContain('Power – not land – is “scarce”.');
});

it('keeps raw HTML as text and drops links that run script', async () => {
  const html = await renderMarkdownText(
    '<script>alert(1)</script> [x](javascript:alert(2)) [ok](https://example.com)',
  );
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toMatch(/href="javascript:/);
  expect(html).toContain('<a href="https://example.com">ok</a>');
});
