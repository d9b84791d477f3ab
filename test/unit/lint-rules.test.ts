/**
 * Each lint rule on its own, over the fixture content with one file added or changed:
 * the finding names the file, the line and the rule, and says how to fix it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../scripts/lib/lint/content-index.ts';
import { RULES, runRules } from '../../scripts/lib/lint/index.ts';
import { dates } from '../../scripts/lib/lint/rules/dates.ts';
import { duplicateIds } from '../../scripts/lib/lint/rules/duplicate-ids.ts';
import { duplicateTitle } from '../../scripts/lib/lint/rules/duplicate-title.ts';
import { figures } from '../../scripts/lib/lint/rules/figures.ts';
import { images } from '../../scripts/lib/lint/rules/images.ts';
import { links } from '../../scripts/lib/lint/rules/links.ts';
import { mdx } from '../../scripts/lib/lint/rules/mdx.ts';
import { notMdx } from '../../scripts/lib/lint/rules/not-mdx.ts';
import { placeholders } from '../../scripts/lib/lint/rules/placeholders.ts';
import { references } from '../../scripts/lib/lint/rules/references.ts';
import { usage } from '../../scripts/lib/lint/rules/usage.ts';
import { cardGlyphs } from '../../scripts/lib/lint/rules/card-glyphs.ts';
import type { Finding, LintRule } from '../../scripts/lib/lint/types.ts';
import { renderStoryBody, storyFileBody } from '../../src/lib/story-body.ts';
import { CONTROL_CHARACTER, controlCharacterMessage } from '../../src/lib/rules.ts';
import { FIXTURE_SITE, FIXTURE_STORY } from '../support/fixture.ts';

const base = FIXTURE_STORY;

/** One rule (or all) over the fixture tree with `files` written into it. */
function lint(rule: LintRule | LintRule[], files: Record<string, string>): Finding[] {
  const tree = mkdtempSync(join(tmpdir(), 'gigawatt-lint-'));
  try {
    cpSync(FIXTURE_SITE, tree, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(tree, path), text);
    return runRules(buildContentIndex(tree, new Date('2026-11-01T00:00:00Z')), [rule].flat());
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

/** The finding `rule` reports in `file` at `line`, with a fix of some substance. */
function expectFinding(found: Finding[], rule: string, file: string, line: number, severity = 'error') {
  const hit = found.find((f) => f.rule === rule && f.file.endsWith(file) && f.line === line);
  expect(hit, `${rule} at ${file}:${line} in ${JSON.stringify(found)}`).toBeDefined();
  expect(hit!.severity).toBe(severity);
  expect(hit!.fix.length).toBeGreaterThan(10);
  return hit!;
}

it('finds no error in the fixture tree itself', () => {
  const found = lint({ names: [], check: () => {} }, {});
  expect(found).toEqual([]);
  const all = runRules(buildContentIndex(FIXTURE_SITE, new Date('2026-11-01T00:00:00Z')), RULES);
  expect(all.filter((f) => f.severity === 'error')).toEqual([]);
});

describe('card glyphs: what the build warns of while it renders share cards, said first', () => {
  it('names the field whose characters the card font cannot draw, and only those', () => {
    const found = lint(cardGlyphs, {
      'authors/ada.yaml': 'name: Ada 李\nbio: Covers power markets.\nrole: Reporter\n',
    });
    // The fixture's escaping story has a ⚡ in its headline; Ada's name is now part CJK.
    expect(found.map((f) => `${f.file.split('/').slice(-2).join('/')}:${f.line} ${f.message}`)).toEqual([
      'articles/escaping-story.mdx:2 the card font cannot draw ⚡; those characters are left off the share card (the page itself is fine)',
      'authors/ada.yaml:1 the card font cannot draw 李; those characters are left off the share card (the page itself is fine)',
    ]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it("names a published table's title, column label and cell, at their lines", () => {
    const table = readFileSync(join(FIXTURE_SITE, 'comparisons', 'two-sites.yaml'), 'utf8')
      .replace('title: Two sites', 'title: Two sites 🔌')
      .replace('label: Power', 'label: 電力')
      .replace('power: 1 GW', 'power: 1 GW ✅');
    const found = lint(cardGlyphs, { 'comparisons/two-sites.yaml': table }).filter((f) =>
      f.file.endsWith('two-sites.yaml'),
    );
    expect(found.map((f) => `${f.line} ${f.message.split(';')[0]}`)).toEqual([
      '1 the card font cannot draw 🔌',
      '7 the card font cannot draw 電 力',
      '12 the card font cannot draw ✅',
    ]);
  });
});

describe('links', () => {
  it('a story that does not exist', () => {
    expectFinding(
      lint(links, { 'articles/x.mdx': `${base}See [this](/news/nowhere/).\n` }),
      'internal-link',
      'articles/x.mdx',
      10,
    );
  });
  it('an anchor that is not on the page', () => {
    const found = lint(links, { 'articles/x.mdx': `${base}See [this](/news/grid-story/#no-such-id).\n` });
    expectFinding(found, 'internal-link', 'articles/x.mdx', 10);
  });
  it('a story link without its trailing slash, with the fix', () => {
    const hit = expectFinding(
      lint(links, { 'articles/x.mdx': `${base}See [this](/news/grid-story).\n` }),
      'internal-link',
      'articles/x.mdx',
      10,
    );
    expect(hit.fix).toBe('Did you mean /news/grid-story/?');
  });
  it('a near miss of a story id gets a suggestion', () => {
    const hit = expectFinding(
      lint(links, { 'articles/x.mdx': `${base}See [this](/news/grid-stroy/).\n` }),
      'internal-link',
      'articles/x.mdx',
      10,
    );
    expect(hit.fix).toBe('Did you mean /news/grid-story/?');
  });
  it('accepts every route the site builds, and refuses a page number past the last', () => {
    const ok = [
      '/',
      '/topics/',
      '/topics/grid/',
      '/topics/grid/rss.xml',
      '/authors/ada/',
      '/faq/',
      '/search/',
      '/feed.json',
      '/news/grid-story/#sources',
      '/digest/2026-w18/',
      '/digest/2026-w19/',
    ];
    const fine = lint(links, { 'articles/x.mdx': `${base}${ok.map((l) => `[a](${l})`).join(' ')}\n` });
    expect(fine).toEqual([]);
    const found = lint(links, {
      'articles/x.mdx': `${base}[a](/topics/grid/2/) [b](/topics/nope/) [c](/digest/2026-w20/)\n`,
    });
    expect(found.map((f) => f.message)).toEqual([
      '/topics/grid/2/ points to no page',
      '/topics/nope/ points to no page',
      // A week with no story or correction has no digest page.
      '/digest/2026-w20/ points to no page',
    ]);
  });
});

describe('images', () => {
  it('no alt text', () => {
    expectFinding(
      lint(images, { 'articles/x.mdx': `${base}Text.\n\n![](https://example.com/a.png)\n` }),
      'image-alt',
      'articles/x.mdx',
      12,
    );
  });
  it('an <img> element is the MDX policy’s one error, and <img> or ![]() inside an attribute is no error', () => {
    const element = lint(RULES, { 'articles/x.mdx': `${base}<img src="./substation.jpg" />\n` });
    expect(element.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['mdx-component']);
    const quoted = lint(RULES, {
      'articles/x.mdx': `${base}<Callout title="Use <img src=x onerror=alert(1)> or ![](gone.png) here">\nText.\n</Callout>\n`,
    });
    expect(quoted.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('a file that is not there', () => {
    expectFinding(
      lint(images, { 'articles/x.mdx': `${base}![A chart](./missing.png)\n` }),
      'image-missing',
      'articles/x.mdx',
      10,
    );
  });
  it('an image that is not a file (data:, //host) is image-remote alone, not also a missing file', () => {
    const found = lint(RULES, {
      'articles/x.mdx': `${base}![a](//example.com/a.png) ![b][d]\n\n[d]: data:image/png;base64,AAAA\n`,
    }).filter((f) => f.file.endsWith('articles/x.mdx') && f.rule.startsWith('image'));
    expect(found.map((f) => f.rule)).toEqual(['image-remote', 'image-remote']);
  });
  it('a file that is not there, named by a reference definition', () => {
    expectFinding(
      lint(images, { 'articles/x.mdx': `${base}Text.\n\n![A chart][chart]\n\n[chart]: ./missing.png\n` }),
      'image-missing',
      'articles/x.mdx',
      12,
    );
  });
});

describe('a story body, read as the build reads it', () => {
  // What the build (src/lib/story-body.ts) refuses, the linter names first, at the same
  // place: GFM footnotes and tables, and images by reference, among them.
  it.each([
    ['a remote image in a GFM footnote', 'Text[^1].\n\n[^1]: ![x](https://example.com/i.png)'],
    ['a remote image by reference', '![a chart][c]\n\n[c]: https://example.com/c.png'],
    ['an unclosed component in a table cell', '| a |\n|---|\n| <Callout title="x"> |'],
    ['an HTML comment', 'Text.\n\n<!-- a note -->'],
    ['a code expression', 'Five is {2 + 3}.'],
    ['a component not on the list', 'Text <Script src="x" /> here.'],
    ['a checklist item', 'Text.\n\n- first\n- [ ] check the figure'],
  ])('%s', (_, body) => {
    const file = 'articles/x.mdx';
    const [finding] = lint(mdx, { [file]: `${base}${body}\n` }).filter((f) => f.file.endsWith(file));
    const { body: read, lineOffset } = storyFileBody(`${base}${body}\n`);
    expect(() => renderStoryBody(read, file, lineOffset)).toThrow(
      `${file}:${finding?.line}:${finding?.column}: error ${finding?.rule}: `,
    );
  });
});

describe('a control character in YAML', () => {
  // YAML refuses it too: one error (the rule that names the character and its fix), not also
  // a YAML error at another line, and the file's other fields still checked.
  it("in a story's frontmatter: one error, at its line and column", () => {
    const file = 'articles/x.mdx';
    const text = base
      .replace(/^(title: .{5})/m, '$1\u0000')
      .replace(/^publishedAt: .*$/m, 'publishedAt: 2026-13-01');
    const found = lint(RULES, { [file]: `${text}Text.\n` }).filter(
      (f) => f.file.endsWith(file) && f.severity === 'error',
    );
    const line = text.split('\n').findIndex((l) => l.includes('\u0000')) + 1;
    expect(found.map((f) => f.rule).sort()).toEqual(['control-character', 'date-invalid']);
    const control = expectFinding(found, 'control-character', file, line);
    expect(control.column).toBe(13);
  });

  it('in a YAML file', () => {
    const file = 'facts/nul.yaml';
    const found = lint(RULES, {
      [file]:
        'label: A fig\u0000ure\nvalue: 5\nunit: roles\nasOf: 2026-03-01\nentity: fixture-grid-co\nmetric: open-roles\nsources:\n  - publisher: Fixture Wire\n    title: A report\n',
    }).filter((f) => f.file.endsWith(file) && f.severity === 'error');
    expect(found.map((f) => f.rule)).toEqual(['control-character']);
    expectFinding(found, 'control-character', file, 1);
  });
});

describe('what XML cannot carry, besides control characters', () => {
  it.each([
    ['a noncharacter', 'U+FFFE', '\uFFFE', /a noncharacter \(U\+FFFE\)/],
    ['a noncharacter', 'U+FFFF', '\uFFFF', /a noncharacter \(U\+FFFF\)/],
    ['a lone surrogate', 'U+D800', '\uD800', /half of a character \(a lone surrogate\) \(U\+D800\)/],
    ['a lone surrogate', 'U+DC00', 'a\uDC00', /half of a character \(a lone surrogate\) \(U\+DC00\)/],
  ])('%s (%s) is named, as feeds would be unreadable XML', (_, __, text, message) => {
    expect(CONTROL_CHARACTER.test(text)).toBe(true);
    expect(controlCharacterMessage(text.match(CONTROL_CHARACTER)![0])).toMatch(message);
  });

  it('leaves text alone: a surrogate pair (an emoji), accents, a tab, a replacement character', () => {
    for (const text of ['⚡ 😀 𝔘', 'Zürich, São Paulo', 'a\tb', 'U+FFFD: \uFFFD'])
      expect(CONTROL_CHARACTER.test(text), text).toBe(false);
  });
});

describe('a correction, an update and a site text: Markdown read as the build reads it', () => {
  const story = (notes: string) =>
    base.replace('publishedAt: 2026-05-01\n', `publishedAt: 2026-05-01\n${notes}`) + 'Body text.\n';
  const errorsIn = (file: string, text: string) =>
    lint(RULES, { [file]: text }).filter((f) => f.file.endsWith(file) && f.severity === 'error');

  it('names each problem of a correction or an update at its text, by rule', () => {
    const file = 'articles/noted.mdx';
    const found = errorsIn(
      file,
      story(
        [
          'corrections:',
          '  - date: 2026-05-02',
          `    text: "${'> '.repeat(40)}A quote too deep."`,
          'updates:',
          '  - date: 2026-05-03',
          '    text: "See [the filing](javascript:alert(1)) now."',
          '  - date: 2026-05-03',
          '    text: "A chart ![chart](./chart.png) was added."',
          '  - date: 2026-05-03',
          '    text: "Sourced now.[^1]\\n\\n[^1]: Fixture Wire."',
          '  - date: 2026-05-04',
          '    text: "To do.\\n\\n- [ ] call the regulator."',
          '',
        ].join('\n'),
      ),
    );
    expect(found.map((f) => f.rule)).toEqual([
      'markdown-shape',
      'link-scheme',
      'markdown-text',
      'markdown-text',
      'task-list',
    ]);
    expect(found.map((f) => f.line)).toEqual([7, 10, 12, 14, 16]);
    expect(found[2]!.message).toMatch(/an update cannot show an image \(\.\/chart\.png\)/);
    expect(found[3]!.message).toMatch(/an update cannot hold footnotes/);
  });

  it('names the line in a site text', () => {
    const file = 'pages/corrections-policy.md';
    const found = errorsIn(
      file,
      '---\ntitle: Corrections\ndescription: How we correct our stories when we get something wrong.\n---\n\nWe fix mistakes.[^1]\n\n![logo](https://example.com/l.png)\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: Always.\n',
    );
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ['markdown-text', 6],
      ['markdown-text', 8],
      ['markdown-text', 10],
    ]);
    expect(found[2]!.message).toMatch(/a site text cannot hold a table/);
  });
});

describe('an FAQ answer', () => {
  const faq = (answer: string) =>
    `title: T\nitems:\n  - question: One?\n    answer: ${JSON.stringify(answer)}\n  - question: Two?\n    answer: Yes.\n`;
  // The fixture's FAQ set, which a published story uses: its problems are errors.
  const errors = (answer: string) =>
    lint(RULES, { 'faqs/grid-faq.yaml': faq(answer) }).filter(
      (f) => f.file.endsWith('faqs/grid-faq.yaml') && f.severity === 'error',
    );

  it("with a script link written inline: one error, the schema's (the build's own)", () => {
    expect(errors('See [this](javascript:alert(1)).').map((f) => f.rule)).toEqual(['schema']);
  });

  it("with a data: image written inline: one error, the schema's", () => {
    expect(errors('A chart: ![chart](data:image/png;base64,AAAA).').map((f) => f.rule)).toEqual(['schema']);
  });

  it('with a script link and, apart, a remote image: one error for each', () => {
    expect(
      errors('See [this](javascript:alert(1)) and ![chart](https://example.com/c.png).')
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['markdown-text', 'schema']);
  });

  it('with a script link by reference, which the schema does not see: the link rule names it', () => {
    expect(errors('See [this][s].\n\n[s]: javascript:alert(1)').map((f) => f.rule)).toEqual(['link-scheme']);
  });
});

describe('usage', () => {
  it('an unused table and an unused FAQ set are warnings', () => {
    expectFinding(
      lint(usage, { 'comparisons/lonely.yaml': 'title: T\n' }),
      'unused-comparison',
      'comparisons/lonely.yaml',
      1,
      'warning',
    );
    expectFinding(
      lint(usage, { 'faqs/lonely.yaml': 'title: T\n' }),
      'unused-faq',
      'faqs/lonely.yaml',
      1,
      'warning',
    );
  });
  it('an FAQ set used by two stories', () => {
    const found = lint(usage, {
      'articles/zz.mdx': base.replace('topics: [grid]', 'topics: [grid]\nfaq: grid-faq'),
    });
    expectFinding(found, 'faq-used-twice', 'articles/zz.mdx', 7);
  });
  it('a table embedded with single quotes counts as used', () => {
    const found = lint(usage, {
      'comparisons/lonely.yaml': 'title: T\n',
      'articles/x.mdx': `${base}<Comparison id='lonely' />\n`,
    });
    expect(found.filter((f) => f.file.endsWith('lonely.yaml'))).toEqual([]);
  });
});

describe('duplicate ids', () => {
  it('two FAQ files with one id', () => {
    expectFinding(
      lint(duplicateIds, { 'faqs/grid-faq.yml': 'title: T\n' }),
      'duplicate-id',
      'faqs/grid-faq.yml',
      1,
    );
  });
  it('an article as .md and .mdx', () => {
    expectFinding(
      lint(duplicateIds, { 'articles/grid-story.md': base }),
      'duplicate-slug',
      'articles/grid-story.mdx',
      1,
    );
  });
});

it('not-mdx: an article saved as .md', () => {
  expectFinding(lint(notMdx, { 'articles/plain.md': base }), 'not-mdx', 'articles/plain.md', 1);
});

it('duplicate-title: two stories with one headline', () => {
  const found = lint(duplicateTitle, {
    'articles/x.mdx': base.replace('A lint fixture headline', 'The grid decides where compute goes'),
  });
  expectFinding(found, 'duplicate-title', 'articles/x.mdx', 2);
});

describe('dates', () => {
  it('an update before publication', () => {
    const found = lint(dates, {
      'articles/x.mdx': base.replace(
        'publishedAt: 2026-05-01',
        'publishedAt: 2026-05-01\nupdatedAt: 2026-04-01',
      ),
    });
    expectFinding(found, 'updated-before-published', 'articles/x.mdx', 5);
  });
  it('a story dated in the future is a warning', () => {
    expectFinding(
      lint(dates, { 'articles/x.mdx': base.replace('2026-05-01', '2099-05-01') }),
      'future-date',
      'articles/x.mdx',
      4,
      'warning',
    );
  });
});

describe('placeholders', () => {
  it('a TODO in a published story is an error', () => {
    expectFinding(
      lint(placeholders, { 'articles/x.mdx': `${base}TODO: the lede.\n` }),
      'placeholder',
      'articles/x.mdx',
      10,
    );
  });
  it('a TODO in a draft is a warning', () => {
    const draft = base.replace('---\n\n', 'draft: true\n---\n\n');
    expectFinding(
      lint(placeholders, { 'articles/x.mdx': `${draft}TODO: the lede.\n` }),
      'placeholder',
      'articles/x.mdx',
      11,
      'warning',
    );
  });
});

it('figure-without-source: a figure in a story with no sources', () => {
  const found = lint(figures, {
    'articles/x.mdx':
      base.replace('sources: [{ publisher: Fixture Wire, title: A report }]', 'sources: []') +
      'It raised $12 billion.\n',
  });
  expectFinding(found, 'figure-without-source', 'articles/x.mdx', 10);
});

it('figure-without-source: not said of a story whose frontmatter cannot be read (its own error is)', () => {
  const text = base.replace('title: A report', 'title: "A report') + 'It raised $12 billion.\n';
  const found = lint(RULES, { 'articles/x.mdx': text });
  expectFinding(found, 'yaml-syntax', 'articles/x.mdx', 7);
  expect(found.filter((f) => f.file.endsWith('x.mdx') && f.severity === 'error').map((f) => f.rule)).toEqual([
    'yaml-syntax',
  ]);
});

it('unreadable: a link to nothing or a folder named like a story is a located error, not a crash', () => {
  const tree = mkdtempSync(join(tmpdir(), 'gigawatt-lint-'));
  try {
    cpSync(FIXTURE_SITE, tree, { recursive: true });
    symlinkSync(join(tree, 'no-such-file.mdx'), join(tree, 'articles', 'dangling.mdx'));
    mkdirSync(join(tree, 'articles', 'folder.mdx'));
    symlinkSync(join(tree, 'nowhere.yaml'), join(tree, 'topics', 'linked.yaml'));
    const found = runRules(buildContentIndex(tree, new Date('2026-11-01T00:00:00Z')), RULES);
    expect(
      found
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.file.split('/').slice(-2).join('/')} ${f.rule}`),
    ).toEqual([
      'articles/dangling.mdx unreadable',
      'articles/folder.mdx unreadable',
      'topics/linked.yaml unreadable',
    ]);
    expectFinding(found, 'unreadable', 'articles/dangling.mdx', 1);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
});

describe('markdown-shape: text shaped to crash or stall a Markdown parser is refused before parsing', () => {
  it.each([
    [
      'quotes nested 20,000 deep',
      `${'>'.repeat(20_000)} deep\n`,
      10,
      /quotes and lists are nested 20000 deep/,
    ],
    [
      'a list nested 3,000 levels',
      Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
      43,
      /indented 66 columns/,
    ],
    // Each marker opens a list: no indentation needed (this overflowed the policy's stack).
    [
      '3,000 lists opened on one line',
      `${'- '.repeat(3000)}deep\n`,
      10,
      /quotes and lists are nested 3000 deep/,
    ],
    ['quotes and lists mixed', `${'> 1. '.repeat(9)}deep\n`, 10, /quotes and lists are nested 18 deep/],
    [
      // Sätteri's parser takes time with the square of the depth: 50,000 took 16 s.
      '5,000 components nested on one line',
      `${'<Callout>'.repeat(5000)}deep${'</Callout>'.repeat(5000)}\n`,
      10,
      /components are nested 5000 deep/,
    ],
    [
      'components nested across lines',
      `${'<Callout>\n'.repeat(20)}deep\n${'</Callout>\n'.repeat(20)}`,
      26,
      /components are nested 17 deep/,
    ],
    [
      '50,000 emphasis marks in one paragraph',
      `${'*a'.repeat(50_000)}\n`,
      10,
      /more than 2000 \* or _ marks/,
    ],
    ['50,000 brackets', `${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`, 10, /more than 2000 \[ or \] marks/],
  ])('%s', (_, body, line, message) => {
    const hit = expectFinding(
      lint(RULES, { 'articles/x.mdx': `${base}${body}` }),
      'markdown-shape',
      'articles/x.mdx',
      line,
    );
    expect(hit.message).toMatch(message);
  });

  it('takes a rule of 20 stars for a rule, and components opened and closed in turn for no nesting', () => {
    const body = `Text.\n\n${'* '.repeat(20)}\n\n${'<Fact id="fixture-site-capacity" /> and '.repeat(30)}more.\n\n${'<Callout>x</Callout>\n\n'.repeat(30)}`;
    const found = lint(RULES, { 'articles/x.mdx': `${base}${body}` });
    expect(found.filter((f) => f.rule === 'markdown-shape')).toEqual([]);
  });
});

describe('figures against the facts ledger', () => {
  // The fixture ledger: Fixture Grid Co's site is 1 GW (facts/fixture-site-capacity.yaml).
  const story = base.replace('topics: [grid]', 'topics: [grid]\ncompanies: [fixture-grid-co]');
  it('a figure the ledger has: a warning that names the <Fact> to write', () => {
    const hit = expectFinding(
      lint(figures, { 'articles/x.mdx': `${story}\nFixture Grid Co leased 1 GW of capacity.\n` }),
      'figure-match',
      'articles/x.mdx',
      12,
      'warning',
    );
    expect(hit.fix).toContain('<Fact id="fixture-site-capacity" />');
  });
  it('a tenfold conflict in a published story: an error with both values and the source', () => {
    const hit = expectFinding(
      lint(figures, { 'articles/x.mdx': `${story}\nFGC leased 10 GW of capacity, Fixture Wire said.\n` }),
      'figure-conflict',
      'articles/x.mdx',
      12,
    );
    expect(hit.message).toContain('"10 GW" conflicts with the facts ledger');
    expect(hit.message).toContain('is 1 GW per Fixture Wire');
    expect(hit.message).toContain('power of ten');
  });
  it('a conflict in a FAQ answer, at its line', () => {
    const faq = [
      'title: Grid questions',
      'items:',
      '  - question: How big is the site?',
      '    answer: Fixture Grid Co leased 100 MW of capacity, well under a gigawatt.',
      '  - question: Who says so?',
      '    answer: Fixture Wire.',
      '',
    ].join('\n');
    const found = lint(figures, { 'faqs/grid-faq.yaml': faq });
    expect(expectFinding(found, 'figure-conflict', 'faqs/grid-faq.yaml', 4).message).toContain('"100 MW"');
  });
  it('a conflict in a table cell, at its line', () => {
    const table = [
      'title: Two sites',
      'caption: Two fixture sites compared.',
      'columns:',
      '  - key: site',
      '    label: Site',
      '  - key: power',
      '    label: Capacity',
      'rows:',
      '  - site: Fixture Grid Co lease',
      '    power: 10 GW',
      'sources:',
      '  - publisher: Fixture Wire',
      '    title: A fixture report',
      '',
    ].join('\n');
    const found = lint(figures, { 'comparisons/two-sites.yaml': table });
    expectFinding(found, 'figure-conflict', 'comparisons/two-sites.yaml', 10);
  });
  it('an unknown figure: a warning with the entry to paste', () => {
    const hit = expectFinding(
      lint(figures, { 'articles/x.mdx': `${story}\nFGC hired 40 engineers and signed 7 agreements.\n` }),
      'figure-unknown',
      'articles/x.mdx',
      12,
      'warning',
    );
    expect(hit.fix).toMatch(/\{ label: .*value: 7, unit: agreements,.*entity: fixture-grid-co.*sources: \[/);
  });
  it('a year or a date is not a figure', () => {
    const found = lint(figures, {
      'articles/x.mdx': `${story}\nIn 2026, on May 1, 2026 and again on 2026-05-02, FGC said nothing new.\n`,
    });
    expect(found.filter((f) => f.file.endsWith('articles/x.mdx'))).toEqual([]);
  });
});

describe('ledger references', () => {
  it('an unknown fact id in an article, at its line', () => {
    const hit = expectFinding(
      lint(references, { 'articles/x.mdx': `${base}It leased <Fact id="no-such-fact" />.\n` }),
      'unknown-reference',
      'articles/x.mdx',
      10,
    );
    expect(hit.message).toBe('<Fact id="no-such-fact" /> has no file content/facts/no-such-fact.yaml');
  });
  it('a <Fact> tag in frontmatter, where it cannot render', () => {
    const hit = expectFinding(
      lint(references, {
        'articles/x.mdx': base.replace(
          'title: A lint fixture headline',
          'title: FGC leases <Fact id="fixture-site-capacity" />',
        ),
      }),
      'unknown-reference',
      'articles/x.mdx',
      2,
    );
    expect(hit.message).toContain('title: a <Fact> tag works only in the body');
  });
  it('a fact about an unknown company', () => {
    const fact = [
      'label: A figure',
      'value: 1',
      'unit: GW',
      'asOf: 2026-05-01',
      'entity: nobody',
      'metric: capacity',
      'sources: [{ publisher: Fixture Wire, title: A report }]',
      '',
    ].join('\n');
    const hit = expectFinding(
      lint(references, { 'facts/orphan.yaml': fact }),
      'unknown-reference',
      'facts/orphan.yaml',
      5,
    );
    expect(hit.message).toBe('entity: "nobody" is not in content/companies/');
  });
  it('an unknown company in an article', () => {
    expectFinding(
      lint(references, {
        'articles/x.mdx': base.replace('topics: [grid]', 'topics: [grid]\ncompanies: [acme]'),
      }),
      'unknown-reference',
      'articles/x.mdx',
      7,
    );
  });
});

describe('references', () => {
  it('an unknown topic', () => {
    expectFinding(
      lint(references, { 'articles/x.mdx': base.replace('topics: [grid]', 'topics: [nope]') }),
      'unknown-reference',
      'articles/x.mdx',
      6,
    );
  });
  it('an embedded table that does not exist, in either quote style', () => {
    const found = lint(references, {
      'articles/x.mdx': `${base}<Comparison id='nope' />\n\n<Comparison id="nada" />\n`,
    });
    expectFinding(found, 'unknown-reference', 'articles/x.mdx', 10);
    expectFinding(found, 'unknown-reference', 'articles/x.mdx', 12);
  });
});
