/**
 * Encodes a drawn chart as PNG off the main thread. A canvas's `toBlob` on the page waits for the
 * page's idle time (a whole second on the first export after the menu opens); a worker's
 * `convertToBlob` does not. The page transfers an `ImageBitmap` and gets `{ blob }` or
 * `{ error }` back.
 */
interface EncodeRequest {
  bitmap: ImageBitmap;
}

type EncodeReply = { blob: Blob } | { error: string };

function reply(message: EncodeReply): void {
  // A worker answers its own page: there is no target origin to give, unlike window.postMessage.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  self.postMessage(message);
}

self.addEventListener('message', async (event: MessageEvent<EncodeRequest>) => {
  const { bitmap } = event.data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw to a canvas in a worker.');
    context.drawImage(bitmap, 0, 0);
    reply({ blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    bitmap.close();
  }
});
