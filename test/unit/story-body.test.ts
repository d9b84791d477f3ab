/**
 * Story bodies rendered by the content loader (src/lib/story-body.ts): HTML with markers
 * for the story components and images, the same heading ids and links as every other
 * Markdown text, and the MDX policy as a one-line error at the file's own line.
 */
import { expect, it } from 'vitest';
import { renderStoryBody } from '../../src/lib/story-body.ts';

it('keeps Markdown as HTML and puts a marker where a component or an image goes', () => {
  const { parts, imagePaths } = renderStoryBody(
    [
      'Leases add up to <Fact id="lease-capacity" /> of capacity.',
      '',
      '<Callout title="Why it matters">',
      '',
      'Power is **scarce**, and ![a substation](./substation.jpg "Grid") shows it.',
      '',
      '</Callout>',
      '',
      '<Comparison id="australia-vs-japan" />',
    ].join('\n'),
    'story.mdx',
  );
  expect(parts).toEqual([
    '<p>Leases add up to ',
    { component: 'Fact', props: { id: 'lease-capacity' }, children: [] },
    ' of capacity.</p>\n',
    {
      component: 'Callout',
      props: { title: 'Why it matters' },
      children: [
        '<p>Power is <strong>scarce</strong>, and ',
        { image: './substation.jpg', alt: 'a substation' },
        ' shows it.</p>',
      ],
    },
    '\n',
    { component: 'Comparison', props: { id: 'australia-vs-japan' }, children: [] },
  ]);
  expect(imagePaths).toEqual(['./substation.jpg']);
});

it('gives headings the ids and self-links of every other Markdown text, and lists them', () => {
  const { parts, headings } = renderStoryBody('## Power first\n\n## Power first\n\n### Then land', 's.mdx');
  expect(parts.join('')).toBe(
    [
      '<h2 id="power-first">Power first<a class="heading-link" aria-hidden="true" tabindex="-1" data-pagefind-ignore href="#power-first">#</a></h2>',
      '<h2 id="power-first-1">Power first<a class="heading-link" aria-hidden="true" tabindex="-1" data-pagefind-ignore href="#power-first-1">#</a></h2>',
      '<h3 id="then-land">Then land<a class="heading-link" aria-hidden="true" tabindex="-1" data-pagefind-ignore href="#then-land">#</a></h3>',
    ].join('\n'),
  );
  expect(headings.map((h) => [h.depth, h.slug])).toEqual([
    [2, 'power-first'],
    [2, 'power-first-1'],
    [3, 'then-land'],
  ]);
});

it('escapes text a writer typed', () => {
  const html = renderStoryBody('A &lt;script&gt; tag, 5 \\< 6 & "quotes".', 's.mdx').parts.join('');
  expect(html).toBe('<p>A &#x3C;script> tag, 5 &#x3C; 6 &#x26; “quotes”.</p>');
});

it.each([
  ['{process.exit(0)}', 'mdx-code', 1],
  ["import fs from 'node:fs'", 'mdx-code', 1],
  ['[x](javascript:alert(1))', 'link-scheme', 1],
  ['<Script src="x" />', 'mdx-component', 1],
  ['![x](https://example.com/a.png)', 'image-remote', 1],
  ['<Callout title="Open">', 'mdx-syntax', 1],
  ['Five is {more than four', 'mdx-syntax', 9],
  ['A NUL \u0000 here', 'control-character', 7],
])('refuses %s with one line at the file’s own line', (code, rule, column) => {
  expect(() => renderStoryBody(`Text.\n\n${code}\n`, '/site/content/articles/s.mdx', 10)).toThrow(
    new RegExp(`^/site/content/articles/s\\.mdx:13:${column}: error ${rule}: [^\\n]+\\. [^\\n]+$`),
  );
});

it('reads an image path with %20 as a space, and keeps a stray % as written', () => {
  const { imagePaths } = renderStoryBody('![a](./grid%20map.jpg) ![b](./100%.jpg)', 's.mdx');
  expect(imagePaths).toEqual(['./grid map.jpg', './100%.jpg']);
});
