/** Every image needs alt text and a file that is there. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS } from '../../../../src/lib/rules.ts';
import { lineOf, type ArticleFile } from '../../content-files.ts';
import type { LintRule } from '../types.ts';

export const images: LintRule = {
  names: ['image-alt', 'image-missing'],
  check(index, report) {
    const checkImage = (article: ArticleFile, line: number, src: string, alt: string) => {
      if (!alt.trim())
        report('image-alt')(
          article,
          line,
          'error',
          `image ${src} has no alt text`,
          'Describe what the image shows for readers who cannot see it.',
        );
      if (src && !/^https?:/.test(src)) {
        const file = src.startsWith('/')
          ? join('public', src)
          : join(dirname(join(index.dir, COLLECTIONS.articles.folder, `${article.id}.mdx`)), src);
        if (!existsSync(file))
          report('image-missing')(
            article,
            line,
            'error',
            `image ${src} is not at ${file}`,
            'Put the file there, or fix the path.',
          );
      }
    };
    for (const article of index.articles) {
      for (const { text, line } of index.bodyLines(article)) {
        for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)/g))
          checkImage(article, line, match[2]!, match[1]!);
        for (const match of text.matchAll(/<img\b[^>]*>/g)) {
          const alt = match[0].match(/\balt=["']([^"']*)["']/)?.[1];
          checkImage(article, line, match[0].match(/\bsrc=["']([^"']+)["']/)?.[1] ?? '', alt ?? '');
        }
      }
      const image = article.data.image as { src?: unknown; alt?: unknown } | undefined;
      if (image)
        checkImage(article, lineOf(article.text, 'image'), String(image.src ?? ''), String(image.alt ?? ''));
    }
  },
};
