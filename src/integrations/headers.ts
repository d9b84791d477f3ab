/**
 * Sends each page's Content-Security-Policy as a real header too (where hosts read
 * `_headers`), plus `frame-ancestors`, which a <meta> policy cannot carry. The policy
 * text comes from the <meta> Astro wrote, so the two never disagree.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

export function cspHeaders(): AstroIntegration {
  return {
    name: 'gigawatt:csp-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const blocks: string[] = [];
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
          f.endsWith('.html'),
        );
        for (const file of pages.sort()) {
          const policy = readFileSync(join(root, file), 'utf8').match(META)?.[1];
          if (!policy) continue;
          const path = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
          const header = `${policy.replace(/;\s*$/, '').replace(/;\s*/g, '; ')}; frame-ancestors 'none'`;
          blocks.push(`${path}\n  Content-Security-Policy: ${header}\n`);
        }
        appendFileSync(join(root, '_headers'), `\n# Per-page Content-Security-Policy\n${blocks.join('\n')}`);
      },
    },
  };
}
