/**
 * Writes a PNG's physical resolution (its `pHYs` chunk), so a word processor places a 300 dpi
 * figure at its printed size instead of at 96 pixels per inch (a 16 cm figure would come in at
 * 50 cm). A canvas's `toBlob` writes no resolution, so the chunk is added after `IHDR`, replacing
 * any `pHYs` already there.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const METRES_PER_INCH = 0.0254;

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG (and zip) compute it over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  start: number;
  end: number;
}

function chunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`The PNG is cut short inside its ${type} chunk.`);
    found.push({ type, start: at, end });
    if (type === 'IEND') return found;
    at = end;
  }
  throw new Error('The PNG is cut short: it has no IEND chunk.');
}

/** Dots per inch to the PNG's pixels per metre, as the format stores it. */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / METRES_PER_INCH);
}

export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (!SIGNATURE.every((byte, index) => png[index] === byte)) throw new Error('Not a PNG: its signature is missing.');
  const all = chunks(png);
  const header = all[0];
  if (header?.type !== 'IHDR') throw new Error('Not a PNG: IHDR is not the first chunk.');

  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, pixelsPerMetre(dpi));
  view.setUint32(12, pixelsPerMetre(dpi));
  chunk[16] = 1; // the unit is the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));

  const kept = all.filter((each) => each.type !== 'pHYs');
  const parts: Uint8Array[] = [png.subarray(0, header.end), chunk, ...kept.slice(1).map((each) => png.subarray(each.start, each.end))];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
