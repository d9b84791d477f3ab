/**
 * The site plan on in-memory entries: no Astro run, no files. What is published and held
 * back, each reference problem, anchors, and the input digests of routes.
 */
import { describe, expect, it } from 'vitest';
import { planSite, type PlanEntry, type PlanInput, type StoryData } from '../../src/lib/site-plan.ts';

const NOW = new Date('2026-06-10T00:00:00Z');

const entry = <Data>(id: string, data: Data, digest = `d-${id}`): PlanEntry<Data> => ({
  id,
  data,
  digest,
  filePath: `content/x/${id}`,
});

const story = (id: string, over: Partial<StoryData> = {}, digest?: string) =>
  entry<StoryData>(
    id,
    {
      title: `Story ${id}`,
      description: `The dek of ${id}, long enough to read as a dek.`,
      publishedAt: new Date('2026-06-01T00:00:00Z'),
      draft: false,
      authors: ['ada'],
      topics: ['grid'],
      companies: [],
      corrections: [],
      updates: [],
      body: 'Text.',
      ...over,
    },
    digest,
  );

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    now: NOW,
    stories: [
      story('one', { body: '## First part\n\nText <Fact id="f1" />.\n\n<Comparison id="t1" />', faq: 'q1' }),
      story('two', { publishedAt: new Date('2026-06-02T00:00:00Z'), authors: ['bo'] }),
      story('draft', { draft: true, body: '<Comparison id="t-draft" />', faq: 'q-draft' }),
      story('later', { publishedAt: new Date('2026-07-01T00:00:00Z') }),
    ],
    authors: [entry('ada', { name: 'Ada', bio: 'Writes.' }), entry('bo', { name: 'Bo', bio: 'Edits.' })],
    topics: [entry('grid', { name: 'Grid', description: 'The grid.' })],
    faqs: [
      entry('q1', {
        title: 'Q',
        items: [{ question: 'Why the grid?', answer: 'Because <Fact id="f2" />.' }],
      }),
      entry('q-draft', { title: 'TODO', items: [{ question: 'Secret?', answer: 'Yes.' }] }),
    ],
    comparisons: [
      entry('t1', { title: 'T1', caption: 'A table.', cells: ['a', '<Fact id="f3" />'] }),
      entry('t-draft', { title: 'TODO caption', caption: 'TODO', cells: ['x'] }),
      entry('t-orphan', { title: 'Orphan', caption: 'Nobody embeds it.', cells: ['y'] }),
    ],
    facts: ['f1', 'f2', 'f3', 'f-deal', 'f-unused'].map((id) => entry(id, { entity: 'co', label: id })),
    companies: [entry('co', { name: 'Co', description: 'A company.' })],
    deals: [
      entry('deal-live', { company: 'co', amount: 'f-deal', stories: ['one'] }),
      entry('deal-secret', { company: 'co', stories: ['draft'] }),
    ],
    pages: [],
    settings: {
      name: 'Site',
      description: 'A site.',
      pageSize: 20,
      frontPages: 5,
      feedSize: 50,
      timeZone: 'UTC',
    },
    codeVersion: 'code-1',
    ...over,
  };
}

describe('published and held back', () => {
  const plan = planSite(input());
  it('publishes stories that are neither drafts nor scheduled, newest first', () => {
    expect(plan.stories.map((s) => s.id)).toEqual(['two', 'one']);
    expect(plan.heldBackStories.map((h) => [h.entry.id, h.reason])).toEqual([
      ['later', 'scheduled'],
      ['draft', 'draft'],
    ]);
    expect(plan.nextChange).toEqual({
      at: new Date('2026-07-01T00:00:00Z'),
      what: 'later is scheduled to publish',
    });
  });
  it('holds back what only drafts (or nobody) use: tables, FAQ sets, facts, deals', () => {
    expect([...plan.published.comparisons]).toEqual(['t1']);
    expect([...plan.published.faqs]).toEqual(['q1']);
    expect([...plan.published.facts].sort()).toEqual(['f-deal', 'f1', 'f2', 'f3']);
    expect([...plan.published.deals]).toEqual(['deal-live']);
    expect(plan.heldBack).toEqual(
      expect.arrayContaining([
        { collection: 'comparisons', id: 't-draft', reason: 'unused' },
        { collection: 'comparisons', id: 't-orphan', reason: 'unused' },
        { collection: 'faqs', id: 'q-draft', reason: 'unused' },
        { collection: 'facts', id: 'f-unused', reason: 'unused' },
        { collection: 'deals', id: 'deal-secret', reason: 'unused' },
      ]),
    );
  });
  it('has no route for anything held back', () => {
    const paths = plan.routes.map((r) => r.path);
    expect(paths).toContain('/news/one/');
    expect(paths).toContain('/compare/t1/');
    for (const secret of ['/news/draft/', '/news/later/', '/compare/t-draft/', '/compare/t-orphan/'])
      expect(paths).not.toContain(secret);
    expect(paths.some((p) => p.includes('draft') || p.includes('later'))).toBe(false);
  });
  it('indexes published stories by topic, author, table and fact', () => {
    expect(plan.by.topic.get('grid')).toEqual(['two', 'one']);
    expect(plan.by.author.get('bo')).toEqual(['two']);
    expect(plan.by.comparison.get('t1')).toEqual(['one']);
    expect(plan.by.comparison.get('t-draft')).toBeUndefined();
    expect(plan.by.fact.get('f3')).toEqual(['one']);
  });
});

describe('the next change', () => {
  it('is the earliest of a scheduled story, a story leaving the news sitemap and a digest week ending', () => {
    const fresh = story('fresh', { publishedAt: new Date('2026-06-09T08:00:00Z') });
    const withFresh = planSite(input({ stories: [...input().stories, fresh] }));
    expect(withFresh.nextChange).toEqual({
      at: new Date('2026-06-11T08:00:00Z'),
      what: 'fresh leaves the news sitemap',
    });
    // Two days later: the week that started on Monday June 8 ends on Monday June 15.
    const later = planSite(
      input({ now: new Date('2026-06-12T00:00:00Z'), stories: [...input().stories, fresh] }),
    );
    expect(later.nextChange?.at).toEqual(new Date('2026-06-15T00:00:00Z'));
    expect(later.nextChange?.what).toMatch(/weekly digest/);
  });

  it('is the end of a week whose only news is a correction to an old story', () => {
    // NOW is Wednesday June 10; the stories are from June 1, out of the news sitemap.
    const corrected = story('corrected', {
      publishedAt: new Date('2026-01-05T00:00:00Z'),
      corrections: [{ date: new Date('2026-06-09T00:00:00Z') }],
    });
    const plain = planSite(input());
    expect(plain.nextChange?.what ?? '').not.toMatch(/2026-06-15/);
    const plan = planSite(input({ stories: [...input().stories, corrected] }));
    expect(plan.nextChange).toEqual({
      at: new Date('2026-06-15T00:00:00Z'),
      what: 'the weekly digest for the week ending 2026-06-15T00:00:00.000Z is published',
    });
  });

  it('the preview build places held-back stories like published ones', () => {
    const plan = planSite(input({ includeHeldBack: true }));
    expect(plan.stories.map((s) => s.id)).toEqual(['later', 'two', 'draft', 'one']);
    expect(plan.route('/news/draft/')).toBeDefined();
    expect(plan.heldBackStories.map((h) => h.entry.id)).toEqual(['later', 'draft']);
  });
});

describe('the news sitemap', () => {
  it('has a route only while a story is at most two days old', () => {
    const fresh = input({ now: new Date('2026-06-03T00:00:00Z') });
    expect(planSite(fresh).newsStories.map((s) => s.id)).toEqual(['two', 'one']);
    expect(planSite(fresh).route('/news-sitemap.xml')).toBeDefined();
    expect(planSite(input()).newsStories).toEqual([]);
    expect(planSite(input()).route('/news-sitemap.xml')).toBeUndefined();
  });
});

describe('reference problems', () => {
  it('names each broken reference with its field; a draft’s are warnings', () => {
    const plan = planSite(
      input({
        stories: [
          story('bad', {
            authors: ['nobody'],
            topics: ['grid', 'nope'],
            faq: 'no-faq',
            body: '<Fact id="no-fact" />',
          }),
          story('draft', { draft: true, authors: ['ghost'] }),
        ],
        deals: [entry('deal', { company: 'no-co', stories: ['missing'] })],
      }),
    );
    const found = plan.problems.map((p) => [p.id, p.path.join('.'), p.severity, p.message]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['bad', 'authors.0', 'error', 'authors[0]: "nobody" is not in content/authors/'],
        ['bad', 'topics.1', 'error', 'topics[1]: "nope" is not in content/topics/'],
        ['bad', 'faq', 'error', 'faq: "no-faq" is not in content/faqs/'],
        ['bad', '<Fact>', 'error', '<Fact id="no-fact" /> has no file content/facts/no-fact.yaml'],
        ['draft', 'authors.0', 'warning', 'authors[0]: "ghost" is not in content/authors/'],
        ['deal', 'company', 'error', 'company: "no-co" is not in content/companies/'],
        ['deal', 'stories.0', 'error', 'stories[0]: "missing" is not a story in content/articles/'],
      ]),
    );
    expect(plan.problems.every((p) => p.fix.startsWith('Use one of:'))).toBe(true);
  });
});

describe('anchors', () => {
  const plan = planSite(input());
  it("lists a story page's ids: headings, tables, FAQ questions, sources and figure notes", () => {
    expect(plan.route('/news/one/')!.anchors).toEqual([
      'first-part',
      'table-t1',
      'faq',
      'why-the-grid',
      'sources',
      'figures',
      'fact-f1',
      'fact-f3',
      'fact-f2',
      'related-title',
    ]);
  });
  it('puts each FAQ set on the hub under the first topic of its newest story', () => {
    expect(plan.route('/faq/')!.anchors).toEqual(['topic-grid', 'set-q1', 'q1-why-the-grid']);
  });
  it('knows a held-back story’s ids too (its own links are checked)', () => {
    expect(plan.storyAnchors.get('draft')).toEqual(['table-t-draft', 'faq', 'secret', 'sources']);
  });
});

describe('input digests', () => {
  const digests = (plan: ReturnType<typeof planSite>) => new Map(plan.routes.map((r) => [r.path, r.digest]));
  const before = digests(planSite(input()));
  const changed = (over: Partial<PlanInput>) => {
    const after = digests(planSite(input(over)));
    return [...after].filter(([path, digest]) => before.get(path) !== digest).map(([path]) => path);
  };

  it('an edit to an author changes every page that shows that author, and no other', () => {
    const authors = [
      entry('ada', { name: 'Ada', bio: 'Writes.' }),
      entry('bo', { name: 'Bo L.', bio: 'Edits.' }, 'd-bo-2'),
    ];
    const pages = changed({ authors });
    // Bo's story, its twin and card; Bo's page, feed and card; the lists that show Bo's byline;
    // the other story, whose "related" list shows Bo's story.
    expect(pages).toEqual(
      expect.arrayContaining([
        '/news/two/',
        '/news/two.md',
        '/authors/bo/',
        '/authors/bo/rss.xml',
        '/',
        '/topics/grid/',
      ]),
    );
    expect(pages).not.toContain('/authors/ada/');
    expect(pages).not.toContain('/compare/t1/');
    expect(pages).not.toContain('/og/article/one.png');
    expect(pages).not.toContain('/og/author/ada.png');
  });
  it('an edit to a table changes the stories that embed it and its own page, no other story', () => {
    const comparisons = input().comparisons.map((t) => (t.id === 't1' ? { ...t, digest: 'd-t1-2' } : t));
    const pages = changed({ comparisons });
    expect(pages).toEqual(expect.arrayContaining(['/news/one/', '/compare/t1/', '/og/comparison/t1.png']));
    expect(pages).not.toContain('/news/two/');
  });
  it("an edit to a fact changes the feeds that carry a story showing it, within the feed's newest", () => {
    const facts = input().facts.map((f) => (f.id === 'f1' ? { ...f, digest: 'd-f1-2' } : f));
    const pages = changed({ facts });
    expect(pages).toEqual(
      expect.arrayContaining(['/news/one/', '/topics/grid/rss.xml', '/authors/ada/rss.xml']),
    );
    expect(pages).not.toContain('/authors/bo/rss.xml');
    // A feed of one item carries only the newest story ("two"), which shows no f1.
    const settings = { ...input().settings, feedSize: 1 };
    const short = digests(planSite(input({ settings })));
    const shortAfter = digests(planSite(input({ settings, facts })));
    expect(shortAfter.get('/topics/grid/rss.xml')).toBe(short.get('/topics/grid/rss.xml'));
    expect(shortAfter.get('/authors/ada/rss.xml')).not.toBe(short.get('/authors/ada/rss.xml'));
  });
  it("a feed with no story yet changes with any story (it is dated by the site's newest change)", () => {
    const stories = input().stories.map((s) => (s.id === 'two' ? { ...s, digest: 'd-two-2' } : s));
    expect(changed({ stories })).toContain('/companies/co/rss.xml');
  });
  it('a site setting or the code changes every route', () => {
    expect(changed({ codeVersion: 'code-2' })).toHaveLength(before.size);
    const settings = { ...input().settings, name: 'Other' };
    expect(changed({ settings })).toHaveLength(before.size);
  });
  it('nothing changed, nothing changes', () => {
    expect(changed({})).toEqual([]);
  });
});
