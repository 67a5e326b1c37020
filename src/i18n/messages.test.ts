import { expect, test } from 'vitest';
import type { EntryProblem, FeedErrorCode } from '../feed/feed-error';
import { KPI_STATUSES } from '../kpi/kpi-status';
import { translate } from './i18n-context';
import { en, zhCN } from './messages';

// The feed's codes are type unions with no runtime list, so they are written out here. `satisfies`
// rejects a misspelt code; the `Complete` checks below reject a code added to the union but not
// listed here, so the message tests cannot silently skip it.
const FEED_ERROR_CODES = [
  'network',
  'timeout',
  'interrupted',
  'http-status',
  'not-json',
  'invalid-body',
  'wrong-kpi',
  'wrong-unit',
  'invalid-entry',
  'duplicate-period',
  'duplicate-vintage',
  'invalid-catalogue',
] as const satisfies readonly FeedErrorCode[];

const ENTRY_PROBLEMS = [
  'not-an-object',
  'period-missing',
  'period-invalid',
  'value-missing',
  'value-not-a-number',
  'value-not-positive',
  'value-negative',
  'provisional-not-boolean',
  'value-implausible',
  'growth-invalid',
  'source-invalid',
] as const satisfies readonly EntryProblem[];

type Complete<All, Listed extends readonly unknown[]> = [Exclude<All, Listed[number]>] extends [never] ? true : false;
type MustBeTrue<T extends true> = T;
type _EveryFeedErrorCodeListed = MustBeTrue<Complete<FeedErrorCode, typeof FEED_ERROR_CODES>>;
type _EveryEntryProblemListed = MustBeTrue<Complete<EntryProblem, typeof ENTRY_PROBLEMS>>;

function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

const zhKeys = Object.keys(zhCN).sort();
const enKeys = Object.keys(en).sort();

test('both catalogues have exactly the same keys', () => {
  expect(enKeys).toEqual(zhKeys);
});

// The Chinese slide headlines follow the plan's own phrasing ("已实现“16 个月以内”目标") and leave
// the year to the slide's footer; the English ones name it ("2020 target of … met"). Only {year}
// may differ, and only in these messages.
const MAY_OMIT_YEAR_IN_ZH = /^present\.(headline|verdict)\.(cycle|flow|met|missed)\b/;

test('each message has the same placeholders in both languages', () => {
  const zhPlaceholders = Object.fromEntries(Object.entries(zhCN).map(([key, message]) => [key, placeholdersOf(message)]));
  const enPlaceholders = Object.fromEntries(
    Object.entries(en).map(([key, message]) => [
      key,
      placeholdersOf(message).filter((name) => !(MAY_OMIT_YEAR_IN_ZH.test(key) && name === 'year')),
    ]),
  );

  expect(enPlaceholders).toEqual(zhPlaceholders);
});

test('no message is empty or blank', () => {
  const blank = [
    ...Object.entries(zhCN).filter(([, message]) => message.trim() === '').map(([key]) => `zh-CN ${key}`),
    ...Object.entries(en).filter(([, message]) => message.trim() === '').map(([key]) => `en ${key}`),
  ];

  expect(blank).toEqual([]);
});

test('every feed error code has a message', () => {
  const missing = FEED_ERROR_CODES.map((code) => `feed.${code}`).filter((key) => !zhKeys.includes(key));

  expect(missing).toEqual([]);
});

test('every entry problem has a message', () => {
  const missing = ENTRY_PROBLEMS.map((problem) => `feed.problem.${problem}`).filter((key) => !zhKeys.includes(key));

  expect(missing).toEqual([]);
});

test('every KPI status has a message', () => {
  const missing = KPI_STATUSES.map((status) => `status.${status}`).filter((key) => !zhKeys.includes(key));

  expect(missing).toEqual([]);
});

test('translate fills placeholders in the chosen language', () => {
  expect(translate('en', 'feed.http-status', { status: 500 })).toBe('The feed answered with an error (HTTP 500).');
  expect(translate('zh-CN', 'feed.http-status', { status: 500 })).toBe('数据源返回错误（HTTP 500）。');
});

test('translate fills every occurrence and every placeholder of a message', () => {
  expect(translate('en', 'asOf.outOfRange', { value: '2031-01', first: 'Jan 2017', last: 'Dec 2020' })).toBe(
    'The as-of month “2031-01” in the link is outside the data (Jan 2017 to Dec 2020); showing the latest month instead.',
  );
});

test('translate leaves a placeholder without a value visible', () => {
  expect(translate('en', 'card.target', {})).toBe('{year} target');
  expect(translate('en', 'chart.title', { name: 'IP pledge financing' })).toBe('IP pledge financing: {from} to {to}');
});

test('translate ignores values for placeholders the message does not have', () => {
  expect(translate('en', 'app.refresh', { year: 2020 })).toBe('Refresh data');
});

test('translate inserts a value literally, even one that looks like a placeholder', () => {
  expect(translate('en', 'card.about', { name: '{year} <b> $&' })).toBe('About “{year} <b> $&”');
});

// Chinese typography: punctuation in Chinese text is fullwidth (，：；（）！？). ASCII punctuation
// stays only between Latin letters, digits or code (`http(s)`, `YYYY-MM-DD`, `{title, url?}`).
// A placeholder is filled with text in the page's language, so it counts as Chinese here.
const CHINESE = '[\\u2E80-\\u9FFF\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…]';
const ASCII_BESIDE_CHINESE = new RegExp(`${CHINESE}[:,;()!?]|[:,;()]${CHINESE}`);

test('no zh-CN message puts ASCII punctuation beside Chinese text', () => {
  const offenders = Object.entries(zhCN)
    .map(([key, message]) => [key, message.replace(/\{\w+\}/g, '中')] as const)
    .filter(([, message]) => ASCII_BESIDE_CHINESE.test(message))
    .map(([key]) => key);

  expect(offenders).toEqual([]);
});

test('the typography rule catches what it should and lets code through', () => {
  expect(ASCII_BESIDE_CHINESE.test('工作目标:审查周期')).toBe(true);
  expect(ASCII_BESIDE_CHINESE.test('2020年12月(最新)')).toBe(true);
  expect(ASCII_BESIDE_CHINESE.test('样例数据,非实时数据源')).toBe(true);
  expect(ASCII_BESIDE_CHINESE.test('url 为 http(s) 地址，日期为 YYYY-MM-DD')).toBe(false);
  expect(ASCII_BESIDE_CHINESE.test('数据源返回错误（HTTP 500）。')).toBe(false);
});

test('zh-CN messages write a year as the dates do, with no space before 年 ("2020年目标", not "2020 年目标")', () => {
  const spaced = Object.entries(zhCN).filter(([, message]) => /(\d|\})\s+年/.test(message)).map(([key]) => key);

  expect(spaced).toEqual([]);
});
