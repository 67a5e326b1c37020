import { useEffect, useEffectEvent } from 'react';

/** A CSS string literal: quotes and backslashes escaped, a line break as `\A`. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;
}

/** The page number's words around `counter(page)` and `counter(pages)`: ["第 ", " 页，共 ", " 页"]. */
export type PageWords = readonly [string, string, string];

/** Marks that stand for the page number and the page count in a translated "page N of M". */
export const PAGE_MARK = '\u241f';
export const PAGES_MARK = '\u241e';

/** Splits "第 ␟ 页，共 ␞ 页" (the message with the two marks for its numbers) into the words around them. */
export function splitPageWords(message: string): PageWords {
  const [before = '', rest = ''] = message.split(PAGE_MARK);
  const [middle = '', after = ''] = rest.split(PAGES_MARK);
  return [before, middle, after];
}

/** The `@page` rule that writes `footer` and "page N of M" in every printed page's bottom margin. */
export function printMarginsCss(footer: string, [before, middle, after]: PageWords): string {
  const margin = 'font-size: 8pt; color: #374151; font-family: system-ui, sans-serif;';
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(footer)}; ${margin} }`,
    `  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${margin} }`,
    '}',
  ].join('\n');
}

export interface PrintMargins {
  /** What the page is: its title, as-of month and data source. */
  footer: string;
  /** "打印于 2026年12月2日 10:20": appended to the footer, dated when the page is printed. */
  printedAt: (at: Date) => string;
  pageWords: PageWords;
}

/**
 * Every printed page of the view carries its context in the page margins: the title, the as-of
 * month, the data source and the print date on the left, "page N of M" on the right. The rule is a
 * constructed stylesheet (no inline `<style>`, so the Content-Security-Policy stays strict), its
 * date written again at `beforeprint`.
 */
export function usePrintMargins({ footer, printedAt, pageWords }: PrintMargins): void {
  const [before, middle, after] = pageWords;
  const dated = useEffectEvent(() => printedAt(new Date()));
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return undefined;
    const sheet = new CSSStyleSheet();
    const write = () => sheet.replaceSync(printMarginsCss(`${footer} · ${dated()}`, [before, middle, after]));
    write();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.addEventListener('beforeprint', write);
    return () => {
      window.removeEventListener('beforeprint', write);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
    };
  }, [footer, before, middle, after]);
}
