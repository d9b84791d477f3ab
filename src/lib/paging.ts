/** Paged story lists: one list per topic or author, site.pageSize stories a page. */
import type { PaginateFunction } from 'astro';
import { site } from '../site.config.ts';
import type { Article } from './content.ts';

/**
 * getStaticPaths for /<section>/<id>/, /<section>/<id>/2/ …: each entry's stories paged,
 * with the entry passed to the page as `entry`.
 */
export async function pagedPerEntry<Entry extends { id: string }>(
  paginate: PaginateFunction,
  entries: Entry[],
  storiesOf: (entry: Entry) => Promise<Article[]>,
) {
  const pages = await Promise.all(
    entries.map(async (entry) =>
      paginate(await storiesOf(entry), {
        params: { id: entry.id },
        props: { entry },
        pageSize: site.pageSize,
      }),
    ),
  );
  return pages.flat();
}
