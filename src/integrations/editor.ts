/**
 * The browser editor (Keystatic, local mode) at /keystatic, under `npm run dev` only: a build
 * never loads React, Keystatic or these routes, so nothing of the editor reaches dist/ and
 * the site's CSP is unchanged. Keystatic's own integration looks for keystatic.config.* at
 * the project root; ours lives in src/editor/ and takes the content folder's name, so this
 * integration resolves `virtual:keystatic-config` itself and injects Keystatic's routes.
 */
import type { AstroIntegration } from 'astro';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/rules.ts';

const CONFIG_ID = 'virtual:keystatic-config';

export function browserEditor(): AstroIntegration {
  return {
    name: 'gigawatt:browser-editor',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, injectRoute }) => {
        if (command !== 'dev') return;
        const { default: react } = await import('@astrojs/react');
        const configModule = fileURLToPath(new URL('../editor/keystatic.config.ts', import.meta.url));
        const folder = basename(resolve(contentDir()));
        updateConfig({
          integrations: [react()],
          vite: {
            plugins: [
              {
                name: 'gigawatt:keystatic-config',
                enforce: 'pre',
                resolveId: (id) => (id === CONFIG_ID ? `\0${CONFIG_ID}` : undefined),
                load: (id) =>
                  id === `\0${CONFIG_ID}`
                    ? `import { editorConfig } from ${JSON.stringify(configModule)};\nexport default editorConfig(${JSON.stringify(folder)});\n`
                    : undefined,
              },
            ],
            optimizeDeps: { include: ['@keystatic/astro/ui', '@keystatic/core/ui', '@keystatic/core'] },
          },
        });
        injectRoute({
          entrypoint: '@keystatic/astro/internal/keystatic-astro-page.astro',
          pattern: '/keystatic/[...params]',
          prerender: false,
        });
        injectRoute({
          entrypoint: fileURLToPath(new URL('../editor/api.ts', import.meta.url)),
          pattern: '/api/keystatic/[...params]',
          prerender: false,
        });
      },
      // Keystatic's UI asks for /api/keystatic/tree and /keystatic/collection/x without the
      // trailing slash the site's routes require (trailingSlash: 'always'): add it, ahead of
      // Astro's own check (which Astro puts first in the stack once the server is set up).
      'astro:server:setup': ({ server }) => {
        server.httpServer?.once('listening', () =>
          server.middlewares.stack.unshift({
            route: '',
            handle: (req: { url?: string }, _res: unknown, next: () => void) => {
              const [path = '', query] = (req.url ?? '').split(/\?(.*)/s, 2);
              if (/^\/(api\/)?keystatic(\/|$)/.test(path) && !path.endsWith('/'))
                req.url = `${path}/${query ? `?${query}` : ''}`;
              next();
            },
          }),
        );
      },
    },
  };
}
