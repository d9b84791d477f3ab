/**
 * Every feed the site offers, with what it carries: the one list behind the topic and
 * author feed routes, /feeds/, /feeds.opml and the <head> links.
 */
import {
  getAllAuthors,
  getAllTopics,
  getArticlesByAuthor,
  getArticlesByTopic,
  type Article,
  getArticlesByCompany,
  getCompanies,
  type Author,
  type Company,
  type Topic,
} from '../content.ts';
import { urls } from '../urls.ts';
import { site } from '../../site.config.ts';

export interface Feed {
  title: string;
  /** What a reader gets by following it. */
  description: string;
  path: string;
  /** The page the feed belongs to. */
  page: string;
  type: 'rss' | 'json';
  /** For topic and author feeds: whose feed it is, and the stories it carries. */
  id?: string;
  stories?: () => Promise<Article[]>;
}

/** A feed as a page's <head> and footer link it. */
export interface FeedLink {
  title: string;
  href: string;
}

/** The feeds a topic or author page offers, and a story offers for its topics and authors. */
export const feedLinks = {
  topic: (topic: Topic): FeedLink => ({ title: `${topic.data.name} (RSS)`, href: urls.topicFeed(topic.id) }),
  author: (author: Author): FeedLink => ({
    title: `Stories by ${author.data.name} (RSS)`,
    href: urls.authorFeed(author.id),
  }),
  company: (company: Company): FeedLink => ({
    title: `${company.data.name} (RSS)`,
    href: urls.companyFeed(company.id),
  }),
  digest: (): FeedLink => ({ title: `${site.name} weekly digest (RSS)`, href: urls.digestFeed() }),
  corrections: (): FeedLink => ({ title: `${site.name}: corrections (RSS)`, href: urls.correctionsFeed() }),
};

export async function siteFeeds(): Promise<{
  main: Feed[];
  topics: Feed[];
  authors: Feed[];
  companies: Feed[];
}> {
  const [topics, authors, companies] = await Promise.all([getAllTopics(), getAllAuthors(), getCompanies()]);
  return {
    main: [
      {
        title: site.name,
        description: 'Every story in full, newest first: for feed readers and RSS-to-email services.',
        path: urls.rss(),
        page: urls.home(),
        type: 'rss',
      },
      {
        title: `${site.name} (JSON Feed)`,
        description: 'The same stories as the RSS feed, as JSON Feed 1.1.',
        path: urls.jsonFeed(),
        page: urls.home(),
        type: 'json',
      },
      {
        title: `${site.name} weekly digest`,
        description:
          "One item a week, when the week ends: the week's stories with their key takeaways, and its corrections. Made for RSS-to-email services.",
        path: urls.digestFeed(),
        page: urls.digest(),
        type: 'rss',
      },
      {
        title: `${site.name}: corrections`,
        description: 'Every correction we make, newest first.',
        path: urls.correctionsFeed(),
        page: urls.corrections(),
        type: 'rss',
      },
    ],
    topics: topics.map((topic) => ({
      id: topic.id,
      title: `${site.name}: ${topic.data.name}`,
      description: topic.data.description,
      path: urls.topicFeed(topic.id),
      page: urls.topic(topic.id),
      type: 'rss' as const,
      stories: () => getArticlesByTopic(topic.id),
    })),
    authors: authors.map((author) => ({
      id: author.id,
      title: `${site.name}: stories by ${author.data.name}`,
      description: `Every story by ${author.data.name}, ${author.data.role}.`,
      path: urls.authorFeed(author.id),
      page: urls.author(author.id),
      type: 'rss' as const,
      stories: () => getArticlesByAuthor(author.id),
    })),
    companies: companies.map((company) => ({
      id: company.id,
      title: `${site.name}: ${company.data.name}`,
      description: `Every story about ${company.data.name}: ${company.data.description}`,
      path: urls.companyFeed(company.id),
      page: urls.company(company.id),
      type: 'rss' as const,
      stories: () => getArticlesByCompany(company.id),
    })),
  };
}

/** The feeds in the groups /feeds/ and the OPML file show them in. */
export async function feedGroups(): Promise<[heading: string, feeds: Feed[]][]> {
  const { main, topics, authors, companies } = await siteFeeds();
  return [
    ['The whole site', main],
    ['One topic', topics],
    ['One reporter', authors],
    ['One company', companies],
  ];
}
