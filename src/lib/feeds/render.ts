/** Renders a feed template (an Astro component) to an HTML string, outside any page. */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

let container: Promise<AstroContainer> | undefined;

export async function renderFeedComponent(component: AstroComponentFactory, props: Record<string, unknown>) {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  return (await container).renderToString(component, { props, locals: { feed: true } });
}
