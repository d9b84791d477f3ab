/** The build's own checklist (src/lib/build-manifest.ts); removed from dist/ once checked. */
import type { APIRoute } from 'astro';
import { buildManifest } from '../lib/build-manifest.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await buildManifest()));
