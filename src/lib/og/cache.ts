/**
 * Content-addressed card cache: the key hashes the card's inputs, the template version
 * and the font bytes, so unchanged cards are never rendered twice. Lives under
 * node_modules/.cache/ and survives between builds; a damaged file (truncated, or any chunk
 * whose stored CRC does not match) is re-rendered.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardFonts } from './fonts.ts';
import { chunksIntact, isCompletePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, TEMPLATE_VERSION, type CardInput } from './template.ts';

/** Where cards are kept between builds; GIGAWATT_CARD_CACHE moves it (benchmarks start cold). */
export const CACHE_DIR =
  process.env.GIGAWATT_CARD_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'gigawatt-cards');

export function cardKey(input: CardInput, template = TEMPLATE_VERSION, fontHash = cardFonts().hash): string {
  return createHash('sha256')
    .update(JSON.stringify({ input, template, fontHash }))
    .digest('hex')
    .slice(0, 32);
}

export function readCached(key: string, dir = CACHE_DIR): Buffer | undefined {
  try {
    const png = readFileSync(join(dir, `${key}.png`));
    return isCompletePng(png, CARD_WIDTH, CARD_HEIGHT) && chunksIntact(png) ? png : undefined;
  } catch {
    return undefined;
  }
}

/** Write to a temporary name, then rename: a build killed mid-write leaves no half card. */
export function writeCached(key: string, png: Uint8Array, dir = CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(tmp, png);
  renameSync(tmp, join(dir, `${key}.png`));
}

/** Is a process with this id still running (and so maybe still writing its .tmp file)? */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes .tmp files that a killed build left behind. Returns how many. */
export function cleanTemporaryFiles(dir = CACHE_DIR): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(name.match(/^[0-9a-f]+\.(\d+)\.[a-z0-9]*\.tmp$/)?.[1]);
    if (pid && (pid === process.pid || !running(pid))) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
