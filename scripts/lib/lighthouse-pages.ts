/**
 * The pages Lighthouse checks (test/browser/lighthouse.test.ts) and benchmarks
 * (scripts/bench/lighthouse.ts), with the budgets that hold whatever the machine's load:
 * bytes transferred and requests on a first visit, and what may block the first paint.
 */
interface LighthousePage {
  path: string;
  maxBytes: number;
  maxRequests: number;
  /** Paths allowed to block the first paint. */
  mayBlock: string[];
  /** Cumulative layout shift allowed. */
  maxShift: number;
}

export const LIGHTHOUSE_PAGES: Record<string, LighthousePage> = {
  home: { path: '/', maxBytes: 120 * 1024, maxRequests: 8, mayBlock: [], maxShift: 0 },
  article: {
    path: '/news/why-australia-ai-compute/',
    maxBytes: 120 * 1024,
    maxRequests: 8,
    mayBlock: [],
    maxShift: 0,
  },
  // The one page with JavaScript: pagefind's UI, its stylesheet and index chunks.
  search: {
    path: '/search/?q=grid',
    maxBytes: 320 * 1024,
    maxRequests: 32,
    mayBlock: ['/pagefind/pagefind-component-ui.css'],
    // Results arrive after the page: a placeholder of their shape keeps this near 0, but
    // when they land depends on the machine, so the bound is Google's "good" line.
    maxShift: 0.1,
  },
};
