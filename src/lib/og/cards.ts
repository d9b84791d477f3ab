/**
 * Which social cards the site has, and what each one shows. One card per article,
 * comparison, topic, author and company, plus the section pages (tracker and facts ledger
 * among them) and the site default.
 */
import { expandFacts } from '../facts.ts';
import { amountsByCompany, getDealRows, getLedger } from '../ledger.ts';
import {
  getArticlesByCompany,
  getCompanies,
  getFacts,
  getAllAuthors,
  getAllTopics,
  getArticlesByAuthor,
  getArticlesByTopic,
  getComparisons,
} from '../content.ts';
import { count } from '../format.ts';
import { getStories, type Story } from '../story.ts';
import { urls, type CardKind } from '../urls.ts';
import { PAGE_TEXTS } from '../site-plan.ts';
import { site } from '../../site.config.ts';
import { articleCardInput } from './article-card.ts';
import { startCards, type CardSet } from './batch.ts';
import { CARDS_STARTING, offerBuildCards } from './place.ts';
import { undrawable, undrawableMessage, UNDRAWABLE_FIX } from './fonts.ts';
import type { CardInput } from './template.ts';

/** The section pages' cards: their text is the page's own (the site plan's PAGE_TEXTS). */
export const PAGE_CARDS = {
  default: { title: site.name, description: site.description },
  faq: PAGE_TEXTS.faq,
  topics: PAGE_TEXTS.topics,
  compare: PAGE_TEXTS.compare,
} as const;
export type PageCard = keyof typeof PAGE_CARDS;

/** One card: which page it belongs to and what it shows. */
export interface Card {
  kind: CardKind;
  id: string;
  input: CardInput;
}

/** The name a card goes by in the batch and the cache log: "<kind>/<id>". */
export const cardName = (kind: CardKind, id: string) => `${kind}/${id}`;

const stories = (n: number) => count(n, 'story', 'stories');

const articleCard = (story: Story): CardInput =>
  articleCardInput(
    story,
    story.authors.map((a) => a.data.name),
    story.topics.map((t) => t.data.name),
  );

async function listCards(): Promise<Card[]> {
  const cards: Card[] = [];
  // Rendered even when the article has its own image: feeds attach the card.
  for (const story of await getStories())
    cards.push({ kind: 'article', id: story.id, input: articleCard(story) });
  const facts = await getFacts();
  for (const comparison of await getComparisons()) {
    const { title, columns, rows } = comparison.data;
    cards.push({
      kind: 'comparison',
      id: comparison.id,
      input: {
        kind: 'comparison',
        title,
        columns: columns.map((c) => c.label),
        rows: rows.map((row) => columns.map((c) => expandFacts(String(row[c.key] ?? ''), facts))),
      },
    });
  }
  for (const topic of await getAllTopics()) {
    cards.push({
      kind: 'topic',
      id: topic.id,
      input: {
        kind: 'topic',
        title: topic.data.name,
        description: topic.data.description,
        count: stories((await getArticlesByTopic(topic.id)).length),
      },
    });
  }
  for (const author of await getAllAuthors()) {
    cards.push({
      kind: 'author',
      id: author.id,
      input: {
        kind: 'author',
        title: author.data.name,
        description: author.data.bio,
        role: author.data.role,
        count: stories((await getArticlesByAuthor(author.id)).length),
      },
    });
  }
  for (const company of await getCompanies()) {
    cards.push({
      kind: 'company',
      id: company.id,
      input: {
        kind: 'topic',
        title: company.data.name,
        description: company.data.description,
        count: stories((await getArticlesByCompany(company.id)).length),
      },
    });
  }
  // The tracker's card leads with its headline figure: the largest amount committed.
  const deals = await getDealRows();
  const [largest] = amountsByCompany(deals);
  cards.push({
    kind: 'page',
    id: 'tracker',
    input: {
      kind: 'topic',
      title: PAGE_TEXTS.tracker.title,
      description: `${deals.length} deals: investments, leases, funding rounds and hiring, each with its sources.`,
      count: largest ? `${largest.text} committed by ${largest.label}` : `${deals.length} deals`,
    },
  });
  const ledger = await getLedger();
  const flagged = ledger.filter((entry) => entry.explanation).length;
  cards.push({
    kind: 'page',
    id: 'facts',
    input: {
      kind: 'topic',
      title: PAGE_TEXTS.facts.title,
      description: PAGE_TEXTS.facts.description,
      count: `${ledger.length} figures, ${flagged} with other values in circulation`,
    },
  });
  for (const [id, { title, description }] of Object.entries(PAGE_CARDS))
    cards.push({ kind: 'page', id, input: { kind: 'page', title, description } });
  return cards;
}

/**
 * A warning for each card with text the card fonts cannot draw (Latin only today: CJK,
 * emoji and right-to-left text are left off the card), naming the page.
 */
function warnUndrawable(cards: Card[]): Card[] {
  for (const { kind, id, input } of cards) {
    const text = Object.values(input)
      .flat()
      .filter((v): v is string => typeof v === 'string')
      .join(' ');
    const missing = undrawable(text);
    if (missing.length) {
      console.warn(`[social cards] warning: ${kind}/${id}: ${undrawableMessage(missing)}. ${UNDRAWABLE_FIX}`);
    }
  }
  return cards;
}

let listed: Promise<Card[]> | undefined;

/** Every card the site needs, worked out once per build. */
export function allCards(): Promise<Card[]> {
  listed ??= listCards().then(warnUndrawable);
  return listed;
}

let started: Promise<CardSet> | undefined;

/**
 * The build's cards, started once: the cards route calls it from getStaticPaths, so the
 * cards the cache lacks render on worker threads while Astro renders pages. They are
 * offered to the integration that puts them into the built site (src/lib/og/place.ts).
 */
export function startCardRendering(): Promise<CardSet> {
  if (started) return started;
  started = allCards().then((cards) => {
    // npm run build's head start stops here (scripts/build.ts); what it finished is cached.
    if (process.send && process.connected) process.send(CARDS_STARTING);
    const begun = performance.now();
    const set = startCards(new Map(cards.map((card) => [cardName(card.kind, card.id), card.input])));
    set.done.then(
      ({ rendered, fromCache }) =>
        console.log(
          `\nsocial cards: ${rendered} rendered, ${fromCache} from cache in ${Math.round(performance.now() - begun)} ms`,
        ),
      () => {},
    );
    return set;
  });
  const offered = Promise.all([allCards(), started]).then(([cards, set]) => ({
    cards: cards.map(({ kind, id }) => ({ name: cardName(kind, id), path: urls.card(kind, id) })),
    set,
  }));
  offered.catch(() => {}); // its failure reaches the build where the cards are placed
  offerBuildCards(offered);
  return started;
}

/** One card's PNG. */
export async function cardPng(kind: CardKind, id: string): Promise<Buffer> {
  return (await startCardRendering()).png(cardName(kind, id));
}
