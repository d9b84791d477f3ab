import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';

export interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dc:creator': string | string[];
  category: string | string[];
  enclosure: { '@_url': string; '@_length': string; '@_type': string };
  'media:content': { '@_url': string };
  'atom:updated'?: string;
}

/** Parses an RSS file after checking it is well-formed XML; fails with the parser's message. */
export function readRss(file: string) {
  const xml = readFileSync(file, 'utf8');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === 'item' || name === 'atom:link',
  }).parse(xml);
  return parsed.rss.channel as Record<string, unknown> & { item?: RssItem[] };
}

export const guidOf = (item: RssItem) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']);
