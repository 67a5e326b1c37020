import type { BrowserContext } from '@playwright/test';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
export function readPngHeader(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: bad signature');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: IHDR is not the first chunk');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The resolution a PNG states in its pHYs chunk, in pixels per metre, or null when it states
 * none. Walks the chunks by their lengths, as an image reader does.
 */
export function readPngPixelsPerMetre(bytes: Buffer): { x: number; y: number; unit: number } | null {
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs') return { x: bytes.readUInt32BE(at + 8), y: bytes.readUInt32BE(at + 12), unit: bytes.readUInt8(at + 16) };
    if (type === 'IDAT' || type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
}

export type Rgba = [number, number, number, number];

export interface DecodedPng {
  width: number;
  height: number;
  /** Top-left, top-right, bottom-left, bottom-right. */
  corners: Rgba[];
  /** Opaque pixels within `tolerance` of `color` on every channel. */
  matchingPixels: number;
}

/**
 * Decodes a PNG the way a slide program would, in a blank page of the browser, and reads its
 * pixels through a canvas. The pixels stay in the browser: only the counts come back.
 */
export async function decodePng(context: BrowserContext, bytes: Buffer, color: readonly [number, number, number], tolerance: number): Promise<DecodedPng> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(
      async ({ base64, color: [r, g, b], tolerance: slack }) => {
        const binary = atob(base64);
        const data = Uint8Array.from(binary, (char) => char.charCodeAt(0));
        // Throws if the file does not decode.
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }), { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext('2d');
        if (context2d === null) throw new Error('no 2d context');
        context2d.drawImage(bitmap, 0, 0);
        const pixels = context2d.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const at = (x: number, y: number): [number, number, number, number] => {
          const i = (y * bitmap.width + x) * 4;
          return [pixels[i] ?? -1, pixels[i + 1] ?? -1, pixels[i + 2] ?? -1, pixels[i + 3] ?? -1];
        };
        let matching = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          const pr = pixels[i] ?? 0;
          const pg = pixels[i + 1] ?? 0;
          const pb = pixels[i + 2] ?? 0;
          const pa = pixels[i + 3] ?? 0;
          if (pa === 255 && Math.abs(pr - r) <= slack && Math.abs(pg - g) <= slack && Math.abs(pb - b) <= slack) matching += 1;
        }
        const right = bitmap.width - 1;
        const bottom = bitmap.height - 1;
        return {
          width: bitmap.width,
          height: bitmap.height,
          corners: [at(0, 0), at(right, 0), at(0, bottom), at(right, bottom)],
          matchingPixels: matching,
        };
      },
      { base64: bytes.toString('base64'), color, tolerance },
    );
  } finally {
    await blank.close();
  }
}
