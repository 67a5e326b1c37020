// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { svgToPngBlob } from './rasterize';

// jsdom neither decodes images nor draws: the browser's side (the decoded image, the 2D
// context, the PNG encoder) is played by small stand-ins that record what they are asked to do.

type Outcome = 'load' | 'error';
let imageOutcome: Outcome = 'load';
const images: FakeImage[] = [];

class FakeImage extends EventTarget {
  decoding = 'auto';
  #src = '';
  constructor() {
    super();
    images.push(this);
  }
  get src(): string {
    return this.#src;
  }
  set src(value: string) {
    this.#src = value;
    setTimeout(() => this.dispatchEvent(new Event(imageOutcome)), 0);
  }
}

interface Drawing {
  scale: [number, number][];
  drawImage: unknown[][];
}
let drawing: Drawing;
let hasContext = true;
let encoded: Blob | null;
let encodedType: string | undefined;

beforeEach(() => {
  imageOutcome = 'load';
  images.length = 0;
  hasContext = true;
  drawing = { scale: [], drawImage: [] };
  encoded = new Blob(['png bytes'], { type: 'image/png' });
  vi.stubGlobal('Image', FakeImage);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function getContext(type: string) {
    // As in a browser: an unknown context type gives no context.
    if (!hasContext || type !== '2d') return null;
    return {
      scale: (x: number, y: number) => drawing.scale.push([x, y]),
      drawImage: (...args: unknown[]) => drawing.drawImage.push(args),
    } as unknown as CanvasRenderingContext2D;
  } as HTMLCanvasElement['getContext']);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function toBlob(this: HTMLCanvasElement, callback: BlobCallback, type?: string) {
    encodedType = type;
    canvases.push({ width: this.width, height: this.height });
    setTimeout(() => callback(encoded), 0);
  });
});

const canvases: { width: number; height: number }[] = [];
afterEach(() => {
  canvases.length = 0;
  vi.unstubAllGlobals();
});

const MARKUP = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="403"><title>质押融资 #1 & 100%</title></svg>';

test('a 2× PNG of a 600 × 403 figure is 1200 × 806 pixels, the figure drawn at twice its size', async () => {
  const blob = await svgToPngBlob(MARKUP, 600, 403, 2);

  expect(blob).toBe(encoded);
  expect(encodedType).toBe('image/png');
  expect(canvases).toEqual([{ width: 1200, height: 806 }]);
  expect(drawing.scale).toEqual([[2, 2]]);
  expect(drawing.drawImage).toEqual([[images[0], 0, 0, 600, 403]]);
});

test('a fractional pixel size is rounded to whole pixels', async () => {
  await svgToPngBlob(MARKUP, 401, 303, 1.5);

  // 601.5 and 454.5 round up.
  expect(canvases).toEqual([{ width: 602, height: 455 }]);
});

test('the figure is handed to the image as an SVG data address, every character of it intact', async () => {
  await svgToPngBlob(MARKUP, 600, 403, 1);

  const src = images[0]?.src ?? '';
  const prefix = 'data:image/svg+xml;charset=utf-8,';
  expect(src.startsWith(prefix)).toBe(true);
  // Encoded: a raw "#" would end the address there, and "%" or "&" would be misread.
  expect(src.slice(prefix.length)).not.toMatch(/[#&<> ]/);
  expect(decodeURIComponent(src.slice(prefix.length))).toBe(MARKUP);
  expect(images[0]?.decoding).toBe('async');
});

test('a figure the browser cannot decode is refused with a message saying so', async () => {
  imageOutcome = 'error';

  await expect(svgToPngBlob(MARKUP, 600, 403, 2)).rejects.toThrow('The chart image could not be drawn.');
  expect(drawing.drawImage).toEqual([]);
});

test('a browser without a 2D canvas is told so', async () => {
  hasContext = false;

  await expect(svgToPngBlob(MARKUP, 600, 403, 2)).rejects.toThrow('This browser cannot draw to a canvas.');
});

test('a PNG the browser fails to encode is refused with a message saying so', async () => {
  encoded = null;

  await expect(svgToPngBlob(MARKUP, 600, 403, 2)).rejects.toThrow('The PNG could not be encoded.');
});

// Where workers can draw (a browser with OffscreenCanvas), the PNG is encoded by a worker: the
// page's own encoder waits for the page's idle time. The worker is played by a stand-in too.
type WorkerOutcome = 'blob' | 'error-reply' | 'error-event' | 'throws';
let workerOutcome: WorkerOutcome;
const workers: FakeWorker[] = [];
const workerBlob = new Blob(['png from the worker'], { type: 'image/png' });

class FakeWorker extends EventTarget {
  url: string;
  options: WorkerOptions | undefined;
  posted: { message: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  constructor(url: URL, options?: WorkerOptions) {
    super();
    if (workerOutcome === 'throws') throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
    this.url = url.href;
    this.options = options;
    workers.push(this);
  }
  postMessage(message: unknown, transfer: unknown[]) {
    this.posted.push({ message, transfer });
    setTimeout(() => {
      if (workerOutcome === 'error-event') this.dispatchEvent(new Event('error'));
      else this.dispatchEvent(new MessageEvent('message', { data: workerOutcome === 'blob' ? { blob: workerBlob } : { error: 'encoder failed' } }));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function withWorkers(outcome: WorkerOutcome) {
  workerOutcome = outcome;
  workers.length = 0;
  vi.stubGlobal('Worker', FakeWorker);
  // Only its presence is looked at on the page: the worker is the one that draws on it.
  vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {});
  vi.stubGlobal('createImageBitmap', async (source: HTMLCanvasElement) => ({ from: source, width: source.width, height: source.height }));
}

test('where a worker may run, it encodes the drawn canvas, handed over as a transferred bitmap, and is then ended', async () => {
  withWorkers('blob');

  const blob = await svgToPngBlob(MARKUP, 600, 403, 2);

  expect(blob).toBe(workerBlob);
  expect(canvases).toEqual([]);
  expect(workers).toHaveLength(1);
  expect(workers[0]?.url).toMatch(/\/src\/export\/png-encoder\.worker\.ts(\?|$)/);
  expect(workers[0]?.options).toEqual({ type: 'module' });
  expect(workers[0]?.posted).toHaveLength(1);
  const { message, transfer } = workers[0]?.posted[0] ?? { message: null, transfer: [] };
  const { bitmap } = message as { bitmap: { from: HTMLCanvasElement; width: number; height: number } };
  expect([bitmap.width, bitmap.height]).toEqual([1200, 806]);
  expect(transfer).toEqual([bitmap]);
  expect(drawing.drawImage).toEqual([[images[0], 0, 0, 600, 403]]);
  expect(workers[0]?.terminated).toBe(true);
});

test.each<[WorkerOutcome, string]>([
  ['throws', 'the worker may not be started (a Content-Security-Policy without it)'],
  ['error-event', 'the worker fails to load'],
  ['error-reply', 'the worker cannot encode'],
])('when %s (%s), the page encodes the PNG itself', async (outcome) => {
  withWorkers(outcome);

  const blob = await svgToPngBlob(MARKUP, 600, 403, 2);

  expect(blob).toBe(encoded);
  expect(canvases).toEqual([{ width: 1200, height: 806 }]);
  for (const worker of workers) expect(worker.terminated).toBe(true);
});
