/** Every image needs alt text and a file that is there. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLocalFile } from '../../../../src/lib/mdx-policy.ts';
import { COLLECTIONS } from '../../../../src/lib/rules.ts';
import { lineOf, type ArticleFile } from '../../content-files.ts';
import type { LintRule } from '../types.ts';
import { readBody } from './mdx.ts';

/**
 * What a file's first bytes say it is: a picture the image pipeline reads (JPEG, PNG, GIF,
 * WebP, AVIF, SVG), or not (a PDF, a Word file, a web page saved as .jpg).
 */
export function imageKind(file: string): string | undefined {
  const head = Buffer.alloc(64);
  const fd = openSync(file, 'r');
  const length = readSync(fd, head, 0, 64, 0);
  closeSync(fd);
  const bytes = head.subarray(0, length);
  const ascii = bytes.toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii.startsWith('\x89PNG\r\n\x1a\n')) return 'png';
  if (ascii.startsWith('GIF8')) return 'gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  if (ascii.slice(4, 8) === 'ftyp' && /avi[fs]/.test(ascii.slice(8, 12))) return 'avif';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<svg[\s>]/.test(ascii)) return 'svg';
  return undefined;
}

export const images: LintRule = {
  names: ['image-alt', 'image-missing', 'image-unreadable'],
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
      // Anything else (a URL, data:) is the MDX rule's image-remote error.
      if (src && isLocalFile(src)) {
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
        else if (!imageKind(file))
          report('image-unreadable')(
            article,
            line,
            'error',
            `image ${src} is not a picture (its bytes are not JPEG, PNG, GIF, WebP, AVIF or SVG)`,
            'Export it again as .jpg or .png from an image editor; a renamed PDF or web page will not do.',
          );
      }
    };
    for (const article of index.articles) {
      // The body's image nodes as MDX parses it: an <img> element is the MDX policy's to
      // refuse (mdx-component), and `<img …>` or `![…](…)` typed inside a component's
      // attribute is text the build escapes, not an image.
      for (const image of readBody(article.body).images)
        checkImage(article, article.bodyLine - 1 + image.line, image.src, image.alt);
      const image = article.data.image as { src?: unknown; alt?: unknown } | undefined;
      if (image)
        checkImage(article, lineOf(article.text, 'image'), String(image.src ?? ''), String(image.alt ?? ''));
    }
  },
};
