/**
 * Runs `astro sync` or `astro build` of the real project code against another content
 * tree, in a root of its own (a copy of src/, public/ and the config; Vite's compile
 * cache does not follow symlinked sources), so builds running side by side never share
 * Astro's .astro/ working folder.
 * Usage: node scripts/lib/astro-cli.ts <sync|build|dev> <contentDir> <workDir> [port | --outDir <dir>]
 */
import { build, dev, sync } from 'astro';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './root.ts';

const [command, contentDir, workDir] = process.argv.slice(2);
if (!['sync', 'build', 'dev'].includes(command ?? '') || !contentDir || !workDir) {
  console.error('usage: node scripts/lib/astro-cli.ts <sync|build|dev> <contentDir> <workDir> [port]');
  process.exit(2);
}
process.env.CONTENT_DIR = resolve(contentDir);

const root = join(resolve(workDir), 'root');
mkdirSync(root, { recursive: true });
for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  // GIGAWATT_SRC (tests): build another copy of src/, to change a component's code.
  const from = name === 'src' && process.env.GIGAWATT_SRC ? process.env.GIGAWATT_SRC : join(ROOT, name);
  cpSync(from, join(root, name), { recursive: true });
}
if (!existsSync(join(root, 'node_modules')))
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));

// Run from the root: a static build keeps its prerender chunks in <outDir>/.prerender only
// when outDir is inside the working directory, and falls back to <cwd>/.astro/ otherwise,
// which builds running side by side from the project folder would share (and clobber).
process.chdir(root);
// cacheDir too: the default lives in node_modules/, which this root shares. Vite's own cache
// (the dependency optimizer's node_modules/.vite/) likewise: two builds side by side would
// each empty it for the other ("ENOTEMPTY … .vite/deps").
// The search index's kept files likewise (src/lib/search-bundle.ts), unless the caller says.
process.env.GIGAWATT_SEARCH_CACHE ??= join(root, '.cache', 'search');
const inline = {
  root,
  cacheDir: join(root, '.cache'),
  vite: { cacheDir: join(root, '.vite') },
  logLevel: 'info' as const,
};
if (command === 'dev') {
  // The dev server on loopback only; the port is the fourth argument (tests pick a free one).
  const server = await dev({
    ...inline,
    server: { host: '127.0.0.1', port: Number(process.argv[5] ?? 4321) },
    // node_modules is a symlink to the project's: let the dev server serve files from there.
    vite: { ...inline.vite, server: { fs: { allow: [root, ROOT] } } },
  });
  console.log(`dev server ready at http://127.0.0.1:${server.address.port}/`);
} else if (command === 'sync') await sync(inline);
else {
  // --outDir, as `astro build` takes it (npm run build:preview), relative to the root.
  const given = process.argv.indexOf('--outDir');
  await build(given > 0 ? { ...inline, outDir: join(root, process.argv[given + 1]!) } : inline);
}
