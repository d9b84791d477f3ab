/** Components every article can use without an import. */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import Fact from './Fact.astro';
import PullQuote from './PullQuote.astro';
import StoryImage from './StoryImage.astro';

/** `img` is how MDX renders a Markdown image: through astro:assets, in AVIF and WebP. */
export const mdxComponents = { Callout, Comparison, Fact, PullQuote, img: StoryImage };
