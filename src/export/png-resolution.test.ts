import { describe, expect, test } from 'vitest';
import { crc32, pixelsPerMetre, withPngResolution } from './png-resolution';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: readonly number[]): number[] {
  const body = [...type].map((char) => char.charCodeAt(0)).concat(data);
  const crc = crc32(Uint8Array.from(body));
  return [...u32(data.length), ...body, ...u32(crc)];
}

/** A 1 × 1 PNG, chunk by chunk: IHDR, (optional extra chunks), IDAT, IEND. */
function tinyPng(extra: number[][] = []): Uint8Array {
  const header = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
  // zlib stream of one filter byte and four RGBA bytes (stored block).
  const idat = [0x78, 0x01, 0x01, 0x05, 0x00, 0xfa, 0xff, 0x00, 0xff, 0x00, 0x00, 0xff, 0x03, 0xfe, 0x01, 0xff];
  return Uint8Array.from([...SIGNATURE, ...chunk('IHDR', header), ...extra.flat(), ...chunk('IDAT', idat), ...chunk('IEND', [])]);
}

interface ReadChunk {
  type: string;
  data: number[];
  crc: number;
}

/** Reads chunks the way an image reader does, independently of the writer. */
function readChunks(png: Uint8Array): ReadChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const result: ReadChunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    result.push({ type, data: [...png.subarray(at + 8, at + 8 + length)], crc: view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return result;
}

test('CRC-32 matches the standard’s check value and the CRC every PNG’s IEND chunk carries', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
});

describe('a PNG states its resolution, so a word processor places it at its printed size', () => {
  test('300 dpi is written as 11,811 pixels per metre on both axes, in a pHYs chunk right after IHDR with a valid CRC; the image is untouched', () => {
    const original = tinyPng();
    const stamped = withPngResolution(original, 300);

    const chunks = readChunks(stamped);
    expect(chunks.map((each) => each.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = chunks[1];
    // 11,811 = 300 / 0.0254, the resolution image editors write for 300 dpi.
    expect(phys?.data).toEqual([0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23, 1]);
    expect(phys?.crc).toBe(crc32(Uint8Array.from([...new TextEncoder().encode('pHYs'), ...(phys?.data ?? [])])));
    expect(readChunks(original)).toEqual(chunks.filter((each) => each.type !== 'pHYs'));
    expect([...stamped.subarray(0, 8)]).toEqual(SIGNATURE);
  });

  test('a resolution already stated is replaced, not doubled', () => {
    const once = withPngResolution(tinyPng(), 150);
    const twice = withPngResolution(once, 600);
    const phys = readChunks(twice).filter((each) => each.type === 'pHYs');
    expect(phys).toHaveLength(1);
    expect(pixelsPerMetre(600)).toBe(23622);
    expect(new DataView(Uint8Array.from(phys[0]?.data ?? []).buffer).getUint32(0)).toBe(23622);
    expect(twice.length).toBe(once.length);
  });

  test('a file that is not a PNG, or is cut short, is refused with a reason', () => {
    expect(() => withPngResolution(new TextEncoder().encode('GIF89a not a png'), 300)).toThrow('Not a PNG');
    expect(() => withPngResolution(tinyPng().subarray(0, 40), 300)).toThrow(/cut short/);
  });
});
