import { expect, test } from 'vitest';
import { formatDateTime } from './format';
import { describeRevision } from './revision-text';

const previous = { value: 15.2, isProvisional: true, source: { title: '国家知识产权局', url: null, publishedOn: '2020-07-15' } };

test('a revision the feed records names the earlier figure, its date and the day it was revised, in both languages', () => {
  const revision = { previous, revisedOn: '2020-08-14', seenAt: null };

  expect(describeRevision(revision, 'months', 'zh-CN')).toBe('原为 15.2\u00a0个月（2020年7月15日发布），2020年8月14日修订');
  expect(describeRevision(revision, 'months', 'en')).toBe('was 15.2\u00a0months (published Jul 15, 2020), revised on Aug 14, 2020');
});

test('a change seen between two refreshes says when the page saw it', () => {
  const seenAt = Date.UTC(2020, 11, 1, 9, 30);
  const revision = { previous: { value: 14, isProvisional: false }, revisedOn: null, seenAt };

  expect(describeRevision(revision, 'months', 'zh-CN')).toBe(`原为 14.0\u00a0个月；本页于 ${formatDateTime(new Date(seenAt), 'zh-CN')} 发现数据源更改了此数`);
  // 14 亿元 is CNY 1.4 bn.
  expect(describeRevision(revision, 'cny-100m', 'en')).toBe(`was CNY\u00a01.4\u00a0bn; this page saw the feed change it at ${formatDateTime(new Date(seenAt), 'en')}`);
});

test('an undated earlier figure without a revision date is just what it was', () => {
  expect(describeRevision({ previous: { value: 853, isProvisional: false }, revisedOn: null, seenAt: null }, 'cny-100m', 'zh-CN')).toBe('原为 853\u00a0亿元');
});
