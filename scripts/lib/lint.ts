/**
 * Content checks beyond the schema: what a copy desk would catch. Each finding names the
 * file, the line, the rule and the fix. Pure: reads the content tree, returns findings.
 */
import GithubSlugger from 'github-slugger';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugify } from '../../src/lib/format.ts';
import {
  contentDir,
  lineOf,
  listFiles,
  PLACEHOLDER,
  readArticle,
  readYaml,
  type ArticleFile,
  type ContentFile,
} from './content-files.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line: number;
  severity: Severity;
  rule: string;
  message: string;
  fix: string;
}

/** Pages that exist whatever the content. */
const STATIC_PATHS = ['/', '/topics/', '/compare/', '/faq/', '/about/', '/search/', '/rss.xml', '/feed.json'];
const FIXED_IDS = ['main', 'sources', 'faq', 'key-takeaway'];

/** "$12 billion", "1 GW", "300 MW", "13 roles", "40%", "£225,000": numbers a reader will want sourced. */
const FIGURE =
  /([$€£¥]\s?\d[\d,.]*(\s?(billion|million|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(GW|MW|kW|TWh|GWh|MWh|gigawatts?|megawatts?|billion|million|trillion|percent|per cent|%)|\b\d[\d,]*\s+(roles|jobs|data cent(er|re)s|sites|employees|engineers)\b)/i;

const toDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
};

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Heading ids as Astro makes them (github-slugger), plus FAQ and fixed section ids. */
function anchorsOf(article: ArticleFile, faqs: Map<string, Record<string, unknown>>): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set(FIXED_IDS);
  for (const match of article.body.matchAll(/^#{1,6}\s+(.+)$/gm)) ids.add(slugger.slug(match[1]!.trim()));
  const faq = faqs.get(String(article.data.faq ?? ''));
  for (const item of asArray(faq?.items))
    ids.add(slugify(String((item as { question?: unknown }).question ?? '')));
  return ids;
}

function bodyLines(article: ArticleFile): { text: string; line: number }[] {
  return article.body.split('\n').map((text, i) => ({ text, line: article.bodyLine + i }));
}

export function lintContent(dir = contentDir(), now = new Date()): Finding[] {
  const findings: Finding[] = [];
  const add = (
    file: ContentFile | string,
    line: number,
    severity: Severity,
    rule: string,
    message: string,
    fix: string,
  ) =>
    findings.push({ file: typeof file === 'string' ? file : file.path, line, severity, rule, message, fix });

  const files = {
    articles: listFiles('articles', dir),
    faqs: listFiles('faqs', dir),
    comparisons: listFiles('comparisons', dir),
    authors: listFiles('authors', dir),
    topics: listFiles('topics', dir),
  };
  const articles = files.articles.map(readArticle);
  const faqData = new Map(files.faqs.map((f) => [f.id, readYaml(f)]));
  const known = {
    authors: new Set(files.authors.map((f) => f.id)),
    topics: new Set(files.topics.map((f) => f.id)),
    faqs: new Set(files.faqs.map((f) => f.id)),
    comparisons: new Set(files.comparisons.map((f) => f.id)),
  };
  const published = articles.filter((a) => a.data.draft !== true);
  const anchors = new Map(published.map((a) => [a.id, anchorsOf(a, faqData)]));

  // The same id twice: content/faqs/x.yaml and x.yml, or articles/x.md and x.mdx.
  for (const [collection, list] of Object.entries(files)) {
    const seen = new Map<string, string>();
    for (const file of list) {
      const first = seen.get(file.id);
      if (first) {
        add(
          file,
          1,
          'error',
          collection === 'articles' ? 'duplicate-slug' : 'duplicate-id',
          `"${file.id}" is also ${first}`,
          'Rename one of the two files: the file name is the id and the URL.',
        );
      } else seen.set(file.id, file.path);
    }
  }

  // Astro loads only .mdx from content/articles/: a .md file would vanish silently.
  for (const file of files.articles.filter((f) => f.path.endsWith('.md'))) {
    add(
      file,
      1,
      'error',
      'not-mdx',
      'articles must be .mdx files; this one would not be published',
      `Rename it to ${file.id}.mdx.`,
    );
  }

  const titles = new Map<string, string>();
  const faqUsers = new Map<string, string[]>();
  const usedComparisons = new Set<string>();

  for (const article of articles) {
    const { data } = article;
    const isDraft = data.draft === true;
    const line = (key: string) => lineOf(article.text, key);

    const title = String(data.title ?? '')
      .trim()
      .toLowerCase();
    if (title) {
      const other = titles.get(title);
      if (other)
        add(
          article,
          line('title'),
          'error',
          'duplicate-title',
          `the headline is the same as ${other}'s`,
          'Give each story its own headline.',
        );
      else titles.set(title, article.path);
    }

    const published = toDate(data.publishedAt);
    const updated = toDate(data.updatedAt);
    if (published && updated && updated < published) {
      add(
        article,
        line('updatedAt'),
        'error',
        'updated-before-published',
        'updatedAt is before publishedAt',
        'An update comes after publication: fix one of the two dates.',
      );
    }
    if (published && !isDraft && published > now) {
      add(
        article,
        line('publishedAt'),
        'warning',
        'future-date',
        `publishedAt is ${published.toISOString().slice(0, 10)}, in the future`,
        'It will not appear on the site until then; set today to publish now.',
      );
    }

    // References to other content.
    for (const [key, collection] of [
      ['authors', 'authors'],
      ['topics', 'topics'],
      ['faq', 'faqs'],
    ] as const) {
      for (const id of asArray(data[key]).map(String)) {
        if (!known[collection].has(id) && !id.startsWith(PLACEHOLDER)) {
          add(
            article,
            line(key),
            'error',
            'unknown-reference',
            `${key}: "${id}" is not in content/${collection}/`,
            `Use one of: ${[...known[collection]].join(', ') || '(none yet)'}.`,
          );
        }
      }
    }
    if (data.faq) faqUsers.set(String(data.faq), [...(faqUsers.get(String(data.faq)) ?? []), article.path]);

    // Placeholders left by `npm run new` or `npm run import`.
    const placeholderLines = article.text
      .split('\n')
      .flatMap((text, i) => (text.includes(PLACEHOLDER) ? [i + 1] : []));
    if (placeholderLines.length) {
      add(
        article,
        placeholderLines[0]!,
        isDraft ? 'warning' : 'error',
        'placeholder',
        `${placeholderLines.length} ${PLACEHOLDER} placeholder(s) left (lines ${placeholderLines.join(', ')})`,
        isDraft
          ? 'Fill them in before you set draft: false.'
          : 'Fill them in, or set draft: true until the story is ready.',
      );
    }

    // Figures need sources.
    const realSources = asArray(data.sources).filter((s) => {
      const source = s as { publisher?: unknown };
      return source.publisher && !String(source.publisher).includes(PLACEHOLDER);
    });
    if (realSources.length === 0) {
      const figure = bodyLines(article).find(({ text }) => !text.startsWith('#') && FIGURE.test(text));
      if (figure) {
        // An error once the story is meant to publish; on a draft, a reminder.
        add(
          article,
          figure.line,
          isDraft ? 'warning' : 'error',
          'figure-without-source',
          `"${figure.text.match(FIGURE)![0]}" is a figure, but the story lists no sources`,
          'Add the outlet that reported it under sources: (publisher and title).',
        );
      }
    }

    for (const { text, line: at } of bodyLines(article)) {
      // Embedded tables.
      for (const match of text.matchAll(/<Comparison\s[^>]*?\bid=["']([^"']+)["']/g)) {
        usedComparisons.add(match[1]!);
        if (!known.comparisons.has(match[1]!)) {
          add(
            article,
            at,
            'error',
            'unknown-reference',
            `<Comparison id="${match[1]}"> has no file content/comparisons/${match[1]}.yaml`,
            `Use one of: ${[...known.comparisons].join(', ')}.`,
          );
        }
      }
      // Internal links and anchors.
      const links = [
        ...text.matchAll(/\]\(([^)\s]+)[^)]*\)/g),
        ...text.matchAll(/href=["']([^"']+)["']/g),
      ].map((m) => m[1]!);
      for (const link of links) {
        if (!link.startsWith('/') && !link.startsWith('#')) continue;
        const [path = '', anchor] = link.split('#');
        const target = path === '' ? article.id : path.match(/^\/news\/([^/]+)\/?$/)?.[1];
        const exists =
          path === '' ||
          STATIC_PATHS.includes(path) ||
          (target !== undefined && anchors.has(target)) ||
          [
            ['/topics/', 'topics'],
            ['/authors/', 'authors'],
            ['/compare/', 'comparisons'],
          ].some(
            ([prefix, collection]) =>
              path.startsWith(prefix!) &&
              known[collection as 'topics'].has(path.slice(prefix!.length).replace(/\/.*$/, '')),
          ) ||
          (path.startsWith('/topics/') && path.endsWith('/rss.xml'));
        if (!exists) {
          add(
            article,
            at,
            'error',
            'internal-link',
            `${link} points to no page`,
            'Check the address: stories are /news/<file name>/, topics /topics/<id>/.',
          );
        } else if (anchor && target !== undefined) {
          const ids = target === article.id ? anchorsOf(article, faqData) : anchors.get(target);
          if (ids && !ids.has(anchor)) {
            add(
              article,
              at,
              'error',
              'internal-link',
              `${link}: no heading or question with id "${anchor}"`,
              `Link to one of: ${[...ids].join(', ')}.`,
            );
          }
        }
      }
      // Images: alt text and the file.
      for (const match of [...text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)/g)]) {
        checkImage(article, at, match[2]!, match[1]!);
      }
      for (const match of text.matchAll(/<img\b[^>]*>/g)) {
        const alt = match[0].match(/\balt=["']([^"']*)["']/)?.[1];
        checkImage(article, at, match[0].match(/\bsrc=["']([^"']+)["']/)?.[1] ?? '', alt ?? '');
      }
    }
    const image = data.image as { src?: unknown; alt?: unknown } | undefined;
    if (image) checkImage(article, line('image'), String(image.src ?? ''), String(image.alt ?? ''));
  }

  function checkImage(article: ArticleFile, line: number, src: string, alt: string) {
    if (!alt.trim())
      add(
        article,
        line,
        'error',
        'image-alt',
        `image ${src} has no alt text`,
        'Describe what the image shows for readers who cannot see it.',
      );
    if (src && !/^https?:/.test(src)) {
      const file = src.startsWith('/')
        ? join('public', src)
        : join(dirname(join(dir, 'articles', `${article.id}.mdx`)), src);
      if (!existsSync(file))
        add(
          article,
          line,
          'error',
          'image-missing',
          `image ${src} is not at ${file}`,
          'Put the file there, or fix the path.',
        );
    }
  }

  /** A TODO in an FAQ set or table: an error once a published story shows it. */
  function yamlPlaceholders(file: ContentFile, shownOnSite: boolean) {
    const line = file.text.split('\n').findIndex((l) => l.includes(PLACEHOLDER)) + 1;
    if (line > 0) {
      add(
        file,
        line,
        shownOnSite ? 'error' : 'warning',
        'placeholder',
        `${PLACEHOLDER} placeholder(s) left`,
        'Fill them in.',
      );
    }
  }

  for (const [id, users] of faqUsers) {
    if (users.length > 1) {
      add(
        users[1]!,
        lineOf(articles.find((a) => a.path === users[1])!.text, 'faq'),
        'error',
        'faq-used-twice',
        `FAQ set "${id}" is also used by ${users[0]}`,
        'Give each story its own FAQ set: the FAQ hub links each question back to one story.',
      );
    }
  }
  for (const file of files.faqs) {
    if (!faqUsers.has(file.id))
      add(
        file,
        1,
        'warning',
        'unused-faq',
        `no article uses FAQ set "${file.id}"`,
        'Add faq: ' + file.id + ' to an article, or delete the file.',
      );
    yamlPlaceholders(
      file,
      published.some((a) => a.data.faq === file.id),
    );
  }
  for (const file of files.comparisons) {
    if (!usedComparisons.has(file.id))
      add(
        file,
        1,
        'warning',
        'unused-comparison',
        `no article embeds table "${file.id}"`,
        `Add <Comparison id="${file.id}" /> to an article, or delete the file.`,
      );
    yamlPlaceholders(
      file,
      published.some((a) => a.body.includes(`id="${file.id}"`)),
    );
  }

  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatFindings(findings: Finding[]): string {
  const lines = findings.map((f) => `${f.file}:${f.line}: ${f.severity} ${f.rule}: ${f.message}. ${f.fix}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push(`${errors} error(s), ${findings.length - errors} warning(s)`);
  return lines.join('\n');
}
