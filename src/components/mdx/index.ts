/** Components every article can use without an import. */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import Fact from './Fact.astro';
import PullQuote from './PullQuote.astro';

export const mdxComponents = { Callout, Comparison, Fact, PullQuote };
