import { expect, test } from 'vitest';
import { cssString, PAGE_MARK, PAGES_MARK, printMarginsCss, splitPageWords } from './use-print-margins';
import { translate } from '../i18n/i18n-context';

test('"page N of M" is split around its numbers in both languages, so CSS counters can fill them in', () => {
  const marks = { page: PAGE_MARK, pages: PAGES_MARK };
  expect(splitPageWords(translate('zh-CN', 'print.page', marks))).toEqual(['第 ', ' 页，共 ', ' 页']);
  expect(splitPageWords(translate('en', 'print.page', marks))).toEqual(['Page ', ' of ', '']);
});

test('a footer is written as a CSS string: quotes and backslashes escaped, a line break as \\A, nothing able to end the rule', () => {
  expect(cssString('数据来源：“样例”')).toBe('"数据来源：“样例”"');
  expect(cssString('a "quoted" \\ path')).toBe('"a \\"quoted\\" \\\\ path"');
  expect(cssString('two\nlines')).toBe('"two\\A lines"');
  const css = printMarginsCss('x"; } body { display: none', ['Page ', ' of ', '']);
  // The hostile footer stays inside its string: the rule has exactly its two margin boxes.
  expect(css).toContain('content: "x\\"; } body { display: none";');
  expect(css).toContain('content: "Page " counter(page) " of " counter(pages) "";');
  expect(css.match(/^\s*@bottom-(left|right)/gm)).toHaveLength(2);
});
