declare namespace App {
  interface Locals {
    /** On a story page: each fact's note number in its Sources list (src/layouts/Article.astro). */
    factNotes?: Map<string, number>;
    /** Rendering for a feed or email (src/lib/feeds/render.ts): components write plain email HTML. */
    feed?: boolean;
  }
}
