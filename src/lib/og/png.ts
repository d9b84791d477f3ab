/** Just enough PNG reading to tell a whole card from a truncated, damaged or foreign file. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) return undefined;
  if (buf.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** A PNG of the expected size whose last chunk is IEND: not cut short. */
export function isCompletePng(png: Uint8Array, width: number, height: number): boolean {
  const size = pngSize(png);
  if (!size || size.width !== width || size.height !== height) return false;
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength).subarray(-12).equals(IEND);
}

/**
 * The same check on a file, reading only its first 33 and last 12 bytes: the build checks
 * every card it wrote or copied (11,000 at 10,000 stories), and needs no more to do it.
 */
export function isCompletePngFile(file: string, width: number, height: number): boolean {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < 33 + IEND.length) return false;
    const head = Buffer.alloc(33);
    const tail = Buffer.alloc(IEND.length);
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return isCompletePng(Buffer.concat([head, tail]), width, height);
  } finally {
    closeSync(fd);
  }
}

/**
 * Every chunk's CRC matches its bytes: PNG stores a CRC-32 per chunk, so a file damaged in
 * the middle (start and end intact) is caught without a checksum of our own.
 */
export function chunksIntact(png: Uint8Array): boolean {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const end = at + 8 + length;
    if (end + 4 > buf.length) return false;
    if (crc32(buf.subarray(at + 4, end)) !== buf.readUInt32BE(end)) return false;
    if (buf.toString('latin1', at + 4, at + 8) === 'IEND') return end + 4 === buf.length;
    at = end + 4;
  }
  return false;
}
