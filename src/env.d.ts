declare namespace App {
  interface Locals {
    /** On a story page: each fact's note number in its Sources list (src/layouts/Article.astro). */
    factNotes?: Map<string, number>;
  }
}
