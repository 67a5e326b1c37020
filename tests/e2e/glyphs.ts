import type { Locator } from '@playwright/test';

/**
 * The characters of an element's text that no installed font can draw: they come out as the
 * empty ".notdef" box ("tofu"). Each character is drawn on a canvas in the element's own font and
 * compared with a code point no font has (U+10FFFD); an identical bitmap means no font had a glyph.
 * Chromium's canvas falls back through the same system fonts as the page's text does.
 */
export async function missingGlyphs(element: Locator): Promise<string[]> {
  return element.evaluate((node) => {
    const font = getComputedStyle(node).font;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('no 2d canvas');
    const draw = (text: string) => {
      context.clearRect(0, 0, 64, 64);
      context.font = font.replace(/\d+(\.\d+)?px/, '40px');
      context.textBaseline = 'top';
      context.fillText(text, 4, 4);
      return context.getImageData(0, 0, 64, 64).data.join(',');
    };
    const tofu = draw('\u{10FFFD}');
    const characters = [...new Set([...(node.textContent ?? '')].filter((character) => character.trim() !== ''))];
    return characters.filter((character) => draw(character) === tofu);
  });
}
