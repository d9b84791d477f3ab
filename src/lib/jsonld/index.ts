/**
 * Structured data (schema.org JSON-LD), one builder per page kind. Every page's graph
 * holds the site's Organization and WebSite, and its own nodes point at them by @id.
 */
import type {
  BreadcrumbList,
  CollectionPage,
  Dataset,
  FAQPage,
  Graph,
  NewsArticle,
  Organization,
  Person,
  ProfilePage,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import type { Article, Author, Company, Comparison } from '../content.ts';
import type { FaqItem } from '../faq.ts';
import type { Story } from '../story.ts';
import { urls } from '../urls.ts';
import { site } from '../../site.config.ts';

/** Absolute URLs against the configured site. */
export class JsonLd {
  constructor(private readonly origin: URL | string) {}

  url(path: string): string {
    return new URL(path, this.origin).href;
  }

  get organizationId() {
    return `${this.url(urls.home())}#organization`;
  }

  get websiteId() {
    return `${this.url(urls.home())}#website`;
  }

  personId(author: Author) {
    return `${this.url(urls.author(author.id))}#person`;
  }

  graph(...nodes: Thing[]): Graph {
    return { '@context': 'https://schema.org', '@graph': [this.organization(), this.website(), ...nodes] };
  }

  organization(): Organization {
    return {
      '@type': 'NewsMediaOrganization',
      '@id': this.organizationId,
      name: site.name,
      url: this.url(urls.home()),
      description: site.description,
      logo: {
        '@type': 'ImageObject',
        url: this.url(urls.logo()),
        width: '512',
        height: '512',
      },
    };
  }

  website(): WebSite {
    return {
      '@type': 'WebSite',
      '@id': this.websiteId,
      name: site.name,
      url: this.url(urls.home()),
      description: site.description,
      inLanguage: site.lang,
      publisher: { '@id': this.organizationId },
    };
  }

  person(author: Author): Person {
    return {
      '@type': 'Person',
      '@id': this.personId(author),
      name: author.data.name,
      url: this.url(urls.author(author.id)),
      jobTitle: author.data.role,
      description: author.data.bio,
      ...(author.data.url ? { sameAs: author.data.url } : {}),
      worksFor: { '@id': this.organizationId },
    };
  }

  /** Home > … crumbs: pairs of [name, path]. The home crumb is added here. */
  breadcrumbs(path: string, crumbs: [name: string, path: string][]): BreadcrumbList {
    return {
      '@type': 'BreadcrumbList',
      '@id': `${this.url(path)}#breadcrumbs`,
      itemListElement: [['Home', urls.home()] as [string, string], ...crumbs].map(
        ([name, itemPath], index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name,
          item: this.url(itemPath),
        }),
      ),
    };
  }

  /** An article page: the story, its breadcrumbs (home > first topic > story) and its FAQ. */
  articlePage(story: Story): Graph {
    const [topic] = story.topics;
    return this.graph(
      this.newsArticle(story),
      this.breadcrumbs(story.path, [
        ...(topic ? [[topic.data.name, urls.topic(topic.id)] as [string, string]] : []),
        [story.title, story.path],
      ]),
      ...(story.faq ? [this.faqPage(story.path, story.faq.set.data.title, story.faq.items)] : []),
    );
  }

  newsArticle(story: Story): NewsArticle {
    const { path, title, description, publishedAt, modifiedAt, sources, topics } = story;
    return {
      '@type': 'NewsArticle',
      '@id': `${this.url(path)}#article`,
      headline: title,
      description,
      datePublished: publishedAt.toISOString(),
      dateModified: modifiedAt.toISOString(),
      author: story.authors.map((author) => this.person(author)),
      publisher: { '@id': this.organizationId },
      image: [story.shareImage.url, ...story.crops].map((url) => this.url(url)),
      mainEntityOfPage: this.url(path),
      url: this.url(path),
      inLanguage: site.lang,
      articleSection: topics[0]?.data.name,
      keywords: topics.map((topic) => topic.data.name),
      isPartOf: { '@id': this.websiteId },
      // The story is about its first company and mentions the rest (company pages' Organizations).
      ...(story.companies.length
        ? {
            about: [{ '@id': this.companyId(story.companies[0]!.id) }],
            ...(story.companies.length > 1
              ? { mentions: story.companies.slice(1).map((c) => ({ '@id': this.companyId(c.id) })) }
              : {}),
          }
        : {}),
      ...(story.corrections.length
        ? {
            correction: story.corrections.map((note) => ({
              '@type': 'CorrectionComment' as const,
              text: note.text,
              datePublished: note.date.toISOString(),
            })),
          }
        : {}),
      citation: sources.map((source) => ({
        '@type': 'CreativeWork',
        name: source.title,
        publisher: { '@type': 'Organization', name: source.publisher },
        ...(source.url ? { url: source.url } : {}),
        ...(source.date ? { datePublished: source.date.toISOString().slice(0, 10) } : {}),
      })),
    };
  }

  /** FAQPage: `text` is the same HTML the page shows under each question. */
  faqPage(path: string, name: string, items: (FaqItem & { url?: string })[]): FAQPage {
    return {
      '@type': 'FAQPage',
      '@id': `${this.url(path)}#faq`,
      name,
      url: this.url(path),
      isPartOf: { '@id': this.websiteId },
      mainEntity: items.map((item) => ({
        '@type': 'Question',
        name: item.question,
        url: this.url(item.url ?? `${path}#${item.id}`),
        acceptedAnswer: { '@type': 'Answer', text: item.answerHtml },
      })),
    };
  }

  profilePage(author: Author): ProfilePage {
    const path = urls.author(author.id);
    return {
      '@type': 'ProfilePage',
      '@id': `${this.url(path)}#page`,
      url: this.url(path),
      name: author.data.name,
      isPartOf: { '@id': this.websiteId },
      mainEntity: this.person(author),
    };
  }

  collectionPage(path: string, name: string, description: string, articles: Article[]): CollectionPage {
    return {
      ...this.pageFields(path, name, description),
      '@type': 'CollectionPage',
      hasPart: articles.map((article) => ({
        '@type': 'NewsArticle',
        '@id': `${this.url(urls.article(article.id))}#article`,
        headline: article.data.title,
        url: this.url(urls.article(article.id)),
      })),
    };
  }

  dataset(comparison: Comparison): Dataset {
    const path = urls.comparison(comparison.id);
    const { title, caption, columns, sources } = comparison.data;
    return {
      '@type': 'Dataset',
      '@id': `${this.url(path)}#dataset`,
      name: title,
      description: caption,
      url: this.url(path),
      creator: { '@id': this.organizationId },
      variableMeasured: columns.map((column) => column.label),
      isBasedOn: sources.map((source) => ({
        '@type': 'CreativeWork',
        name: source.title,
        publisher: { '@type': 'Organization', name: source.publisher },
        ...(source.url ? { url: source.url } : {}),
      })),
    };
  }

  companyId(id: string): string {
    return `${this.url(urls.company(id))}#organization`;
  }

  /** A company page's subject: linked from NewsArticle about/mentions by @id. */
  company(company: Company): Organization {
    return {
      '@type': 'Organization',
      '@id': this.companyId(company.id),
      name: company.data.name,
      description: company.data.description,
      ...(company.data.aliases.length ? { alternateName: company.data.aliases } : {}),
      ...(company.data.url ? { sameAs: company.data.url } : {}),
      url: this.url(urls.company(company.id)),
    };
  }

  /** The tracker and the facts ledger: Datasets with a DataDownload for each file. */
  ledgerDataset(
    path: string,
    name: string,
    description: string,
    files: { path: string; format: 'text/csv' | 'application/json' }[],
  ): Dataset {
    return {
      '@type': 'Dataset',
      '@id': `${this.url(path)}#dataset`,
      name,
      description,
      url: this.url(path),
      creator: { '@id': this.organizationId },
      isAccessibleForFree: true,
      inLanguage: site.lang,
      distribution: files.map((file) => ({
        '@type': 'DataDownload',
        contentUrl: this.url(file.path),
        encodingFormat: file.format,
      })),
    };
  }

  webPage(path: string, name: string, description: string): WebPage {
    return { ...this.pageFields(path, name, description), '@type': 'WebPage' };
  }

  /** What every page node says: its id and URL, name, description and site. */
  private pageFields(path: string, name: string, description: string) {
    return {
      '@id': `${this.url(path)}#page`,
      url: this.url(path),
      name,
      description,
      isPartOf: { '@id': this.websiteId },
    };
  }
}
