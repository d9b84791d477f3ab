import type { APIRoute } from 'astro';
import { feedEntries } from '../lib/feeds/items.ts';
import { rssResponse } from '../lib/feeds/rss.ts';
import { urls } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) =>
  rssResponse({
    site: context.site!,
    title: site.name,
    description: site.description,
    selfPath: urls.rss(),
    linkPath: urls.home(),
    entries: await feedEntries(context.site!),
  });
