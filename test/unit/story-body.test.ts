/**
 * Story bodies rendered by the content loader (src/lib/story-body.ts): HTML with markers
 * for the story components and images, the same heading ids and links as every other
 * Markdown text, and the MDX policy as a one-line error at the file's own line.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { keepRenderedBody, renderStoryBody, storedBody, storyFileBody } from '../../src/lib/story-body.ts';

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

it.each([
  ['plain', '---\ntitle: A\n---\n\nFirst line.\n\n## Heading\n', 4],
  ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nFirst line.\n', 3],
  ['blank lines before the fence', '\n\n---\ntitle: A\n---\n\n\nFirst.\n', 7],
  ['Windows line ends', '---\r\ntitle: A\r\n---\r\n\r\nFirst line.\r\n', 4],
  ['a rule in the body', '---\ntitle: A\n---\nOne.\n\n---\n\nTwo.\n', 3],
  ['no frontmatter', 'Just text.\n', 0],
  ['no body', '---\ntitle: A\n---\n', 0],
])('reads a story file’s body as Astro’s MDX entry type does (%s)', (_, contents, lineOffset) => {
  // What @astrojs/mdx gives the loader as `body` (its getEntryInfo, less the BOM we drop).
  const astro = parseFrontmatter(contents.replace(/^\uFEFF/, ''), { frontmatter: 'empty-with-spaces' });
  const read = storyFileBody(contents);
  expect(read.body).toBe(astro.content.trim());
  expect(read.lineOffset).toBe(lineOffset);
});

it('keeps a rendered body in a file and renders it again from the story when that file is gone', () => {
  const folder = mkdtempSync(join(tmpdir(), 'story-bodies-'));
  try {
    const story = join(folder, 'story.mdx');
    writeFileSync(story, '---\ntitle: A\n---\n\nLeases add up to <Fact id="x" />.\n');
    const rendered = renderStoryBody('Leases add up to <Fact id="x" />.', story, 4);
    const metadata = keepRenderedBody(join(folder, 'kept'), 'digest1', rendered);
    const entry = { id: 'story', filePath: story, rendered: { metadata: { ...metadata } }, data: {} };
    expect(storedBody(entry).parts).toEqual(rendered.parts);

    // The kept file answers (not the story file): change what it holds, and that is read.
    writeFileSync(metadata.partsFile, JSON.stringify(['<p>kept</p>']));
    expect(storedBody(entry).parts).toEqual(['<p>kept</p>']);

    // Cut short (a full disk, a cache folder copied by hand): no JSON, so the body is
    // rendered again from the story, at any length, even empty.
    const whole = JSON.stringify(rendered.parts);
    for (const length of [0, 1, Math.floor(whole.length / 2), whole.length - 1]) {
      writeFileSync(metadata.partsFile, whole.slice(0, length));
      expect(storedBody(entry).parts).toEqual(rendered.parts);
    }

    rmSync(metadata.partsFile);
    expect(storedBody(entry).parts).toEqual(rendered.parts);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
