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

it('shows every element Markdown makes in a text as an element or as words, never as a tag in the text', async () => {
  const html = await renderMarkdownText(
    [
      '# A heading',
      '---',
      '```\ncode\n```',
      '##### A small heading',
      '| A | B |\n|---|---|\n| 1 | 2 |',
      '![a substation at dusk](./x.png) ![](./y.png)',
      '- [ ] a checklist item',
      'A note.[^1]\n\n[^1]: The note.',
    ].join('\n\n'),
  );
  // What the linter refuses in a text (images, checklists, footnotes) still never shows as markup.
  expect(html).not.toMatch(/&lt;\/?[a-z]/);
  expect(html).toContain('<h2 id="a-heading">A heading</h2>');
  expect(html).toContain('<hr />');
  expect(html).toMatch(/<pre><code>code\s*<\/code><\/pre>/);
  expect(html).toMatch(/<h5 id="a-small-heading">A small heading/);
  expect(html).toMatch(/<table>[\s\S]*<td>2<\/td>[\s\S]*<\/table>/);
  // An image's description is kept as words; the unlabelled checkbox is left out.
  expect(html).toContain('[image: a substation at dusk]');
  expect(html).not.toMatch(/<img|<input|<section/);
  expect(html).toMatch(/<li>\s*a checklist item<\/li>/);
});
