/**
 * Hugo beside the build benchmark: the same story bodies (every .mdx of a synthetic content
 * tree, frontmatter cut to title and date, the MDX components left as inline HTML Hugo does
 * not render), built by Debian's `hugo` with the smallest layouts that give each story a
 * page, each list a page and an RSS feed. Its full build is the yardstick the benchmark's
 * figures are divided by, measured in the same run on the same machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { FRONTMATTER } from '../../src/lib/rules.ts';
import { debianProgram } from '../lib/debian.ts';

export function hugoProgram(): string {
  return debianProgram(['/usr/bin/hugo'], 'hugo', 'The build benchmark compares with Hugo.');
}

export function hugoVersion(hugo: string): string {
  return execFileSync(hugo, ['version'], { encoding: 'utf8' }).trim();
}

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  '_default/single.html':
    '{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n',
  '_default/list.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ end }}\n',
};

/** A Hugo site of the stories in `content` (our content tree), written to `site`. */
export function writeHugoSite(content: string, site: string): number {
  rmSync(site, { recursive: true, force: true });
  const posts = join(site, 'content', 'news');
  mkdirSync(posts, { recursive: true });
  writeFileSync(
    join(site, 'hugo.toml'),
    'baseURL = "https://bench.example/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term"]\npaginate = 20\n',
  );
  for (const [path, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(site, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(site, 'layouts', path), text);
  }
  let count = 0;
  for (const name of readdirSync(join(content, 'articles')).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(content, 'articles', name), 'utf8');
    const match = text.match(FRONTMATTER);
    const data = (match ? load(match[1]!) : {}) as { title?: string; publishedAt?: Date | string };
    const date = new Date(data.publishedAt ?? '2026-01-01').toISOString();
    const body = match ? text.slice(match[0].length) : text;
    writeFileSync(
      join(posts, name.replace(/\.mdx$/, '.md')),
      `---\ntitle: ${JSON.stringify(data.title ?? name)}\ndate: ${date}\n---\n${body}`,
    );
    count++;
  }
  return count;
}

/** Hugo's full build of `site` (its output and cache cleared first), as a command for the runner. */
export function hugoBuildCommand(hugo: string, site: string): string[] {
  rmSync(join(site, 'public'), { recursive: true, force: true });
  rmSync(join(site, 'resources'), { recursive: true, force: true });
  return [hugo, '--quiet', '--source', site, '--cacheDir', join(site, '.hugo-cache'), '--ignoreCache'];
}
