import type { CheerioAPI } from 'cheerio';

export type Node = Record<string, unknown> & { '@type'?: string | string[]; '@id'?: string };

/** Every JSON-LD block on a page, parsed; throws with the page path when one is not JSON. */
export function jsonLdBlocks($: CheerioAPI, path: string): { '@graph'?: Node[] }[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => {
      const text = $(el).text();
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(
          `${path}: JSON-LD is not valid JSON (${(error as Error).message}): ${text.slice(0, 200)}`,
        );
      }
    })
    .get();
}

export function nodes($: CheerioAPI, path: string): Node[] {
  return jsonLdBlocks($, path).flatMap((block) => block['@graph'] ?? [block as Node]);
}

export function ofType(list: Node[], type: string): Node[] {
  return list.filter((node) => [node['@type']].flat().includes(type));
}

/** Every string under a url-like key (url, @id, item, mainEntityOfPage, sameAs), anywhere in the tree. */
export function urlValues(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => urlValues(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['url', '@id', 'item', 'mainEntityOfPage', 'sameAs'].includes(key) && typeof v === 'string')
        out.push(v);
      else if (key === 'image' && (typeof v === 'string' || Array.isArray(v)))
        [v].flat().forEach((u) => out.push(String(u)));
      else urlValues(v, out);
    }
  }
  return out;
}
