/**
 * The importer on every shape of draft a writer brings: what lands where, what is dropped
 * and why, and the accounting that proves no word was lost.
 */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DraftError, importDraft, type ImportResult } from '../../scripts/lib/import/index.ts';
import { FIXTURE_SITE } from '../support/fixture.ts';
import { CONTROL_CHARACTER } from '../../src/lib/rules.ts';
import { docBlocksFromLines, docx, type DocBlock } from '../support/docx.ts';

const SHAPES = join(FIXTURE_SITE, '..', 'drafts', 'shapes');
const OPTIONS = { author: 'ada', topic: 'grid', date: '2026-06-01' };

const fixture = (name: string) => readFileSync(join(SHAPES, name));
const run = (name: string, bytes: Uint8Array = fixture(name)) => importDraft(name, bytes, OPTIONS);

function article(result: ImportResult) {
  const { frontmatter, content } = parseFrontmatter(result.files.article);
  return { data: frontmatter as Record<string, unknown>, body: content };
}

/** Every word in, every word placed: the sum of the slots is the draft. */
function expectAllAccounted(result: ImportResult) {
  const { accounting } = result;
  expect(accounting.missing).toEqual([]);
  expect(accounting.doubled).toEqual([]);
  const placed = Object.values(accounting.placed).reduce((a, b) => a + b, 0) + accounting.dropped.words;
  expect(placed).toBe(accounting.wordsIn);
}

const table = (result: ImportResult, n = 0) =>
  load(result.files.tables[n]!.text) as {
    title: string;
    caption: string;
    columns: { label: string }[];
    rows: Record<string, string>[];
  };
const faq = (result: ImportResult) =>
  load(result.files.faq!) as { items: { question: string; answer: string }[] };

describe('1. doc-editor text: one paragraph per line, no blank lines', () => {
  it('finds headline, lede, headings, table, advice, FAQ and the closing call to action', async () => {
    const result = await run('doc-editor.txt');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(data.title).toBe('Anthropic Goes Shopping for Compute Capacity in Australia and Japan');
    // The dek is a copy of the lede, and the lede stays in the body.
    expect(data.description).toMatch(/^Anthropic is hiring the people who find/);
    expect(body).toContain(String(data.description));
    expect(body).toMatch(/^## Why Australia\?$/m);
    expect(body).toMatch(/^## The copyright question$/m);
    expect(body).toMatch(/^## What Japan Offers$/m);
    expect(body.split('\n\n').length).toBeGreaterThan(8); // paragraphs stay paragraphs
    expect(data.keyTakeaway).toBe('Watch the grid connection queue, not the land price.');
    const t = table(result);
    expect(t.columns.map((c) => c.label)).toEqual(['Factor', 'Australia', 'Japan']);
    expect(t.rows).toHaveLength(3);
    expect(t.caption).toBe('The two markets at a glance.');
    expect(body).toContain(`<Comparison id="${result.files.tables[0]!.id}" />`);
    const items = faq(result).items;
    expect(items.map((i) => i.question)).toEqual([
      "How many of Anthropic's compute roles were in Australia or Japan?",
      'What did the job adverts say about pay?',
      'Is power or land the harder thing to secure?',
    ]);
    // An answer of two lines keeps both.
    expect(items[1]!.answer).toContain('No salary bands');
    expect(items[1]!.answer).toContain('225,000 and 270,000 pounds');
    expect(result.plan.dropped).toEqual([
      {
        text: 'Want more analysis like this? Subscribe to our weekly briefing.',
        reason: expect.stringMatching(/subscribe/),
      },
      // Written nowhere, so reported as dropped, with what took its place.
      { text: 'Frequently Asked Questions', reason: expect.stringMatching(/FAQ file/) },
    ]);
    expect(result.plan.outlets).toContain('CNBC');
  });
});

describe('2. a web page copied from a browser', () => {
  it('keeps the story, drops the furniture with reasons, and lists teasers as related', async () => {
    const result = await run('web-page.txt');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(data.title).toBe('Why power, not land, decides where AI data centers go in Asia');
    expect(body).toMatch(/^## Cheap power$/m);
    expect(body).toMatch(/^## A trusted place$/m);
    expect(body).toContain('"the defining constraint"'); // quotes keep their marks
    expect(body).not.toMatch(
      /preferred source|Source link|Comments|Login|email address|Microsoft commits|Read more/,
    );
    const reasons = Object.fromEntries(result.plan.dropped.map((d) => [d.text, d.reason]));
    expect(reasons['Choose CNBC as your preferred source on Google']).toMatch(/preferred source/);
    expect(reasons['Source link']).toMatch(/Source link/);
    expect(reasons['Login or Register']).toBeDefined();
    expect(result.plan.related).toEqual([
      'How Anthropic plans to pay for a gigawatt of leased capacity',
      'Microsoft commits billions to Japan as the AI build-out spreads across the region',
    ]);
    expect(result.plan.outlets).toEqual(expect.arrayContaining(['CNBC', 'Wood Mackenzie']));
  });
});

describe('3. an analysis post that starts with a section heading', () => {
  it('keeps the intro under its heading, proposes a headline, and makes "The Takeaway" the takeaway', async () => {
    const result = await run('analysis-post.txt');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(result.plan.titleFromDraft).toBe(false);
    expect(data.title).toMatch(/^TODO: /);
    expect(body).toMatch(/^## Power: The Constraint Behind Every Deal\n\nThe AI build-out/m);
    expect(body).toMatch(/^## Why Latency Still Matters$/m);
    expect(body).toMatch(/^## Sovereign AI Changes the Buyer$/m);
    expect(data.keyTakeaway).toBe(
      'Whoever secures grid connections first will set the map of AI compute in the region.',
    );
    expect(body).not.toMatch(/Takeaway|thoughts on|Leave a Reply|Save my name|Great piece/);
    expect(result.plan.dropped.map((d) => d.reason)).toEqual([
      ...Array(10).fill('comment section'),
      expect.stringMatching(/^section label: .* key takeaway/),
    ]);
  });
});

describe('4. wire copy with no headline and hard-wrapped lines', () => {
  it('never cuts the lede: joins wrapped lines, proposes a headline stub and names the file from the lede', async () => {
    const result = await run('wire-copy.txt');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(data.title).toMatch(/^TODO: /);
    expect(body.trim().split('\n\n')).toHaveLength(4);
    expect(body).toContain(
      'to lease data centers in the United States with a combined capacity above one gigawatt',
    );
    expect(result.slug).toMatch(/^anthropic-has-signed-more-than-a-dozen/);
    expect(result.plan.outlets).toContain('FinancialMediaGuide');
  });
});

describe('5. Markdown', () => {
  it('keeps headings, lists, links, emphasis and blockquotes', async () => {
    const result = await run('markdown.md');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(data.title).toBe("Five things to know about Anthropic's data center push");
    expect(body).toMatch(/^## The money$/m);
    expect(body).toMatch(/^### Where the people are$/m);
    expect(body).toMatch(/^- Anthropic raised \*\*65 billion dollars\*\*/m);
    expect(body).toMatch(/^1\. More than a dozen/m);
    expect(body).toContain('[CNBC reported](https://www.cnbc.com/)');
    expect(body).toContain('_one gigawatt_');
    expect(body).toMatch(/^> Our growth has placed an inevitable strain/m);
    // The last line of a section is not pulled out as a takeaway, leaving a bare heading.
    expect(body).toMatch(/## What to watch\n\nWatch whether Google/);
  });
});

describe('6. HTML and .docx versions', () => {
  it('reads the doc-editor HTML export like the text', async () => {
    const result = await run('doc-editor.html');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(data.title).toBe('Anthropic Goes Shopping for Compute Capacity in Australia and Japan');
    expect(body).toMatch(/^## Why Australia\?$/m);
    expect(table(result).columns.map((c) => c.label)).toEqual(['Factor', 'Australia', 'Japan']);
    expect(faq(result).items).toHaveLength(2);
    expect(data.keyTakeaway).toBe('Watch the grid connection queue, not the land price.');
  });

  it('reads the Markdown as HTML, and reports the page chrome it drops', async () => {
    const result = await run('markdown.html');
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('[CNBC reported](https://www.cnbc.com/)');
    expect(body).toMatch(/^- Anthropic raised \*\*65 billion dollars\*\*/m);
    expect(body).not.toContain('track()');
    expect(result.plan.dropped.map((d) => d.text)).toEqual([
      'Home',
      'News',
      'Share this article',
      '© 2026 Example Trade Blog',
    ]);
  });

  it('reads the doc-editor draft as .docx', async () => {
    const text = readFileSync(join(SHAPES, 'doc-editor.txt'), 'utf8');
    const headings = [
      'Why Australia?',
      'The copyright question',
      'What Japan Offers',
      'Frequently Asked Questions',
    ];
    const bytes = await docx(docBlocksFromLines(text, headings));
    const result = await importDraft('doc-editor.docx', bytes, OPTIONS);
    expect(result.draft.format).toBe('docx');
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(data.title).toBe('Anthropic Goes Shopping for Compute Capacity in Australia and Japan');
    expect(body).toMatch(/^## What Japan Offers$/m);
    expect(table(result).rows).toHaveLength(3);
    expect(faq(result).items).toHaveLength(3);
  });

  it('reads the Markdown draft as .docx, lists and links included', async () => {
    const blocks: DocBlock[] = [
      { style: 'Heading1', text: "Five things to know about Anthropic's data center push" },
      {
        style: 'Normal',
        text: 'Anthropic is building out compute on three continents at once, with the outlet behind each figure.',
      },
      { style: 'Heading2', text: 'The money' },
      {
        list: 'bullet',
        items: [
          'Anthropic raised 65 billion dollars in May.',
          'Alphabet has committed up to 40 billion dollars.',
        ],
      },
      { style: 'Heading2', text: 'The capacity' },
      {
        list: 'number',
        items: ['More than a dozen preliminary lease agreements.', 'A combined capacity above one gigawatt.'],
      },
      {
        runs: [
          { text: 'Eight of 13 roles were in Australia or Japan, per ' },
          { text: 'CNBC', link: 'https://www.cnbc.com/' },
          { text: '.', bold: false },
        ],
      },
    ];
    const result = await importDraft('markdown.docx', await docx(blocks), OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toMatch(/^- Anthropic raised 65 billion dollars in May\.$/m);
    expect(body).toMatch(/^1\. More than a dozen/m);
    expect(body).toContain('[CNBC](https://www.cnbc.com/)');
  });

  it("lists a reviewer's Word comments as dropped, with their reason, and keeps their marker out of the story", async () => {
    const blocks: DocBlock[] = [
      { style: 'Title', text: 'Utility signs 300 MW grid deal for Ohio campus' },
      {
        runs: [
          { text: 'The utility agreed to supply ' },
          { text: '300 MW', comment: 'Check this figure with the utility before we publish.' },
          { text: ' to the campus, the Columbus Dispatch reported on Tuesday.' },
        ],
      },
      { runs: [{ text: 'The company did not say what the deal is worth.', comment: 'Ask again Monday.' }] },
    ];
    const result = await importDraft('reviewed.docx', await docx(blocks), OPTIONS);
    expectAllAccounted(result);
    const reason = "a reviewer's comment on the .docx (Word's Review > Comments), not the story";
    expect(result.plan.dropped).toEqual([
      { text: 'Check this figure with the utility before we publish.', reason },
      { text: 'Ask again Monday.', reason },
    ]);
    const { body } = article(result);
    expect(body).toContain(
      'The utility agreed to supply 300 MW to the campus, the Columbus Dispatch reported on Tuesday.',
    );
    expect(body).not.toMatch(/MO1|MO2|Check this figure|Ask again|Comment/);
  });
});

describe('control characters', () => {
  const controls = (text: string) => CONTROL_CHARACTER.test(text);
  const written = (result: ImportResult) =>
    [result.files.article, result.files.faq ?? '', ...result.files.tables.map((t) => t.text)].join('\n');

  it('leaves escape sequences and stray control bytes out of a text draft, and says how many', async () => {
    const text =
      'Utility signs a \u001b[1mgrid\u001b[0m deal\n\n' +
      'The utility agreed on Tuesday to supply power\u0085 to the campus,\u0007 the company said in a statement.\n\n' +
      'A second paragraph\u001b]0;window title\u0007 follows here, with more of the story in it.\n';
    const result = await run('escapes.txt', Buffer.from(text));
    expect(controls(written(result))).toBe(false);
    expect(result.plan.title).toBe('Utility signs a grid deal');
    expect(article(result).body).toContain('supply power to the campus, the company said');
    expect(article(result).body).not.toContain('window title');
    expect(result.draft.notes.join('\n')).toContain(
      'Left out 3 terminal escape sequences and 2 control characters (U+0007, U+0085)',
    );
    expectAllAccounted(result);
  });

  it("takes them out of HTML written as references too, but keeps HTML's &#133; (an ellipsis)", async () => {
    const html =
      '<h1>Utility signs a grid deal</h1><p>The utility agreed on Tuesday&#27;[31m to supply power&#x7f; ' +
      'to the campus &#133; the company said in a statement on its website.</p>';
    const result = await run('escapes.html', Buffer.from(html));
    expect(controls(written(result))).toBe(false);
    expect(article(result).body).toContain('agreed on Tuesday to supply power to the campus … the company');
    expect(result.draft.notes.join('\n')).toContain(
      'Left out 1 terminal escape sequence and 1 control character (U+007F)',
    );
    expectAllAccounted(result);
  });

  it('says nothing of a draft without them', async () => {
    const result = await run('doc-editor.txt');
    expect(result.draft.notes.join('\n')).not.toContain('Left out');
  });
});

describe('HTML tags in a text draft', () => {
  it('keeps the words and drops the tags, leaving "< 5 ms" and an unknown <foo> as text', async () => {
    const text =
      'Utility signs <b>grid</b> deal\n\n' +
      'The utility agreed on Tuesday to supply <i>power</i> to the campus,<br>the company said.\n\n' +
      "Latency stays < 5 ms, and a <foo> tag is the writer's own text in this paragraph.\n";
    const result = await run('tags.txt', Buffer.from(text));
    expect(result.plan.title).toBe('Utility signs grid deal');
    const { body } = article(result);
    expect(body).toContain('supply power to the campus, the company said.');
    expect(body).toContain('Latency stays &lt; 5 ms, and a &lt;foo> tag');
    expect(body).not.toMatch(/<\/?(b|i|br)>|&lt;\/?(b|i|br)>/);
    expect(result.draft.notes.join('\n')).toContain(
      'Left out 5 HTML tags from a text draft (<b> </b> <i> </i> <br>)',
    );
    expectAllAccounted(result);
  });
});

describe('real drafts: a Notion page exported as Markdown', () => {
  it('drops its page properties and says what its callout was; a lone "Status:" line of the story stays', async () => {
    const draft = new TextEncoder().encode(
      [
        '# Utility signs a grid deal for an Ohio campus',
        '',
        'Status: Draft',
        'Author: Ada Park',
        'Created: December 1, 2026 10:12 AM',
        '',
        'The utility agreed to supply 300 MW to the campus, the Columbus Dispatch reported on Tuesday.',
        '',
        '<aside>',
        '💡 Confirm the figure with the utility.',
        '',
        '</aside>',
        '',
        'Status: the permit is still pending, the company said.',
        '',
      ].join('\n'),
    );
    const result = await importDraft('notion.md', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).not.toMatch(/Status: Draft|Author: Ada Park|Created:/);
    expect(body).toContain('Status: the permit is still pending, the company said.');
    const reasons = new Map(result.plan.dropped.map((d) => [d.text, d.reason]));
    for (const line of ['Status: Draft', 'Author: Ada Park', 'Created: December 1, 2026 10:12 AM'])
      expect(reasons.get(line), line).toMatch(/page properties/);
    expect(reasons.get('💡 Confirm the figure with the utility.')).toMatch(
      /^a sidebar or callout \(<aside>\).*<Callout>/,
    );
  });
});

describe('real drafts: a Medium export', () => {
  it("reads the article's own <header> as its headline, and keeps one copy of what Medium repeats", async () => {
    const draft = new TextEncoder().encode(
      [
        '<html><body><article class="h-entry">',
        '<header><h1 class="p-name">Utility signs a grid deal for an Ohio campus</h1></header>',
        '<section data-field="subtitle" class="p-summary">The first phase comes online in 2027, the company said.</section>',
        '<section data-field="body" class="e-content"><div class="section-inner">',
        '<h3 class="graf graf--h3 graf--title">Utility signs a grid deal for an Ohio campus</h3>',
        '<h4 class="graf graf--h4 graf--subtitle">The first phase comes online in 2027, the company said.</h4>',
        '<p class="graf graf--p">The utility agreed to supply 300 MW to the campus, the Columbus Dispatch reported on Tuesday.</p>',
        '</div></section>',
        '<footer><p>By <a href="https://medium.com/@ada">Ada Park</a> on December 1, 2026.</p></footer>',
        '</article></body></html>',
      ].join('\n'),
    );
    const result = await importDraft('medium.html', draft, OPTIONS);
    expectAllAccounted(result);
    expect(result.plan.title).toBe('Utility signs a grid deal for an Ohio campus');
    const { body, data } = article(result);
    expect(data.description).toBe('The first phase comes online in 2027, the company said.');
    expect(body.trim()).toBe(
      'The utility agreed to supply 300 MW to the campus, the Columbus Dispatch reported on Tuesday.',
    );
    const reasons = result.plan.dropped.map((d) => d.reason);
    expect(reasons).toContain('the headline again, repeated in the body');
    expect(reasons).toContain('the same text again, right after itself');
  });
});

describe('real drafts: a standfirst repeated as the first paragraph', () => {
  it('keeps the standfirst as the dek and drops the copy, whichever comes first', async () => {
    const dek = 'The first phase comes online in 2027, the company said.';
    const lede = '<p>The utility agreed to supply 300 MW to the campus, the Columbus Dispatch reported.</p>';
    for (const order of [
      [`<h2 class="subtitle">${dek}</h2>`, `<p>${dek}</p>`],
      [`<p>${dek}</p>`, `<h2 class="subtitle">${dek}</h2>`],
    ]) {
      const html = ['<h1>Utility signs a grid deal for an Ohio campus</h1>', ...order, lede].join('\n');
      const result = await importDraft('dup.html', new TextEncoder().encode(html), OPTIONS);
      expectAllAccounted(result);
      const { body, data } = article(result);
      expect(data.description).toBe(dek);
      expect(body).not.toContain(dek);
      expect(result.plan.dropped).toContainEqual({
        text: dek,
        reason: 'the same text again, right after itself',
      });
    }
  });
});

describe('hostile drafts', () => {
  it.each([
    [
      'deep.html',
      `<h1>Utility signs a deal</h1>${'<div>'.repeat(20_000)}<p>The utility agreed.</p>${'</div>'.repeat(20_000)}`,
    ],
    ['deep.md', `# Utility signs a deal\n\n${'> '.repeat(20_000)}The utility agreed.\n`],
  ])('refuses %s, nested 20,000 levels deep, in one line and not a stack trace', async (name, text) => {
    const attempt = importDraft(name, new TextEncoder().encode(text), OPTIONS);
    await expect(attempt).rejects.toThrow(DraftError);
    await expect(attempt).rejects.toThrow(`${name}: the draft is nested too deep to read`);
  });
});

describe('accounting', () => {
  it('refuses to write when the writer step loses a sentence (fault injection)', async () => {
    const sentence = 'Eight of them were based in Australia or Japan.';
    const attempt = importDraft('doc-editor.txt', fixture('doc-editor.txt'), OPTIONS, {
      afterWrite: (files) => ({ ...files, article: files.article.replace(sentence, '') }),
    });
    await expect(attempt).rejects.toThrow(DraftError);
    await expect(attempt).rejects.toThrow(`missing: ${sentence}`);
  });

  it('refuses when a sentence is written twice', async () => {
    const attempt = importDraft('doc-editor.txt', fixture('doc-editor.txt'), OPTIONS, {
      afterWrite: (files) => ({
        ...files,
        article: `${files.article}\nWroe said the main obstacle is copyright law.\n`,
      }),
    });
    await expect(attempt).rejects.toThrow(/written twice or not in the draft: .*copyright/);
  });
});

describe('what is not a draft', () => {
  it('refuses binary, empty and undecodable input with a message', async () => {
    await expect(
      importDraft('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), OPTIONS),
    ).rejects.toThrow(/binary file/);
    await expect(importDraft('empty.txt', new TextEncoder().encode(' \n\n  '), OPTIONS)).rejects.toThrow(
      /empty/,
    );
    await expect(importDraft('x.txt', new Uint8Array([0x41, 0x81, 0x42]), OPTIONS)).rejects.toThrow(
      /not UTF-8/,
    );
    await expect(importDraft('fake.docx', new TextEncoder().encode('not a zip'), OPTIONS)).rejects.toThrow(
      /not a \.docx/,
    );
  });

  it('reads Windows-1252 when it is unambiguous, and says so', async () => {
    const text =
      'Grid queues grow in Japan\n\nDevelopers say a \x93grid connection\x94 now takes longer than land \x96 and that changes plans.\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const result = await importDraft('cp1252.txt', bytes, OPTIONS);
    expect(result.draft.notes.join()).toMatch(/Windows-1252/);
    expect(result.files.article).toContain('“grid connection” now takes longer than land – and');
  });

  it('asks for --slug when the headline gives no file name', async () => {
    const draft = new TextEncoder().encode(
      '日本のAIデータセンター\n\n電力の確保が土地よりも難しくなっている。開発者はそう話す。\n',
    );
    await expect(importDraft('ja.txt', draft, OPTIONS)).rejects.toThrow(/--slug/);
    const named = await importDraft('ja.txt', draft, { ...OPTIONS, slug: 'japan-ai-data-centers' });
    expect(named.slug).toBe('japan-ai-data-centers');
    expectAllAccounted(named);
  });

  it('offers the agency of a wire dateline as a source, and keeps Q:/A: lines as text', async () => {
    const draft = new TextEncoder().encode(
      'SYDNEY (Reuters) - Data centre developers in Australia are queuing for grid connections, executives said.\r\n\r\nQ: How long is the queue?\r\nA: About two years, the operator said.\r\n',
    );
    const result = await importDraft('wire.txt', draft, OPTIONS);
    expectAllAccounted(result);
    expect(result.plan.outlets).toContain('Reuters');
  });

  it('keeps MDX syntax in a draft as text', async () => {
    const draft = new TextEncoder().encode(
      'A headline about braces\n\nSome {curly} text and <b>tags</b> and an autolink <https://example.com/x> stay words.\nimport fs from "node:fs"\n',
    );
    const result = await importDraft('mdx.txt', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('\\{curly\\}');
    expect(body).not.toMatch(/^import /m);
    expect(body).not.toMatch(/<https?:/);
  });

  it('writes code in a Markdown draft as text, so its angle brackets read as such', async () => {
    const draft = new TextEncoder().encode(
      '# A headline about markup\n\nThe page mentions `<div data-x>` in a sentence.\n\n```\nconst a = <b>{x}</b>;\n# not a heading\n```\n',
    );
    const result = await importDraft('code.md', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    // Inside a code span or fence, MDX would show "&lt;" as it is.
    expect(body).not.toContain('`');
    expect(body).toContain('mentions &lt;div data-x> in a sentence');
    expect(body).toContain('\\{x\\}');
    expect(body).not.toMatch(/^# not a heading/m);
  });

  it('reads inline HTML tags in a Markdown headline and subhead as markup, not words of the headline or the file name', async () => {
    const draft = new TextEncoder().encode(
      '# Utility signs <b>campus</b> deal\n\n## The <em>grid</em> side\n\nThe utility said on Monday it will supply the campus.\n',
    );
    const result = await importDraft('tags.md', draft, OPTIONS);
    expectAllAccounted(result);
    expect(result.slug).toBe('utility-signs-campus-deal');
    const { data, body } = article(result);
    expect(data.title).toBe('Utility signs campus deal');
    expect(body).toMatch(/^## The grid side$/m);
    // In a text draft the tag is the writer's text, but not a word of the file name.
    const text = await importDraft(
      'tags.txt',
      new TextEncoder().encode(
        'Utility signs <b>campus</b> deal\n\nThe utility said on Monday it will supply the campus.\n',
      ),
      OPTIONS,
    );
    expectAllAccounted(text);
    expect(text.slug).toBe('utility-signs-campus-deal');
  });
});

describe('real drafts: Markdown exported from a CMS, with HTML in it', () => {
  it('reads inline tags as markup: bold, emphasis, links and line breaks, never visible tags', async () => {
    const draft = new TextEncoder().encode(
      [
        '# Utility signs 2 GW campus deal',
        '',
        'A Georgia utility will supply <b>2 GW</b> to a campus, according to <a href="https://example.com/r">a report by the Atlanta Journal-Constitution</a>. The deal, <em>one of the largest</em> in the region, runs 15 years.<br>',
        'Officials said the first phase comes online in 2027, the <span style="color:red">newspaper</span> reported.',
        '',
        'A <a href="javascript:alert(1)">click here</a> link, H<sub>2</sub>O and the 10<sup>th</sup> floor.',
        '',
        'A tag that is no HTML element, like <tag> or <Widget x="1">, is the <b>writer\'s</b> text.',
        '',
      ].join('\n'),
    );
    const result = await importDraft('cms.md', draft, OPTIONS);
    expectAllAccounted(result);
    const { data, body } = article(result);
    expect(body).toContain('supply **2 GW** to a campus');
    expect(body).toContain('[a report by the Atlanta Journal-Constitution](https://example.com/r)');
    expect(body).toContain('_one of the largest_');
    // The <br> is a line break, and the words on either side of it stay apart.
    expect(body).toMatch(/runs 15 years\.\\\nOfficials said/);
    // A link that would run script keeps its words, not its target.
    expect(body).toContain('A click here link, H2O and the 10th floor.');
    expect(body).not.toMatch(/javascript|&lt;(?!tag>|Widget)|<[a-z]/i);
    expect(body).toContain('like &lt;tag> or &lt;Widget x="1">, is the **writer\'s** text.');
    expect(data.description).toBe(
      'A Georgia utility will supply 2 GW to a campus, according to a report by the Atlanta Journal-Constitution. The deal, one of the largest in the region, runs 15 years.',
    );
  });

  it('reads HTML blocks as HTML: a table becomes a comparison, chrome is dropped with its reason', async () => {
    const draft = new TextEncoder().encode(
      [
        '# Hyperscaler books 1 GW of Texas capacity',
        '',
        '<!-- wp:paragraph -->',
        '<p>A hyperscaler has reserved <strong>1 GW</strong> at a Texas campus, the <em>Dallas Morning News</em> reported on Tuesday.</p>',
        '<!-- /wp:paragraph -->',
        '',
        '<table>',
        '<thead><tr><th>Phase</th><th>Capacity</th></tr></thead>',
        '<tbody><tr><td>One</td><td>400 MW</td></tr><tr><td>Two</td><td>600 MW</td></tr></tbody>',
        '</table>',
        '',
        '<nav><a href="/">Home</a> › <a href="/tech">Tech</a></nav>',
        '',
        'A Markdown paragraph after the HTML, with a [link](https://example.com) in it.',
        '',
      ].join('\n'),
    );
    const result = await importDraft('gutenberg.md', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('reserved **1 GW** at a Texas campus, the _Dallas Morning News_ reported');
    expect(body).not.toContain('wp:paragraph');
    expect(table(result).columns.map((c) => c.label)).toEqual(['Phase', 'Capacity']);
    expect(table(result).rows).toHaveLength(2);
    expect(body).toMatch(/^<Comparison id="[^"]+" \/>$/m);
    for (const item of ['Home', 'Tech'])
      expect(result.plan.dropped).toContainEqual({ text: item, reason: 'page navigation, header or footer' });
    expect(result.plan.dropped.map((d) => d.text)).not.toContain('›');
    expect(body).toContain('with a [link](https://example.com) in it.');
  });

  it('leaves out code and the page title, and says so in one note', async () => {
    const draft = new TextEncoder().encode(
      [
        '<!doctype html><html><head><title>Grid deal | The Ledger</title>',
        '<style>.byline { color: red }\np { margin: 0 }</style>',
        '<script>var tracker = "pixelword";</script></head><body>',
        '<h1>Utility signs a grid deal for a campus</h1>',
        '<p>The utility agreed to supply 300 MW, the Register reported.</p>',
        '<script src="/ads.js"></script>',
        '<template><p>templateword</p></template>',
        '</body></html>',
      ].join('\n'),
    );
    const result = await importDraft('page.html', draft, OPTIONS);
    expectAllAccounted(result);
    expect(result.draft.notes).toEqual([
      'Left out, as no part of a story: 1 <style> element (2 lines of code), 2 <script> elements (1 line of code), 1 <template> element (1 line of code), the page title "Grid deal | The Ledger".',
    ]);
    for (const word of ['pixelword', 'templateword', 'margin', 'Ledger'])
      expect(result.files.article).not.toContain(word);
    // A draft with none of them has no such note.
    const plain = await importDraft(
      'plain.html',
      new TextEncoder().encode('<h1>A headline here</h1><p>One paragraph of text.</p>'),
      OPTIONS,
    );
    expect(plain.draft.notes).toEqual([]);
  });

  it("keeps an HTML draft's footnotes readable: links within the draft become text, back arrows go", async () => {
    const draft = new TextEncoder().encode(
      [
        '<h1>Utility signs a grid deal for a campus</h1>',
        '<p>The utility agreed <img src="map.png"> to supply 300 MW, the Register reported.<sup id="r1"><a href="#fn1">1</a></sup></p>',
        '<p>Google Docs marks its notes so.<sup><a href="#ftnt1" id="ftnt_ref1">[2]</a></sup></p>',
        '<ol><li id="fn1">The filing, page 4. <a href="#r1">↩</a></li></ol>',
        '<p>A second note follows.<sup><a href="#ftnt2" id="ftnt_ref2">[3]</a></sup></p>',
        // Google Docs' notes: a rule, then a <div> per note starting with its link back.
        '<hr class="c4">',
        '<div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[2]</a><span class="c2">&nbsp;The utility\'s statement.</span></p></div>',
        '<div><p class="c1"><a href="#ftnt_ref2" id="ftnt2">[3]</a><span>&nbsp;The regulator\'s docket.</span></p><p class="c1"><span>Filed in May.</span></p></div>',
      ].join('\n'),
    );
    const result = await importDraft('notes.html', draft, OPTIONS);
    expectAllAccounted(result);
    const { body, data } = article(result);
    // The dek is copied from the lede without its marker.
    expect(data.description).toBe('The utility agreed to supply 300 MW, the Register reported.');
    expect(body).toContain('The utility agreed to supply 300 MW, the Register reported.\\[1]');
    expect(body).toContain('Google Docs marks its notes so.\\[2]');
    expect(body).toMatch(/^1\. The filing, page 4\.$/m);
    // Google Docs' notes become a numbered list from their first number, as Word's do,
    // without their "[2]" or the rule above them.
    expect(body).toMatch(
      /^2\. The utility's statement\.\n\n3\. The regulator's docket\.\n\n {3}Filed in May\.$/m,
    );
    expect(body).not.toMatch(/^(\*\*\*|---)$/m);
    // No link to an anchor the story page does not have, no arrow, no encoded space.
    expect(body).not.toMatch(/\]\(#|↩|&#x20;/);
  });

  it("lists notes of one paragraph each one a line, as a Word draft's come", async () => {
    const draft = new TextEncoder().encode(
      [
        '<h1>Utility signs a grid deal for a campus</h1>',
        '<p>The utility agreed.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> It starts in 2027.<sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup></p>',
        '<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;The filing.</span></p></div>',
        '<div><p><a href="#ftnt_ref2" id="ftnt2">[2]</a><span>&nbsp;The utility\'s statement.</span></p></div>',
      ].join('\n'),
    );
    const result = await importDraft('tight-notes.html', draft, OPTIONS);
    expectAllAccounted(result);
    expect(article(result).body).toMatch(/^1\. The filing\.\n2\. The utility's statement\.$/m);
  });

  it("leaves out an HTML draft's empty note with its marker, and says so", async () => {
    const draft = new TextEncoder().encode(
      [
        '<h1>Utility signs a grid deal for a campus</h1>',
        // As mammoth writes a Word draft's notes, the second left empty.
        '<p>The utility agreed to supply 300 MW.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> The deal runs fifteen years.<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p>',
        '<ol><li id="footnote-1"><p>The filing, page 4. <a href="#footnote-ref-1">↑</a></p></li><li id="footnote-2"><p> <a href="#footnote-ref-2">↑</a></p></li></ol>',
        // As Google Docs writes them, the only note empty.
        '<p>A regulator still has to approve it.<sup><a href="#ftnt1" id="ftnt_ref1">[3]</a></sup></p>',
        '<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[3]</a><span>&nbsp;</span></p></div>',
      ].join('\n'),
    );
    const result = await importDraft('empty-notes.html', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('The utility agreed to supply 300 MW.\\[1] The deal runs fifteen years.\n');
    expect(body).toContain('A regulator still has to approve it.\n');
    expect(body).toMatch(/^1\. The filing, page 4\.$/m);
    expect(body).not.toMatch(/\[2\]|\[3\]|^\d\.\s*$/m);
    const notes = result.plan.dropped.filter((d) => d.reason.startsWith('a footnote whose note is empty'));
    expect(notes.map((d) => d.text)).toEqual(['[2]', '[3]']);
  });

  it('drops an image without alt text with its reason, its address no word of the draft', async () => {
    const pixel = `data:image/png;base64,${'A'.repeat(4000)}`;
    const draft = new TextEncoder().encode(
      `# A headline about a campus photo\n\nThe campus was photographed on Monday, the utility said.\n\n<img src="https://example.com/campus.jpg">\n\n![](${pixel})\n`,
    );
    // It was refused as "written twice or not in the draft: https, example, com, campus, jpg".
    const result = await importDraft('photo.md', draft, OPTIONS);
    expectAllAccounted(result);
    const images = result.plan.dropped.filter((d) => d.reason.startsWith('image '));
    expect(images.map((d) => d.text)).toEqual(['', '']);
    expect(images[0]!.reason).toMatch(/^image https:\/\/example\.com\/campus\.jpg: add it back/);
    expect(images[1]!.reason).toMatch(/^image embedded in the draft \(3 KB\): add it back/);
  });

  it("resolves reference links, keeps footnotes as a Word draft's come through, and keeps nested list items apart", async () => {
    const draft = new TextEncoder().encode(
      [
        'Power demand from data centers doubles',
        '======================================',
        '',
        'Utilities in Virginia expect data center load to double by 2030[^1], according to a filing reviewed by Reuters.',
        '',
        '1. Current load: 4 GW',
        '2. Expected load: 8 GW',
        '   - of which hyperscalers: 6 GW',
        '   - others: 2 GW',
        '',
        'See the [filing][filing] for more.',
        '',
        '[filing]: https://example.com/filing',
        '[^1]: The filing covers the PJM zone only',
        '',
      ].join('\n'),
    );
    // It was refused as "written twice or not in the draft: 1, filing".
    const result = await importDraft('refs.md', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('See the [filing](https://example.com/filing) for more.');
    expect(body).toContain('double by 2030\\[1], according to');
    expect(body).toMatch(/^1\. The filing covers the PJM zone only$/m);
    expect(body).toMatch(/^ {3}- of which hyperscalers: 6 GW$/m);
  });

  it('numbers Markdown footnotes as GitHub shows them, by first marker, and leaves the markers out of the dek', async () => {
    const draft = [
      '# Grid operator delays three data center hookups',
      '',
      'The operator pushed back three connections by a year, its filing says.[^pjm] Two of the sites are in Ohio.[^note-2]',
      '',
      'The delay follows a rise in requests, the operator said.[^pjm]',
      '',
      '[^note-2]: Named in the filing as sites B and C.',
      '[^pjm]: PJM Interconnection filing, November 2026.',
      '[^unused]: A note no sentence calls.',
      '',
    ].join('\n');
    const result = await importDraft('notes.md', new TextEncoder().encode(draft), OPTIONS);
    expectAllAccounted(result);
    const { body, data } = article(result);
    expect(body).toContain('its filing says.\\[1] Two of the sites are in Ohio.\\[2]');
    expect(body).toContain('the operator said.\\[1]');
    // Each note where the draft had it, under its marker's number; one no marker calls, after.
    expect(body).toMatch(/^2\. Named in the filing as sites B and C\.$/m);
    expect(body).toMatch(/^1\. PJM Interconnection filing, November 2026\.$/m);
    expect(body).toMatch(/^3\. A note no sentence calls\.$/m);
    expect(body).not.toMatch(/\[\^|#fn/);
    expect(data.description).toBe(
      'The operator pushed back three connections by a year, its filing says. Two of the sites are in Ohio.',
    );
  });

  it('leaves out a Markdown footnote whose note is empty, marker and note, and says so', async () => {
    const draft = [
      '# Grid queue swells in Ohio as data centers line up',
      '',
      'Requests have climbed to about 30 GW, the utility said.[^1] More are coming.[^2]',
      '',
      '[^1]:',
      '',
      '[^2]: The utility filing, March 2026.',
      '',
    ].join('\n');
    const result = await importDraft('empty-note.md', new TextEncoder().encode(draft), OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    // No empty item, no marker that leads nowhere; the other note takes number 1.
    expect(body).toContain('the utility said. More are coming.\\[1]');
    expect(body).toMatch(/^1\. The utility filing, March 2026\.$/m);
    expect(body).not.toMatch(/^\d+\.\s*$/m);
    expect(result.plan.dropped).toContainEqual({
      text: '[^1]',
      reason: 'a footnote whose note is empty: its marker and note are left out',
    });
  });

  it("drops a task list's items as an editor's to-do, each with its reason, and keeps the list's other items", async () => {
    const draft = [
      '# Utility signs 300 MW deal for a new campus',
      '',
      'The utility will supply 300 MW to the campus by 2028, according to a filing with the state regulator.',
      '',
      '- [ ] Check the figure with the utility',
      '- [x] Call the operator',
      '',
      '- First phase: 100 MW',
      '- [ ] Confirm the second phase',
      '',
    ].join('\n');
    const result = await importDraft('tasks.md', new TextEncoder().encode(draft), OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).not.toMatch(/\[[ x]\]|Check the figure|Call the operator|Confirm the second/);
    expect(body).toMatch(/^- First phase: 100 MW$/m);
    const reason = "a checklist item (a task list, `- [ ]`): an editor's to-do, not the story";
    expect(result.plan.dropped).toEqual(
      expect.arrayContaining([
        { text: 'Check the figure with the utility', reason },
        { text: 'Call the operator', reason },
        { text: 'Confirm the second phase', reason },
      ]),
    );
  });

  it('keeps a Substack footnote marker glued to its word apart from it ("years[1]") and its note as a numbered item, every word accounted', async () => {
    const html =
      '<h1>Why substations are the new bottleneck</h1><p>The wait for large transformers has stretched to three years<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>, the Department of Energy said.</p><div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>DOE, Large Power Transformer report, 2026.</p></div></div>';
    // It was refused as "written twice or not in the draft: years, 1".
    const result = await importDraft('substack.html', new TextEncoder().encode(html), OPTIONS);
    expectAllAccounted(result);
    const { body, data } = article(result);
    expect(body).toContain('stretched to three years\\[1], the Department of Energy said.');
    // The note, as a Word draft's comes: a numbered list item, not a "[1]" line above it.
    expect(body).toMatch(/^1\. DOE, Large Power Transformer report, 2026\.$/m);
    expect(body).not.toMatch(/^\\\[1]$/m);
    expect(body).not.toMatch(/#footnote/);
    expect(data.description).toBe(
      'The wait for large transformers has stretched to three years, the Department of Energy said.',
    );
  });

  it("takes a web page's standfirst (Substack's subtitle, a CMS's dek) as the dek, every word accounted", async () => {
    const page = (standfirst: string) =>
      `<h1 class="post-title">Why substations are the new bottleneck</h1>${standfirst}<div class="body markup"><p>The wait for large transformers has stretched to three years, the Department of Energy said.</p><h2>What developers do</h2><p>Some developers order transformers before they buy land.</p></div>`;
    for (const standfirst of [
      '<h3 class="subtitle">Transformer waits of three years now set the pace for new data center campuses.</h3>',
      '<p class="article-dek">Transformer waits of three years now set the pace for new data center campuses.</p>',
    ]) {
      const result = await importDraft('substack.html', new TextEncoder().encode(page(standfirst)), OPTIONS);
      expectAllAccounted(result);
      const { data, body } = article(result);
      expect(data.description).toBe(
        'Transformer waits of three years now set the pace for new data center campuses.',
      );
      // Not a section heading, and not twice.
      expect(body).not.toContain('Transformer waits');
      expect(body.trim()).toMatch(/^The wait for large transformers/);
      expect(result.accounting.placed.dek).toBe(14);
    }
    // Too long for a dek: kept whole as the first paragraph, and the dek is copied from it as usual.
    const long = `${'Transformer waits of three years now set the pace for new data center campuses, '.repeat(3)}developers say.`;
    const result = await importDraft(
      'substack.html',
      new TextEncoder().encode(page(`<h3 class="subtitle">${long}</h3>`)),
      OPTIONS,
    );
    expectAllAccounted(result);
    expect(article(result).body.trim().startsWith(long)).toBe(true);
    expect(result.accounting.placed.dek).toBe(0);
  });

  it("drops a Markdown draft's own front matter line by line, and takes its # heading as the headline", async () => {
    const draft = [
      '---',
      'slug: ohio-grid-queue',
      'editor: J. Park',
      '---',
      '',
      '# Ohio grid queue swells as data centers seek 30 GW',
      '',
      'Requests to connect data centers to the grid in central Ohio have climbed to about 30 GW, the utility said.',
      '',
    ].join('\n');
    const result = await importDraft('front.md', new TextEncoder().encode(draft), OPTIONS);
    expectAllAccounted(result);
    expect(result.plan.title).toBe('Ohio grid queue swells as data centers seek 30 GW');
    const reason =
      "the draft's own front matter (its editor's or CMS's fields): the story's fields are set in its frontmatter";
    expect(result.plan.dropped).toEqual(
      expect.arrayContaining([
        { text: 'slug: ohio-grid-queue', reason },
        { text: 'editor: J. Park', reason },
      ]),
    );
    expect(article(result).body).not.toMatch(/slug|J\. Park/);
  });

  it('writes a dek on one line when the lede had a line break in it', async () => {
    const draft = [
      '# Utility signs 300 MW deal for a new campus',
      '',
      '*A regional utility agreed to supply the campus,  ',
      'according to filings reviewed by the desk.*',
      '',
      'The utility will supply 300 MW to the campus by 2028.',
      '',
    ].join('\n');
    const result = await importDraft('dek.md', new TextEncoder().encode(draft), OPTIONS);
    expectAllAccounted(result);
    expect(article(result).data.description).toBe(
      'A regional utility agreed to supply the campus, according to filings reviewed by the desk.',
    );
  });

  it('takes a Google Docs or Outlook redirect link to its target', async () => {
    const html =
      '<h1>Chipmaker lines up 3 GW for new fabs</h1><p>The company signed agreements on Tuesday, <a href="https://www.google.com/url?q=https://example.com/story&amp;sa=D&amp;source=editors">Bloomberg reported</a>, and <a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fnote&amp;data=x">a note</a> said so too.</p>';
    const result = await importDraft('gdocs.html', new TextEncoder().encode(html), OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('[Bloomberg reported](https://example.com/story)');
    expect(body).toContain('[a note](https://example.org/note)');
  });

  it("reads a newsletter page: menu items one by one, the subscribe widget dropped, a cell's line break a space", async () => {
    const html = [
      '<header><nav><a href="/archive">Archive</a> | <a href="/about">About</a></nav></header>',
      '<h1>Why substations are the new bottleneck</h1>',
      '<p>Grid operators say the wait for transformers has stretched to three years, the Department of Energy said.</p>',
      '<div class="subscription-widget"><p>Subscribe to get posts like this</p></div>',
      '<table><tr><th>Item</th><th>Lead time</th></tr><tr><td><b>Transformer</b><br>(large)</td><td>3 years</td></tr><tr><td>Breaker</td><td>18 months</td></tr></table>',
    ].join('');
    const result = await importDraft('substack.html', new TextEncoder().encode(html), OPTIONS);
    expectAllAccounted(result);
    expect(result.plan.dropped).toEqual(
      expect.arrayContaining([
        { text: 'Archive', reason: 'page navigation, header or footer' },
        { text: 'About', reason: 'page navigation, header or footer' },
        { text: 'Subscribe to get posts like this', reason: 'share or subscribe prompt' },
      ]),
    );
    expect(table(result).rows[0]).toEqual({ item: 'Transformer (large)', 'lead-time': '3 years' });
  });

  it("keeps a Word footnote's marker and note as text, without links to anchors the page will not have", async () => {
    const html =
      '<h1>Utility plans 2 GW of new capacity</h1><p>The utility plans 2 GW of new capacity by 2030<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>, its filing says.</p><ol><li id="footnote-1"><p> The filing was made in March. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const result = await importDraft('word.html', new TextEncoder().encode(html), OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain('by 2030\\[1], its filing says.');
    expect(body).toMatch(/^1\. The filing was made in March\./m);
    expect(body).not.toMatch(/#footnote|↑/);
  });

  it('keeps list items apart when they end without a full stop', async () => {
    const draft = new TextEncoder().encode(
      '# A headline about the grid deal today\n\nThe utility will supply power to a new campus, officials said on Monday.\n\n- Phase one: 500 MW\n- Phase two: 1.5 GW\n',
    );
    // It was refused as "written twice or not in the draft: mwphase".
    const result = await importDraft('list.md', draft, OPTIONS);
    expectAllAccounted(result);
    expect(article(result).body).toContain('- Phase one: 500 MW\n- Phase two: 1.5 GW');
  });
});

describe('real drafts: sources, placeholders, mis-decoded text', () => {
  const text = (s: string) => new TextEncoder().encode(s);

  it('offers the outlet of a sentence that starts "According to", and of agency datelines', async () => {
    const draft = [
      'Grid operators warn of a summer squeeze',
      '',
      'According to The Wall Street Journal, three utilities asked for emergency capacity this spring.',
      '',
      '(Bloomberg) — A second paragraph that a wire service filed without a city.',
      '',
      'NEW YORK, June 3, 2026 (GLOBE NEWSWIRE) -- A company said it would build a substation.',
    ].join('\n');
    const result = await run('sources.txt', text(draft));
    expect(result.plan.outlets).toEqual(
      expect.arrayContaining(['Wall Street Journal', 'Bloomberg', 'GLOBE NEWSWIRE']),
    );
    expectAllAccounted(result);
  });

  it('gives two headline-less drafts different placeholders that say what each is about', async () => {
    const lede = (topic: string) =>
      `${topic} is the subject of this long opening sentence, which runs on and on past the length a headline may have, so no headline can be proposed from it whole and the importer must say what the draft is about instead.`;
    const first = await run('one.txt', text(lede('Water for cooling')));
    const second = await run('two.txt', text(lede('Transformer lead times')));
    expect(first.plan.title).not.toBe(second.plan.title);
    expect(first.plan.title).toMatch(/^TODO: write a headline for the draft that begins "Water for cooling/);
    expect(second.plan.title.length).toBeLessThanOrEqual(110);
    expectAllAccounted(first);
  });

  it('repairs UTF-8 read as Windows-1252 or Windows-874, says so, and leaves real accents and Thai alone', async () => {
    const result = await run(
      'mojibake.txt',
      text(
        'Power deals move to Asia\n\nItâ€™s a deal that the cafÃ© owners in Osaka watched â€” closely. The Thai desk wrote โ€” too. ภาษาไทย stays as it is, and so does naïve.',
      ),
    );
    const { body } = article(result);
    expect(body).toContain('It’s a deal that the café owners in Osaka watched — closely.');
    expect(body).toContain('The Thai desk wrote — too.');
    expect(body).toContain('ภาษาไทย stays as it is, and so does naïve.');
    expect(result.draft.notes.join(' ')).toMatch(
      /UTF-8 read as windows-1252 and windows-874: repaired .*â€™ → ’/,
    );
    expectAllAccounted(result);
  });
});

describe('real drafts: numbered structure', () => {
  const text = (s: string) => new TextEncoder().encode(s);

  it('turns a numbered FAQ section into FAQ items, each with its full answer', async () => {
    const draft = [
      'Who builds the next gigawatt in Japan',
      '',
      'Three companies have put money on the table this year, and two more are close to it, people familiar with the plans said.',
      '',
      'Frequently asked questions',
      '',
      '1. Which companies are building in Japan?',
      '   Microsoft and a local cloud provider have both announced plans, each with its own sites.',
      '2. Why does power matter more than land?',
      '   Grid connections take years to approve, while land can be bought in months.',
    ].join('\n');
    const result = await run('numbered-faq.txt', text(draft));
    expect(faq(result).items.map((i) => i.question)).toEqual([
      'Which companies are building in Japan?',
      'Why does power matter more than land?',
    ]);
    expect(faq(result).items[1]!.answer).toContain('Grid connections take years to approve');
    expect(article(result).body).not.toContain('Which companies are building in Japan?');
    // The heading is written nowhere: reported as dropped, with what took its place.
    expect(result.plan.dropped).toEqual([
      {
        text: 'Frequently asked questions',
        reason: 'section label: its questions and answers are the FAQ file',
      },
    ]);
    expect(Object.keys(result.accounting.placed)).not.toContain('labels');
    expectAllAccounted(result);
  });

  it("keeps a listicle's numbered item headings as numbered ## headings, in the draft's order", async () => {
    const draft = [
      'Three things to know about the data center boom',
      '',
      'Spending on AI data centers keeps rising, and three forces explain most of it this year.',
      '',
      '1. Power comes first',
      '',
      'Without a grid connection, no site can open, whatever the money behind it.',
      '',
      '2. The players: hyperscalers and newcomers',
      '',
      'The largest cloud companies build most of the capacity, and new lenders fund the rest.',
      '',
      '3. Fifteen billion dollars and counting',
      '',
      'The announced commitments already pass that mark, by the companies own counts.',
    ].join('\n');
    const { body } = article(await run('listicle.txt', text(draft)));
    expect(body).toMatch(/^## 1\. Power comes first$/m);
    expect(body).toMatch(/^## 2\. The players: hyperscalers and newcomers$/m);
    expect(body).toMatch(/^## 3\. Fifteen billion dollars and counting$/m);
    expect(body).not.toMatch(/^1\. /m);
  });
});

describe('real drafts: tables copied from a browser', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  const lede =
    'Four markets lead the build-out of AI data centers this year, by the capacity their grid operators have approved.';

  it('reads tab-separated rows as a table with its header', async () => {
    const draft = [
      'Where the capacity is',
      '',
      lede,
      '',
      'Market\tCapacity\tStatus',
      'Texas\t350 MW\tapproved',
      'Virginia\t200 MW\tqueued',
      '',
      'Both markets expect more requests before the end of the year.',
    ].join('\n');
    const result = await run('tabs.txt', text(draft));
    const t = table(result);
    expect(t.columns.map((c) => c.label)).toEqual(['Market', 'Capacity', 'Status']);
    expect(t.rows.map((r) => Object.values(r))).toEqual([
      ['Texas', '350 MW', 'approved'],
      ['Virginia', '200 MW', 'queued'],
    ]);
    expectAllAccounted(result);
  });

  it('reads one cell per line ending in " |", rows apart by blank lines, as a table', async () => {
    const draft = [
      'Where the capacity is',
      '',
      lede,
      '',
      'Market |',
      'Capacity |',
      '',
      'Texas |',
      '350 MW |',
      '',
      'Virginia |',
      '200 MW |',
      '',
      'Both markets expect more requests before the end of the year.',
    ].join('\n');
    const result = await run('pipe-cells.txt', text(draft));
    const t = table(result);
    expect(t.columns.map((c) => c.label)).toEqual(['Market', 'Capacity']);
    expect(t.rows.map((r) => Object.values(r))).toEqual([
      ['Texas', '350 MW'],
      ['Virginia', '200 MW'],
    ]);
    expect(article(result).body).toContain('Both markets expect more requests');
    expectAllAccounted(result);
  });
});

describe('real drafts: page furniture around the headline', () => {
  it('skips a skip link, a price ticker and a reading-time line to find the headline, and lists them as dropped', async () => {
    const draft = [
      'Skip to content',
      'Loading prices…',
      'NVDA +2.1% MSFT -0.4% GOOG +0.8%',
      'Grid queues decide where the next data centers go (opens original article in a new tab)',
      'Energy · June 3, 2026 · 5 min read',
      'Developers now pick sites by how fast a utility can connect them, not by land prices or tax breaks, planners told us.',
      'Back to feed',
      'JD',
      'Conversation',
    ].join('\n');
    const result = await run('furniture.txt', new TextEncoder().encode(draft));
    expect(result.plan.title).toBe('Grid queues decide where the next data centers go');
    const dropped = result.plan.dropped.map((d) => d.text);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Skip to content',
        'Loading prices…',
        'NVDA +2.1% MSFT -0.4% GOOG +0.8%',
        'Energy · June 3, 2026 · 5 min read',
        'Back to feed',
        'JD',
        'Conversation',
      ]),
    );
    expectAllAccounted(result);
  });
});

describe('real drafts: wire copy', () => {
  it("drops a news agency's desk prefix and closing credit line with their reasons, and keeps the story", async () => {
    const draft = [
      'REFILE-UPDATE 2-Utility plans second substation for a data centre cluster',
      '',
      'By Priya Raman',
      '',
      'LONDON, Dec 4 (Gigawire) - A regional utility said on Thursday it would build a second substation to serve a cluster of data centres west of the city.',
      '',
      'The utility did not give a cost, a spokesperson said in an emailed statement.',
      '',
      '(Reporting by Priya Raman; Additional reporting by Ola Berg; Editing by Tom Hale)',
    ].join('\n');
    const result = await run('wire.txt', new TextEncoder().encode(draft));
    expect(result.plan.title).toBe('Utility plans second substation for a data centre cluster');
    expect(result.plan.dropped).toEqual(
      expect.arrayContaining([
        {
          text: '(Reporting by Priya Raman; Additional reporting by Ola Berg; Editing by Tom Hale)',
          reason: "wire credit line (the story's authors come from authors:)",
        },
        { text: 'REFILE-UPDATE 2-', reason: "a news agency's desk prefix on the headline" },
      ]),
    );
    const body = result.plan.body.filter((part) => typeof part === 'string').join('\n');
    expect(body).toContain('The utility did not give a cost');
    expect(body).not.toContain('Editing by');
    expectAllAccounted(result);
  });
});

describe('real drafts: Q and A pairs', () => {
  it('turns two or more "Q: …? / A: …" pairs into FAQ items, labels accounted as structure', async () => {
    const draft = [
      'Grid queues in Australia, explained',
      '',
      'Developers in Australia wait years for a grid connection, and the queue keeps growing, operators said this week.',
      '',
      'Q: How long is the queue?',
      'A: About two years for a large site, the operator said.',
      'Q: Who decides the order?',
      'A: The network operator, site by site, after a study of each connection.',
    ].join('\n');
    const result = await run('qa.txt', new TextEncoder().encode(draft));
    expect(faq(result).items).toEqual([
      { question: 'How long is the queue?', answer: 'About two years for a large site, the operator said.' },
      {
        question: 'Who decides the order?',
        answer: 'The network operator, site by site, after a study of each connection.',
      },
    ]);
    expect(article(result).body).not.toContain('Q:');
    expectAllAccounted(result);
    // Spelled out, as many newsrooms write them.
    const spelled = draft.replace(/^Q:/gm, 'Question:').replace(/^A:/gm, 'Answer:');
    const long = await run('qa-spelled.txt', new TextEncoder().encode(spelled));
    expect(faq(long).items.map((i) => i.question)).toEqual([
      'How long is the queue?',
      'Who decides the order?',
    ]);
    expect(long.plan.dropped.map((d) => d.text)).toEqual(['Question:', 'Answer:', 'Question:', 'Answer:']);
    expectAllAccounted(long);
  });
});

describe('real drafts: FAQ sections in HTML', () => {
  it('reads <details> and <dl> under an FAQ heading as questions with their answers', async () => {
    const html = `<html><body><h1>Grid queues in Australia, explained</h1>
<p>Developers in Australia wait years for a grid connection, and the queue keeps growing, operators said this week.</p>
<h2>Frequently asked questions</h2>
<details><summary>How long is the queue?</summary><p>About two years for a large site, the operator said.</p></details>
<dl><dt>Who decides the order?</dt><dd>The network operator, site by site.</dd><dt>Who pays for the study?</dt><dd>The developer, up front.</dd></dl>
</body></html>`;
    const result = await run('faq.html', new TextEncoder().encode(html));
    expect(faq(result).items).toEqual([
      { question: 'How long is the queue?', answer: 'About two years for a large site, the operator said.' },
      { question: 'Who decides the order?', answer: 'The network operator, site by site.' },
      { question: 'Who pays for the study?', answer: 'The developer, up front.' },
    ]);
    expectAllAccounted(result);
  });
});

/**
 * Drafts in more shapes from other newsrooms (my own words). The .docx and one .html are
 * pandoc's output (Debian's pandoc 2.17: `pandoc -f markdown -t docx press-release.txt -o
 * press-release.docx`, and likewise for blog-byline-columns to .docx and to .html with -s),
 * so the importer is tried on a real converter's files, not only on ours.
 */
describe('real drafts: the headline chooser, and what it says', () => {
  it('takes an HTML <h1> below the site name and section line, and drops those lines, the byline and the date', async () => {
    const result = await run('h1-below-furniture.html');
    expect(result.plan.title).toBe('Why transmission, not turbines, sets the pace for AI campuses');
    expect(result.plan.titleReason).toMatch(/level-1 heading/);
    const reasons = Object.fromEntries(result.plan.dropped.map((d) => [d.text, d.reason]));
    expect(reasons['Grid Ledger']).toMatch(/above the headline/);
    expect(reasons['Transmission · Analysis']).toMatch(/above the headline/);
    expect(reasons['By Maya Okafor']).toMatch(/byline/);
    expect(reasons['June 4, 2026']).toMatch(/date line/);
    // The author box at the foot: initials, name and bio, as one family.
    for (const line of [
      'MO',
      'Maya Okafor',
      'Maya covers power markets and grid policy for Grid Ledger from Chicago.',
    ])
      expect(reasons[line]).toMatch(/author box/);
    const { body } = article(result);
    expect(body).toContain('## The queue');
    expect(body).not.toMatch(/Grid Ledger$|Maya covers|By Maya/m);
    expectAllAccounted(result);
  });

  it('takes the line above a byline, past the blog name, and reads an aligned-column table with its header', async () => {
    const result = await run('blog-byline-columns.txt');
    expect(result.plan.title).toBe('Three numbers behind the Texas data center queue');
    expect(result.plan.titleReason).toBe('the line above the byline ("By Tomas Reyes")');
    expect(result.plan.dropped.map((d) => d.text)).toEqual(['By Tomas Reyes', 'June 5, 2026', 'Power Notes']);
    const columns = table(result);
    expect(columns.columns.map((c) => c.label)).toEqual(['Region', 'Requested', 'Connected']);
    expect(columns.rows.map((r) => Object.values(r))).toEqual([
      ['Dallas-Fort Worth', '18,400 MW', '2,100 MW'],
      ['Houston', '9,750 MW', '1,300 MW'],
      ['West Texas', '6,200 MW', '900 MW'],
    ]);
    expect(result.plan.keyTakeaway).toBe('Watch the substation queue, not the announcements.');
    expectAllAccounted(result);
  });

  /** The nested list both the Word and the Google Docs drafts below hold, as a story writes it. */
  const NESTED_PHASES = [
    '1. The first phase, in 2027.',
    '   - A substation of 100 MW.',
    '   - Two transmission lines.',
    '     - One of them underground.',
    '2. The second phase, in 2028.',
  ];

  it("nests Word's indented list paragraphs (mso-list level2) inside the item above", async () => {
    const item = (list: string, level: number, bullet: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:${list} level${level} lfo1'><![if !supportLists]><span>${bullet}<span>&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
    const draft = new TextEncoder().encode(
      [
        '<h1>Utility signs a grid deal for a campus</h1>',
        '<p class=MsoNormal>The utility listed the phases of the campus, the company said.</p>',
        item('l0', 1, '1.', 'The first phase, in 2027.'),
        item('l0', 2, '·', 'A substation of 100 MW.'),
        item('l0', 2, '·', 'Two transmission lines.'),
        item('l0', 3, 'o', 'One of them underground.'),
        item('l0', 1, '2.', 'The second phase, in 2028.'),
        // An item deeper than any above it has no item to sit in: it starts the list.
        '<p class=MsoNormal>And the conditions:</p>',
        item('l1', 2, '·', 'Service no earlier than 2027.'),
      ].join('\n'),
    );
    const result = await importDraft('word-nested.htm', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain(NESTED_PHASES.join('\n'));
    expect(body).toMatch(/^And the conditions:\n\n- Service no earlier than 2027\.$/m);
  });

  it("keeps a .docx draft's nested list nested and tight, as Word shows it", async () => {
    // A minimal .docx: a numbered list (w:numPr) with bullets at levels 1 and 2 inside it.
    const result = await run('word-nested-list.docx');
    expectAllAccounted(result);
    expect(article(result).body).toContain(NESTED_PHASES.join('\n'));
  });

  it("makes Google Docs' side-by-side lists (lst-kix_…-1) one list again, nested as the document shows", async () => {
    const list = (tag: string, level: number, items: string[], start = '') =>
      `<${tag} class="c4 lst-kix_abc-${level}"${start}>${items.map((i) => `<li class="c1 li-bullet-0"><span class="c2">${i}</span></li>`).join('')}</${tag}>`;
    const draft = new TextEncoder().encode(
      [
        '<p class="c3 title"><span>Utility signs a grid deal for a campus</span></p>',
        '<p class="c1"><span>The utility listed the phases of the campus, the company said.</span></p>',
        list('ol', 0, ['The first phase, in 2027.'], ' start="1"'),
        list('ul', 1, ['A substation of 100 MW.', 'Two transmission lines.']),
        list('ul', 2, ['One of them underground.']),
        list('ol', 0, ['The second phase, in 2028.', 'The third phase, in 2030.'], ' start="2"'),
        '<p class="c1"><span>The company did not say what the deal is worth.</span></p>',
      ].join('\n'),
    );
    const result = await importDraft('docs-nested.html', draft, OPTIONS);
    expectAllAccounted(result);
    const { body } = article(result);
    expect(body).toContain(
      [
        ...NESTED_PHASES,
        '3. The third phase, in 2030.',
        '',
        'The company did not say what the deal is worth.',
      ].join('\n'),
    );
  });

  it("reads Google Docs' styles: its Title is the headline, bold and italic classes are emphasis, a bold line a subhead", async () => {
    const draft = new TextEncoder().encode(
      [
        '<html><head><style type="text/css">.c1{font-weight:400;font-style:normal}.c7{color:#000000;font-weight:700;font-style:normal}.c9{font-style:italic;font-weight:400}.c11{font-weight:700;font-style:italic}</style></head><body class="doc-content">',
        '<p class="c3 title"><span class="c7">Utility signs a grid deal for a campus</span></p>',
        '<p class="c2"><span class="c1">The utility agreed to supply </span><span class="c7">300 MW </span><span class="c1">to the campus, the </span><span class="c9">Columbus Dispatch</span><span class="c1">&nbsp;reported. It is </span><span class="c11">binding</span><span class="c1">, the company said.</span></p>',
        '<p class="c2"><span class="c7">What comes next</span></p>',
        // Copied from Google Docs: inline styles, all of it inside a <b> that is not bold.
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:400">A regulator still has to </span><span style="font-weight:700">approve</span><span style="font-weight:400"> it, the company said.</span></p></b>',
        '</body></html>',
      ].join('\n'),
    );
    const result = await importDraft('docs-styles.html', draft, OPTIONS);
    expectAllAccounted(result);
    expect(result.plan.title).toBe('Utility signs a grid deal for a campus');
    const { body } = article(result);
    expect(body).toContain(
      'The utility agreed to supply **300 MW** to the campus, the _Columbus Dispatch_\u00A0reported. It is **_binding_**, the company said.',
    );
    expect(body).toMatch(/^## What comes next$/m);
    expect(body).toMatch(/^A regulator still has to \*\*approve\*\* it, the company said\.$/m);
  });

  it('reads pandoc .docx and .html of the same draft to the same headline, with the reason', async () => {
    for (const name of ['blog-byline-columns.docx', 'blog-byline-columns.html']) {
      const result = await run(name);
      expect(result.plan.title, name).toBe('Three numbers behind the Texas data center queue');
      expect(result.plan.titleReason, name).toMatch(/^the line above the byline/);
      expectAllAccounted(result);
    }
  });

  it('reads Word\'s "Save as Web Page" HTML: its lists are lists again, its conditional comments and fallback bullets go', async () => {
    const result = await run('word-web-page.htm');
    expect(result.plan.title).toBe('Utility signs 300 MW grid deal for Ohio campus');
    const { body, data } = article(result);
    expect(body).toMatch(/^- First phase: 100 MW in 2027\.\n- Second phase: 200 MW in 2028\.$/m);
    expect(body).toMatch(
      /^1\. The campus pays for the substation\.\n2\. Service starts no earlier than 2027\.$/m,
    );
    expect(body).not.toMatch(/supportLists|endif|·|&lt;!--|mso/);
    // The footnote marker stays in the body, bracketed as Word wrote it; the dek leaves it out.
    // The note is a numbered list item, as a .docx draft's notes come, without its "[1]".
    expect(body).toContain('reported on Tuesday.\\[1]');
    expect(body).toMatch(/worth\.\n\n1\. Columbus Dispatch, 1 December 2026\.$/m);
    expect(data.description).toBe(
      'The utility agreed to supply 300 MW to the campus, the Columbus Dispatch reported on Tuesday.',
    );
    expect(result.draft.notes).toEqual([
      'Left out, as no part of a story: 1 <style> element (1 line of code), the page title "Microsoft Word - draft.docx".',
    ]);
    expectAllAccounted(result);
  });

  it('drops the signature under an email\'s "-- " line, from Gmail\'s HTML and from plain text, but not a divider before more story', async () => {
    const gmail =
      '<div dir="ltr"><div>Texas utility adds 2 GW for data center campus</div><div><br></div><div>A Texas utility will add 2 GW of supply for a data center campus near Abilene, the Texas Tribune reported on Friday.</div><div><br></div><div>The first phase is due in 2027.</div><div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">Maya Okafor<br>Gigawatt | Power desk</div></div></div>';
    // Gmail again, with no blank line between the story's last line and the dash.
    const oneParagraph =
      '<div dir="ltr"><div>Texas utility adds 2 GW for data center campus</div><div><br></div><div>A Texas utility will add 2 GW of supply for a data center campus near Abilene, the Texas Tribune reported on Friday.</div><div><br></div><div>The first phase is due in 2027.<br>-- <br>Maya Okafor<br>Gigawatt | Power desk</div></div>';
    const text = [
      'Texas utility adds 2 GW for data center campus',
      '',
      'A Texas utility will add 2 GW of supply for a data center campus near Abilene, the Texas Tribune reported on Friday.',
      '',
      'The first phase is due in 2027.',
      '',
      '-- ',
      'Maya Okafor',
      'Gigawatt | Power desk',
      '',
    ].join('\n');
    for (const [name, draft] of [
      ['mail.html', gmail],
      ['one-paragraph.html', oneParagraph],
      ['mail.txt', text],
    ] as const) {
      const result = await run(name, new TextEncoder().encode(draft));
      expect(result.plan.dropped, name).toEqual(
        ['--', 'Maya Okafor', 'Gigawatt | Power desk'].map((line) => ({
          text: line,
          reason: 'email signature (below its "-- " line)',
        })),
      );
      expect(article(result).body, name).not.toMatch(/Maya|Power desk|\\?--/);
      expect(article(result).body, name).toContain('The first phase is due in 2027.');
      expectAllAccounted(result);
    }
    // A divider with a paragraph of story under it is no signature.
    const divided = text.replace(
      'Maya Okafor\nGigawatt | Power desk',
      'An update: the utility said on Saturday that the second phase would follow in 2029, a year later than planned.',
    );
    const kept = await run('divided.txt', new TextEncoder().encode(divided));
    expect(kept.plan.dropped).toEqual([]);
    expect(article(kept).body).toContain('the second phase would follow in 2029');
  });

  it('says so when the headline is the first line, and when there is none', async () => {
    expect((await run('doc-editor.txt')).plan.titleReason).toMatch(/first line/);
    expect((await run('wire-copy.txt')).plan.titleReason).toMatch(/TODO placeholder/);
  });

  it('never takes a sentence of prose above an <h1> as page furniture', async () => {
    const html =
      '<p>Utilities in three states said this week that requests from data centers now outrun the substations they can build.</p><h1>A headline further down</h1><p>More prose follows the heading here, in a full sentence.</p>';
    const result = await run('prose-first.html', new TextEncoder().encode(html));
    expect(result.plan.dropped).toEqual([]);
    expect(article(result).body).toContain('Utilities in three states said this week');
    expectAllAccounted(result);
  });
});

describe('real drafts: press releases', () => {
  it('drops the "About" section, the media contact and the end mark, each with its reason, as text and as pandoc .docx', async () => {
    for (const name of ['press-release.txt', 'press-release.docx']) {
      const result = await run(name);
      expect(result.plan.title, name).toBe('NordGrid Energy signs 600 MW supply deal for Ohio AI campus');
      const reasons = result.plan.dropped.map((d) => d.reason);
      expect(reasons, name).toContain('press-release boilerplate (the "About NordGrid Energy" section)');
      expect(reasons, name).toContain('press-release media contact');
      const { body } = article(result);
      expect(body, name).not.toMatch(/generates and sells electricity|press@|555 0100|###/);
      // (pandoc makes the quotation marks curly)
      expect(body, name).toMatch(
        /Large campuses want firm power, and they want it on a date,.{1,2} said Ilse Varga/,
      );
      expect(result.plan.outlets, name).toEqual(expect.arrayContaining(['Reuters', 'BUSINESS WIRE']));
      expectAllAccounted(result);
    }
    const text = await run('press-release.txt');
    expect(text.plan.dropped.find((d) => d.text === '###')?.reason).toBe('press-release end mark');
  });

  it('keeps an "About" section in the first half of a draft: that is the story, not boilerplate', async () => {
    const draft = [
      'What the new rules mean for data centers',
      '',
      'About Ohio',
      '',
      'Ohio regulators approved a tariff this week that makes large data centers pay for most of the grid upgrades they need, the commission said.',
      '',
      'The rule applies to new sites above 25 MW.',
      '',
      'Utilities said the change would slow the queue.',
    ].join('\n');
    const result = await run('about-early.txt', new TextEncoder().encode(draft));
    expect(article(result).body).toContain('## About Ohio');
    expect(result.plan.dropped).toEqual([]);
  });
});

describe('real drafts: another newsroom’s web story', () => {
  it('drops the time-first date line, the audio player and the author’s closing bio, each with its reason', async () => {
    const result = await run('newsroom-web-story.txt');
    expect(result.plan.title).toBe('Utilities brace for a summer of AI load');
    const reasons = Object.fromEntries(result.plan.dropped.map((d) => [d.text, d.reason]));
    expect(reasons['Updated 10:42 AM EDT, Thu June 4, 2026']).toMatch(/date line/);
    expect(reasons['Listen to this article · 4 min']).toMatch(/web page/);
    expect(reasons['Dana Whitfield covers power markets for the desk from Chicago.']).toMatch(/author's bio/);
    const { body } = article(result);
    expect(body).toContain('said Omar Haddad, who runs planning');
    expect(body.trim().endsWith('the executives said.')).toBe(true);
    expectAllAccounted(result);
  });
});
