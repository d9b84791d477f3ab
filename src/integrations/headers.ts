/**
 * Security headers that scale to any number of pages. Each page carries its own strict
 * Content-Security-Policy in a <meta> (Astro hashes the scripts and styles it emits, so the
 * policy differs per page). The one thing a <meta> policy cannot say is frame-ancestors,
 * so `_headers` gets a single site-wide block for it, instead of one block per page.
 *
 * Why not one rule per page: hosts cap the file. Cloudflare Pages reads at most 100 rules
 * from `_headers` and 2,000 characters per line (developers.cloudflare.com/pages/
 * configuration/headers/); a per-page policy was ~1.5 KB a rule and 94 rules at 89 pages,
 * 10,000+ at newsroom scale. A site-wide union of every page's hashes would pass 2,000
 * characters. Netlify documents no rule cap for `_headers`.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_WIDE_CSP = "frame-ancestors 'none'";

export function cspHeaders(): AstroIntegration {
  return {
    name: 'gigawatt:csp-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (readFileSync(file, 'utf8').includes(SITE_WIDE_CSP)) return;
        // A second policy only adds restrictions: the header forbids framing, each page's
        // <meta> policy says what the page may load and run.
        appendFileSync(
          file,
          `\n# Every page: no framing (a <meta> policy cannot say this; each page's <meta> has the rest).\n/*\n  Content-Security-Policy: ${SITE_WIDE_CSP}\n`,
        );
      },
    },
  };
}
