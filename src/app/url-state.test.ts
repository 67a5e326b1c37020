import { expect, test } from 'vitest';
import { readLanguage, readOverviewParams } from './url-state';

test('lang picks a supported language, and defaults to Chinese without a notice', () => {
  expect(readLanguage('?lang=en')).toEqual({ locale: 'en', invalidLang: null });
  expect(readLanguage('')).toEqual({ locale: 'zh-CN', invalidLang: null });
});

test('an unsupported lang falls back to Chinese, quoted for its notice in at most 60 characters', () => {
  expect(readLanguage('?lang=fr')).toEqual({ locale: 'zh-CN', invalidLang: 'fr' });
  expect(readLanguage(`?lang=${'e'.repeat(500_000)}`)).toEqual({ locale: 'zh-CN', invalidLang: `${'e'.repeat(59)}…` });
});

test('the overview takes a real month as asOf', () => {
  expect(readOverviewParams(new URLSearchParams('asOf=2020-06'))).toEqual({ asOf: '2020-06', problems: [] });
  expect(readOverviewParams(new URLSearchParams(''))).toEqual({ asOf: null, problems: [] });
});

test('an impossible or malformed asOf is reported, quoted, and the latest month used', () => {
  expect(readOverviewParams(new URLSearchParams('asOf=2020-13'))).toEqual({ asOf: null, problems: [{ name: 'asOf', value: '2020-13' }] });
  expect(readOverviewParams(new URLSearchParams({ asOf: `2020-06${' '.repeat(100)}x` }))).toEqual({
    asOf: null,
    problems: [{ name: 'asOf', value: `2020-06${' '.repeat(52)}…` }],
  });
});
