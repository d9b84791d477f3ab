/**
 * /search/?q=grid: put the query from the URL (the header's plain form) into pagefind's
 * input and run it, and keep the URL in step as the reader types, so results can be shared;
 * show a hint with somewhere to go when nothing matches.
 */
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';

/** What pagefind's Component UI script (loaded before this one) puts on window. */
interface PagefindComponents {
  getInstanceManager(): {
    getInstance(name: string): { options: { mergeIndex: { bundlePath: string }[] } };
  };
}

/**
 * A large archive's index is in shards (src/lib/search-shards.ts): the search page names
 * the bundles after the first, and they are merged into pagefind's instance here, before it
 * loads (it loads on the first search or focus, after this runs).
 */
function mergeShards() {
  const bundles = document.querySelector('pagefind-config')?.getAttribute('data-merge-bundles');
  const components = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!bundles || !components) return;
  components.getInstanceManager().getInstance('default').options.mergeIndex = bundles
    .split(' ')
    .map((bundlePath) => ({ bundlePath }));
}

mergeShards();

function input(): HTMLInputElement | null {
  return document.querySelector('pagefind-input input');
}

function prefill(attempt = 0) {
  const field = input();
  if (!field) {
    // The custom element renders its <input> after it upgrades.
    if (attempt < 50) setTimeout(() => prefill(attempt + 1), 50);
    return;
  }
  if (query) {
    field.value = query;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  field.addEventListener('input', () => {
    const url = new URL(location.href);
    if (field.value.trim()) url.searchParams.set('q', field.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

prefill();

/** pagefind says "No results for …"; we add where to go next. */
function watchForEmptyResults() {
  const summary = document.querySelector('pagefind-summary');
  const hint = document.getElementById('search-empty-hint');
  if (!summary || !hint) return;
  new MutationObserver(() => {
    hint.hidden = !/^No results/i.test(summary.textContent?.trim() ?? '');
  }).observe(summary, { childList: true, subtree: true, characterData: true });
}

watchForEmptyResults();

/** The part of a result pagefind's Component UI keeps until it loads (pagefind 1.5). */
interface PendingResult {
  result: unknown;
  loading: boolean;
  observer: IntersectionObserver | null;
  placeholderNodes?: Node[];
}

/**
 * Pagefind's Component UI loads a result when its observer reports the placeholder in view,
 * reading only the first entry of each batch: a placeholder reported out, then in, in one
 * batch (the results around it loading) stays a skeleton for good, in plain view (seen on
 * /search/?q=grid, three times in four; upstream, Pagefind/pagefind#625). Observed again,
 * the observer reports where it is now. Done each time the results change, a moment after.
 */
function watchForStuckResults() {
  const list = document.querySelector('pagefind-results') as (Element & { results?: PendingResult[] }) | null;
  if (!list) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reobserve = () => {
    for (const pending of list.results ?? []) {
      const node = pending.placeholderNodes?.[0];
      if (pending.result !== null || pending.loading || !pending.observer || !(node instanceof Element))
        continue;
      pending.observer.unobserve(node);
      pending.observer.observe(node);
    }
  };
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(reobserve, 200);
  }).observe(list, { childList: true, subtree: true });
}

watchForStuckResults();
