/** Writing a file so that no reader ever sees half of it, and sharing one between folders. */
import { copyFileSync, linkSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Writes to a temporary name beside the file, then renames it into place: a process killed
 * mid-write leaves no half file under the name. The temporary name is unique per process
 * and per call. (The card cache names its own, which its clean-up reads: src/lib/og/cache.ts.)
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Links a file (or, across file systems, copies it); false when neither can be done. */
export function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') return false;
    copyFileSync(from, to);
  }
  return true;
}
