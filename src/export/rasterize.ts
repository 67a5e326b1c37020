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
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('The PNG could not be encoded.')) : resolve(blob)), 'image/png');
  });
}
