/** Paged story lists: one list per topic or author, site.pageSize stories a page. */
import type { PaginateFunction } from 'astro';
import { site } from '../site.config.ts';
import { cacheKeyOf, type Article } from './content.ts';

/**
 * getStaticPaths for /<section>/<id>/, /<section>/<id>/2/ …: each entry's stories paged,
 * with the entry passed to the page as `entry`. Given `pathOf` (the section's URL), each
 * page carries the site plan's digest of what it shows as its cacheKey: only for sections
 * whose plan routes list everything their pages show (test/build/shared-inputs.test.ts).
 */
export async function pagedPerEntry<Entry extends { id: string }>(
  paginate: PaginateFunction,
  entries: Entry[],
  storiesOf: (entry: Entry) => Promise<Article[]>,
  { pathOf }: { pathOf?: (id: string, page: number) => string } = {},
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
  if (!pathOf) return pages.flat();
  return Promise.all(
    pages.flat().map(async (path) => {
      const key = await cacheKeyOf(pathOf(path.props.entry.id, path.props.page.currentPage));
      if (!key) throw new Error(`the site plan has no route for a page of ${path.props.entry.id}`);
      return { ...path, cacheKey: key };
    }),
  );
}
