/** Just enough PNG reading to tell a whole card from a truncated or foreign file. */
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
