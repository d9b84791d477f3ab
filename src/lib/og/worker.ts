/** Worker thread: renders cards sent by the pool. Loaded by Node directly, not by Vite. */
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardInput } from './template.ts';

parentPort!.on('message', ({ id, input }: { id: number; input: CardInput }) => {
  try {
    const png = renderCard(input);
    const copy = new Uint8Array(png);
    parentPort!.postMessage({ id, png: copy }, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error).stack ?? error) });
  }
});
