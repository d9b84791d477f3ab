/**
 * Makes article HTML safe and self-contained for feeds and email: no scripts, styles,
 * classes or event handlers, and every href/src absolute. sanitize-html does the
 * parsing and allow-listing; we only say what stays.
 */
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p',
  'div',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'cite',
  'code',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
  'br',
  'hr',
  'sup',
  'sub',
];

export function feedHtml(html: string, baseUrl: string): string {
  const absolute = (url: string) => new URL(url, baseUrl).href;
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'data-heading-link'],
      img: ['src', 'alt', 'width', 'height', 'style'],
      // Inline styles the feed templates write for email (a callout's border, a quote's rule).
      div: ['style'],
      blockquote: ['style'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      table: ['border', 'cellpadding', 'cellspacing'],
    },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowedStyles: {
      '*': {
        margin: [/^[\d\s.pxem]+$/],
        padding: [/^[\d\s.pxem]+$/],
        border: [/^\d+px solid #[0-9a-f]{3,6}$/i],
        'border-left': [/^\d+px solid #[0-9a-f]{3,6}$/i],
        'max-width': [/^100%$/],
        height: [/^auto$/],
      },
    },
    // The "#" self-links beside headings mean nothing in an email. The filter only sees
    // allowed attributes, so the transform marks them and the filter drops them.
    exclusiveFilter: (frame) => frame.tag === 'a' && 'data-heading-link' in frame.attribs,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...(attribs.href ? { href: absolute(attribs.href) } : {}),
          ...(/\bheading-link\b/.test(attribs.class ?? '') ? { 'data-heading-link': '' } : {}),
        },
      }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolute(attribs.src ?? '') } }),
      // Ruled cells so a table reads as a table in a mail client with no stylesheet.
      table: (tagName) => ({ tagName, attribs: { border: '1', cellpadding: '6', cellspacing: '0' } }),
    },
  }).trim();
}
