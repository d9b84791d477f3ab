/**
 * Writer mistakes and hostile files, each in a copy of the fixture content: `npm run
 * lint:content` and `npm run build` both exit 1 with a one-line message that names the
 * file, line and column, the rule, what is wrong and how to fix it; never a stack trace.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_STORY, fixtureCopy } from '../support/fixture.ts';
import { script } from '../support/scripts.ts';

const story = (frontmatter: Record<string, string> = {}, body = 'A body for the story.\n') => {
  let text = FIXTURE_STORY;
  for (const [key, value] of Object.entries(frontmatter)) {
    text = new RegExp(`^${key}:`, 'm').test(text)
      ? text.replace(new RegExp(`^${key}:.*$`, 'm'), value ? `${key}: ${value}` : '')
      : text.replace(/\n---\n\n$/, `\n${key}: ${value}\n---\n\n`);
  }
  return text + body;
};

interface Mistake {
  name: string;
  files: Record<string, string>;
  /** File (relative to content/), line and rule the message must name. */
  file: string;
  line: number;
  rule: string;
  remove?: string[];
  /** What the message must also say. */
  says?: RegExp;
}

const table = (rows: string) =>
  `title: T\ncaption: A caption.\ncolumns:\n  - key: a\n    label: A\n  - key: b\n    label: B\nrows:\n${rows}sources:\n  - publisher: Fixture Wire\n    title: A report\n`;

const MISTAKES: Mistake[] = [
  {
    name: 'FAQ YAML with bad indentation',
    files: { 'faqs/bad.yaml': 'title: T\nitems:\n  - question: Q?\n   answer: A\n' },
    file: 'faqs/bad.yaml',
    line: 4,
    rule: 'yaml-syntax',
  },
  {
    name: 'an unclosed quote in frontmatter',
    files: { 'articles/x.mdx': story({ title: '"Power is the bottleneck' }) },
    file: 'articles/x.mdx',
    line: 2,
    rule: 'yaml-syntax',
  },
  {
    name: 'a colon inside an unquoted value',
    files: { 'articles/x.mdx': story({ title: 'Power: the bottleneck: again' }) },
    file: 'articles/x.mdx',
    line: 2,
    rule: 'yaml-syntax',
  },
  {
    name: 'a YAML alias bomb',
    files: {
      'faqs/bomb.yaml': `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\ntitle: *j\n`,
    },
    file: 'faqs/bomb.yaml',
    line: 2,
    rule: 'yaml-alias',
  },
  {
    name: 'a date that is not a date',
    files: { 'articles/x.mdx': story({ publishedAt: '"next Tuesday"' }) },
    file: 'articles/x.mdx',
    line: 4,
    rule: 'schema',
  },
  {
    name: 'a missing description',
    files: { 'articles/x.mdx': story({ description: '' }) },
    file: 'articles/x.mdx',
    line: 1,
    rule: 'schema',
  },
  {
    name: 'a headline over the limit',
    files: { 'articles/x.mdx': story({ title: 'x'.repeat(111) }) },
    file: 'articles/x.mdx',
    line: 2,
    rule: 'schema',
  },
  {
    name: 'a region not in the list',
    files: { 'articles/x.mdx': story({ regions: '[atlantis]' }) },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'schema',
  },
  {
    name: 'an http:// source',
    files: {
      'articles/x.mdx': story({
        sources: '[{ publisher: Fixture Wire, title: A report, url: "http://example.com/a" }]',
      }),
    },
    file: 'articles/x.mdx',
    line: 7,
    rule: 'schema',
  },
  {
    name: 'an unclosed component',
    files: { 'articles/x.mdx': story({}, 'Intro.\n\n<Callout title="Note">\n\nText that never closes.\n') },
    file: 'articles/x.mdx',
    line: 12,
    rule: 'mdx-syntax',
  },
  {
    name: 'a table row missing a column',
    files: { 'comparisons/t.yaml': table('  - a: 1\n    b: 2\n  - a: 3\n') },
    file: 'comparisons/t.yaml',
    line: 11,
    rule: 'schema',
  },
  {
    name: 'a NUL written as a YAML escape in a table cell (a feed carrying the table could not be read)',
    files: { 'comparisons/t.yaml': table('  - a: "North\\0"\n    b: 2\n') },
    file: 'comparisons/t.yaml',
    line: 9,
    rule: 'schema',
    says: /row 1's a holds a control character/,
  },
  {
    name: 'an FAQ set of one question',
    files: { 'faqs/one.yaml': 'title: T\nitems:\n  - question: Only one?\n    answer: Yes.\n' },
    file: 'faqs/one.yaml',
    line: 2,
    rule: 'schema',
  },
  {
    name: 'February 30',
    files: { 'articles/x.mdx': story({ publishedAt: '2026-02-30' }) },
    file: 'articles/x.mdx',
    line: 4,
    rule: 'date-invalid',
  },
  {
    name: 'day and month swapped',
    files: { 'articles/x.mdx': story({ publishedAt: '2026-20-11' }) },
    file: 'articles/x.mdx',
    line: 4,
    rule: 'date-invalid',
  },
  {
    name: 'the year 0001',
    files: { 'articles/x.mdx': story({ publishedAt: '0001-01-01' }) },
    file: 'articles/x.mdx',
    line: 4,
    rule: 'date-invalid',
  },
  {
    name: 'a story link without its trailing slash',
    files: { 'articles/x.mdx': story({}, 'See [the story](/news/grid-story).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
  },
  {
    name: 'an FAQ anchor that does not exist',
    files: { 'articles/x.mdx': story({}, 'See [the FAQ](/faq/#no-such-question).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
  },
  {
    name: "a link to the site's own host that points nowhere",
    files: { 'articles/x.mdx': story({}, 'See [this](https://gigawatt.news/news/nope/).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
  },
  {
    name: 'a javascript: link',
    files: { 'articles/x.mdx': story({}, 'Click [here](javascript:alert(1)).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'link-scheme',
  },
  {
    name: 'a data: link',
    files: { 'articles/x.mdx': story({}, 'Open [this](data:text/html;base64,PHNjcmlwdD4=).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'link-scheme',
  },
  {
    name: 'a javascript: link in an FAQ answer',
    files: {
      'faqs/grid-faq.yaml':
        'title: T\nitems:\n  - question: One?\n    answer: "[x](javascript:alert(1))"\n  - question: Two?\n    answer: Yes.\n',
    },
    file: 'faqs/grid-faq.yaml',
    line: 4,
    // The schema's refusal (the build's own), once: not also the link rule's.
    rule: 'schema',
    says: /answer links to a javascript:, data: or vbscript: address/,
  },
  {
    name: 'a footnote in an FAQ answer',
    files: {
      'faqs/grid-faq.yaml':
        'title: T\nitems:\n  - question: One?\n    answer: "Yes.[^1]\\n\\n[^1]: Fixture Wire."\n  - question: Two?\n    answer: Yes.\n',
    },
    file: 'faqs/grid-faq.yaml',
    line: 4,
    rule: 'markdown-text',
    says: /an FAQ answer cannot hold footnotes/,
  },
  {
    name: 'an image from another site',
    files: { 'articles/x.mdx': story({}, '![A chart](https://example.com/chart.png)\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'image-remote',
  },
  {
    name: 'an import of node:fs',
    files: { 'articles/x.mdx': story({}, "import fs from 'node:fs'\n\nText.\n") },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'mdx-code',
  },
  {
    name: 'an expression that ends the build',
    files: { 'articles/x.mdx': story({}, 'Text.\n\n{process.exit(0)}\n') },
    file: 'articles/x.mdx',
    line: 12,
    rule: 'mdx-code',
  },
  {
    name: 'an inline expression that prints the environment',
    files: { 'articles/x.mdx': story({}, 'Home is {process.env.HOME}.\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'mdx-code',
  },
  {
    name: 'an export',
    files: { 'articles/x.mdx': story({}, 'export const x = 1\n\nText.\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'mdx-code',
  },
  {
    name: 'a script element',
    files: { 'articles/x.mdx': story({}, 'Text.\n\n<script>alert(1)</script>\n') },
    file: 'articles/x.mdx',
    line: 12,
    rule: 'mdx-component',
  },
  {
    name: 'a component attribute written as code',
    files: { 'articles/x.mdx': story({}, '<Comparison id={"grid-table"} />\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'mdx-code',
  },
  {
    name: 'two file names that differ only in case',
    files: { 'articles/Grid-Story.mdx': story({ title: 'Another headline for the case clash' }) },
    file: 'articles/Grid-Story.mdx',
    line: 1,
    rule: 'case-clash',
  },
  {
    name: 'a file name with spaces',
    files: { 'articles/my story.mdx': story() },
    file: 'articles/my story.mdx',
    line: 1,
    rule: 'file-name',
  },
  {
    name: 'a file name with no slug (a CJK headline)',
    files: { 'articles/.mdx': story() },
    file: 'articles/.mdx',
    line: 1,
    rule: 'file-name',
  },
  {
    name: 'an unknown author',
    files: { 'articles/x.mdx': story({ authors: '[nobody]' }) },
    file: 'articles/x.mdx',
    line: 5,
    rule: 'unknown-reference',
  },
  {
    name: 'an unknown table',
    files: { 'articles/x.mdx': story({}, "<Comparison id='nope' />\n") },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'unknown-reference',
  },
  {
    name: 'an article saved as .md',
    files: { 'articles/plain.md': story() },
    file: 'articles/plain.md',
    line: 1,
    rule: 'not-mdx',
  },
  {
    name: 'a TODO left in a published story',
    files: { 'articles/x.mdx': story({}, 'TODO: the lede.\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'placeholder',
  },
  {
    name: 'an update before publication',
    files: { 'articles/x.mdx': story({ updatedAt: '2026-04-01' }) },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'updated-before-published',
  },
  {
    name: 'a correction dated before the story ran',
    files: {
      'articles/x.mdx': story({
        corrections: '[{ date: 2026-04-01, text: "The figure was wrong and is now fixed." }]',
      }),
    },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'schema',
  },
  {
    name: 'a correction with no sentence',
    files: { 'articles/x.mdx': story({ corrections: '[{ date: 2026-05-02, text: "fixed" }]' }) },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'schema',
  },
  {
    name: 'an image with no alt text',
    files: { 'articles/x.mdx': story({}, '![](./substation.jpg)\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'image-alt',
  },
  {
    name: 'a site text without its title (Astro would stop with a stack trace)',
    files: {
      'pages/corrections-policy.md':
        '---\ndescription: How we correct our mistakes, in a sentence.\n---\n\nWe fix it.\n',
    },
    file: 'pages/corrections-policy.md',
    line: 1,
    rule: 'schema',
    says: /title is missing/,
  },
  {
    name: 'an FAQ hub anchor for a topic its set is not filed under',
    // grid-faq is grouped under its story's first topic (grid), not chips.
    files: { 'articles/x.mdx': story({}, 'See [the FAQ](/faq/#topic-chips).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
    says: /the FAQ page has no question with id "topic-chips"/,
  },
  {
    name: 'a figure-note anchor that the story does not have',
    files: { 'articles/x.mdx': story({}, 'See [the note](/news/grid-story/#fact-nothing).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
  },
  {
    name: 'a fact dated February 30',
    files: {
      'facts/bad-date.yaml':
        'label: A figure\nvalue: 5\nunit: MW\nasOf: 2026-02-30\nentity: fixture-grid-co\nmetric: capacity\nsources:\n  - publisher: Fixture Wire\n    title: A report\n',
    },
    file: 'facts/bad-date.yaml',
    line: 4,
    rule: 'date-invalid',
  },
  {
    name: 'a deal announced in month 13',
    files: {
      'deals/bad-month.yaml':
        'title: A deal\ncompany: fixture-grid-co\ncounterparty: Someone\nkind: chips\nregion: us\ncountry: United States\nannounced: 2026-13-04\nstatus: reported\nsources:\n  - publisher: Fixture Wire\n    title: A report\n',
    },
    file: 'deals/bad-month.yaml',
    line: 7,
    rule: 'date-invalid',
    says: /there is no month 13/,
  },
  {
    name: 'a source with no title, reported at that source',
    files: {
      'articles/x.mdx': story({
        sources: '\n  - publisher: Wire A\n  - publisher: Wire B\n    title: A report from B',
      }),
    },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'schema',
  },
  {
    name: 'a colon in an unquoted key takeaway',
    files: { 'articles/x.mdx': story({ keyTakeaway: 'Water: like power, it is scarce' }) },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'yaml-syntax',
    says: /Put the value in quotes: keyTakeaway: "Water: like power, it is scarce"/,
  },
  {
    name: 'a NUL byte in a story body (it would break every feed)',
    files: { 'articles/x.mdx': story({}, 'Text with a \u0000 in it.\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'control-character',
    says: /NUL byte \(U\+0000\)/,
  },
  {
    name: 'a noncharacter (U+FFFF) in a story body, as a broken export leaves it (every feed would be unreadable XML)',
    files: { 'articles/x.mdx': story({}, 'Text with a \uFFFF in it.\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'control-character',
    says: /a noncharacter \(U\+FFFF\)/,
  },
  {
    name: 'half a character written as a YAML escape in a field ("\\uD800": every feed would be unreadable XML)',
    files: { 'articles/x.mdx': story({ keyTakeaway: '"Power is scarce\\uD800 now."' }) },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'schema',
    says: /keyTakeaway holds a control character/,
  },
  {
    name: 'a NUL written as a YAML escape in a field (a browser editor saves it so)',
    files: { 'articles/x.mdx': story({ keyTakeaway: '"Power is scarce\\0 now."' }) },
    file: 'articles/x.mdx',
    line: 8,
    rule: 'schema',
    says: /keyTakeaway holds a control character/,
  },
  {
    name: 'a fact with a negative value',
    files: {
      'facts/negative.yaml':
        'label: A figure\nvalue: -5\nunit: roles\nasOf: 2026-03-01\nentity: fixture-grid-co\nmetric: open-roles\nsources:\n  - publisher: Fixture Wire\n    title: A report\n',
    },
    file: 'facts/negative.yaml',
    line: 2,
    rule: 'schema',
    says: /cannot be negative/,
  },
  {
    name: 'a relative link to another story file',
    files: { 'articles/x.mdx': story({}, 'See [the grid story](./grid-story.mdx).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
    says: /Write the site path: \/news\/grid-story\//,
  },
  {
    name: 'a story path without its leading slash',
    files: { 'articles/x.mdx': story({}, 'See [the grid story](news/grid-story/).\n') },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'internal-link',
  },
  {
    name: 'an image file that is not an image',
    files: {
      'articles/fake.jpg': '<!doctype html><title>Not a picture</title>',
      'articles/x.mdx': story({}, '![A chart](./fake.jpg)\n'),
    },
    file: 'articles/x.mdx',
    line: 10,
    rule: 'image-unreadable',
  },
  {
    name: 'a 250-character file name (the bundler panicked on it)',
    files: { [`articles/${'a'.repeat(250)}.mdx`]: story() },
    file: `articles/${'a'.repeat(250)}.mdx`,
    line: 1,
    rule: 'file-name-length',
  },
];

/** One located line per problem: "content/…/file:line:col: error rule: what. How." */
function expectLocated(out: string, { file, line, rule, says }: Mistake) {
  const located = new RegExp(
    `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: error ${rule}: [^\\n]+\\. [^\\n]+`,
  );
  expect(out, out).toMatch(located);
  if (says) expect(out.split('\n').find((l) => located.test(l))).toMatch(says);
  expect(out).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m); // no stack trace
  expect(out).not.toMatch(/:0:0/);
}

describe('every writer mistake is a located, one-line error from lint and build', () => {
  it('has at least 30 distinct mistakes', () => {
    expect(new Set(MISTAKES.map((m) => m.name)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(MISTAKES)('$name', async (mistake) => {
    const site = fixtureCopy(mistake.files);
    try {
      for (const path of mistake.remove ?? []) rmSync(join(site.dir, path));
      const lint = await script('lint-content', [], site.dir);
      expect(lint.code, lint.out).toBe(1);
      expectLocated(lint.out, mistake);
      // The build lints as Astro starts (in a root of its own here), and stops it before it
      // writes anything, with the same line.
      const build = await script('build', [], site.dir, undefined, { GIGAWATT_BUILD_WORK: site.work });
      expect(build.code, build.out).toBe(1);
      expectLocated(build.out, mistake);
      expect(build.out).toContain('The build stopped before writing anything');
      expect(existsSync(join(site.work, 'root', 'dist')), 'dist/ written').toBe(false);
    } finally {
      site.cleanup();
    }
  });
});

describe('the build itself refuses code in MDX, even without the linter', () => {
  it.each([
    ['{process.exit(0)}', 'mdx-code'],
    ["import fs from 'node:fs'", 'mdx-code'],
    ['[x](javascript:alert(1))', 'link-scheme'],
    // Quotes nested too deep (20,000 overflow a parser's stack: test/unit/lint-rules.test.ts).
    [`${'>'.repeat(40)} deep`, 'markdown-shape'],
    // Components nested too deep (a stack overflow in the policy check; minutes of parsing).
    [`${'<Callout>'.repeat(40)}deep${'</Callout>'.repeat(40)}`, 'markdown-shape'],
  ])('%s', async (body, rule) => {
    const { runAstro } = await import('../../scripts/lib/astro.ts');
    const site = fixtureCopy({ 'articles/hostile.mdx': story({}, `Text.\n\n${body}\n`) });
    try {
      const result = await runAstro('build', site.dir, site.work);
      expect(result.ok, result.output).toBe(false);
      expect(result.output).toMatch(new RegExp(`hostile\\.mdx:12:1: error ${rule}: `));
    } finally {
      site.cleanup();
    }
  });
});

it('writes the fixture files it means to (the helper adds and replaces frontmatter fields)', () => {
  const text = story({ updatedAt: '2026-04-01', title: '"Quoted"' });
  expect(text).toMatch(/^title: "Quoted"$/m);
  expect(text).toMatch(/^updatedAt: 2026-04-01\n---/m);
  writeFileSync('/dev/null', text);
});
