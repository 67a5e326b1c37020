/**
 * Draws a standalone SVG into a PNG at `scale` × its size. The SVG carries its own background
 * (or none, for a transparent PNG) and no external references, so the canvas is never tainted.
 */
export async function svgToPngBlob(markup: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.addEventListener('load', () => resolve(), { once: true });
    image.addEventListener('error', () => reject(new Error('The chart image could not be drawn.')), { once: true });
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await loaded;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw to a canvas.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return (await encodeInWorker(canvas)) ?? encodeOnPage(canvas);
}

function encodeOnPage(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('The PNG could not be encoded.')) : resolve(blob)), 'image/png');
  });
}

/**
 * The PNG encoded by a worker, or `null` where no worker can do it (no `Worker` or
 * `OffscreenCanvas`, a Content-Security-Policy without `worker-src` for the app's own scripts, an
 * encoder error): the page then encodes it itself, a second slower on the first export.
 */
async function encodeInWorker(canvas: HTMLCanvasElement): Promise<Blob | null> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./png-encoder.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  try {
    const bitmap = await createImageBitmap(canvas);
    return await new Promise<Blob | null>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<{ blob?: Blob }>) => resolve(event.data.blob ?? null), { once: true });
      worker.addEventListener('error', () => resolve(null), { once: true });
      worker.postMessage({ bitmap }, [bitmap]);
    });
  } catch {
    return null;
  } finally {
    worker.terminate();
  }
}
