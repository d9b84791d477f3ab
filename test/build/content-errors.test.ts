/**
 * Bad content must fail the build with the file, the field and what was expected.
 * Each case copies the fixture site, breaks one thing, and runs the real Astro pipeline.
 */
import { describe, expect, it } from 'vitest';
import { runAstro } from '../../scripts/lib/astro.ts';
import { fixtureCopy } from '../support/fixture.ts';

function article(frontmatter: Record<string, string | undefined>, body = 'Body text.'): string {
  const fields: Record<string, string | undefined> = {
    title: 'A valid fixture headline',
    description: 'A valid dek that is comfortably longer than the fifty character minimum.',
    publishedAt: '2026-05-01',
    authors: '[ada]',
    topics: '[grid]',
    sources: '[{ publisher: Fixture Wire, title: A report }]',
    ...frontmatter,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

const comparison = (rows: string) => `title: T
caption: C
columns:
  - { key: site, label: Site }
  - { key: power, label: Power }
rows:
${rows}
sources:
  - { publisher: Fixture Wire, title: A report }
`;

interface Case {
  name: string;
  file: string;
  text: string;
  /** sync validates schemas; reference checks need the pages, so a build. */
  command: 'sync' | 'build';
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'missing title',
    file: 'articles/bad.mdx',
    text: article({ title: undefined }),
    command: 'sync',
    expected: ['title', 'title is missing'],
  },
  {
    name: 'title too long',
    file: 'articles/bad.mdx',
    text: article({ title: 'x'.repeat(111) }),
    command: 'sync',
    expected: ['title', 'shorten it to 110'],
  },
  {
    name: 'dek too short',
    file: 'articles/bad.mdx',
    text: article({ description: 'Too short.' }),
    command: 'sync',
    expected: ['description', 'at least 50'],
  },
  {
    name: 'date not a date',
    file: 'articles/bad.mdx',
    text: article({ publishedAt: 'May 5' }),
    command: 'sync',
    expected: ['publishedAt', 'is not a date'],
  },
  {
    name: 'update before publication',
    file: 'articles/bad.mdx',
    text: article({ updatedAt: '2026-04-01' }),
    command: 'sync',
    expected: ['updatedAt', 'before publishedAt'],
  },
  {
    name: 'unknown region',
    file: 'articles/bad.mdx',
    text: article({ regions: '[mars]' }),
    command: 'sync',
    expected: ['regions', '"mars" is not one we use'],
  },
  {
    name: 'no sources',
    file: 'articles/bad.mdx',
    text: article({ sources: '[]' }),
    command: 'sync',
    expected: ['sources', 'at least one source'],
  },
  {
    name: 'source link not https',
    file: 'articles/bad.mdx',
    text: article({ sources: '[{ publisher: X, title: Y, url: "ftp://x.example/a" }]' }),
    command: 'sync',
    expected: ['sources', 'https://'],
  },
  {
    name: 'no authors',
    file: 'articles/bad.mdx',
    text: article({ authors: '[]' }),
    command: 'sync',
    expected: ['authors', 'at least one author'],
  },
  {
    name: 'draft not a boolean',
    file: 'articles/bad.mdx',
    text: article({ draft: 'maybe' }),
    command: 'sync',
    expected: ['draft', 'true or false'],
  },
  {
    name: 'FAQ with one question',
    file: 'faqs/bad.yaml',
    text: 'title: T\nitems:\n  - { question: "Q?", answer: A }\n',
    command: 'sync',
    expected: ['items', 'at least 2 questions'],
  },
  {
    name: 'FAQ repeats a question',
    file: 'faqs/bad.yaml',
    text: 'title: T\nitems:\n  - { question: "Q?", answer: A }\n  - { question: "q?", answer: B }\n',
    command: 'sync',
    expected: ['items.1.question', 'repeats question 1'],
  },
  {
    name: 'comparison row missing a key',
    file: 'comparisons/bad.yaml',
    text: comparison('  - { site: A, power: 1 }\n  - { site: B }\n'),
    command: 'sync',
    expected: ['rows.1.power', 'row 2 is missing key "power"'],
  },
  {
    name: 'comparison row with an extra key',
    file: 'comparisons/bad.yaml',
    text: comparison('  - { site: A, power: 1, cost: 3 }\n'),
    command: 'sync',
    expected: ['rows.0.cost', 'row 1 has key "cost"'],
  },
  {
    name: 'unknown topic',
    file: 'articles/bad.mdx',
    text: article({ topics: '[nope]' }),
    command: 'build',
    expected: ['topics[0]', '"nope" is not in content/topics/', 'grid'],
  },
  {
    name: 'unknown author',
    file: 'articles/bad.mdx',
    text: article({ authors: '[ghost]' }),
    command: 'build',
    expected: ['authors[0]', '"ghost" is not in content/authors/'],
  },
  {
    name: 'unknown FAQ set',
    file: 'articles/bad.mdx',
    text: article({ faq: 'nothing-here' }),
    command: 'build',
    expected: ['faq', '"nothing-here" is not in content/faqs/'],
  },
  {
    name: 'unknown comparison in the body',
    file: 'articles/bad.mdx',
    text: article({}, '<Comparison id="no-such-table" />'),
    command: 'build',
    expected: ['<Comparison id="no-such-table" /> has no file content/comparisons/no-such-table.yaml'],
  },
];

describe('bad content fails the build with a message a writer can act on', () => {
  it.concurrent.each(cases)('$name', async ({ file, text, command, expected }) => {
    const site = fixtureCopy({ [file]: text });
    try {
      const result = await runAstro(command, site.dir, site.work);
      expect(result.ok, result.output).toBe(false);
      if (process.env.SHOW_ERRORS) console.log(result.output);
      expect(result.output).toContain(file);
      for (const part of expected) expect(result.output).toContain(part);
    } finally {
      site.cleanup();
    }
  });

  it('the unchanged fixture syncs cleanly (so the failures above are the broken files)', async () => {
    const site = fixtureCopy();
    try {
      const result = await runAstro('sync', site.dir, site.work);
      expect(result.ok, result.output).toBe(true);
    } finally {
      site.cleanup();
    }
  });
});
