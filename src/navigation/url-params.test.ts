import { expect, test } from 'vitest';
import { z } from 'zod';
import { MAX_QUOTED_CHARACTERS, parseParams, periodParam, quoteParam } from './url-params';

test('a short value is quoted as it is', () => {
  expect(quoteParam('2020-13')).toBe('2020-13');
  expect(quoteParam('')).toBe('');
});

test('a value of 60 characters is quoted whole; one of 61 is cut to 60 ending in …', () => {
  expect(MAX_QUOTED_CHARACTERS).toBe(60);
  const sixty = 'a'.repeat(60);
  expect(quoteParam(sixty)).toBe(sixty);
  expect(quoteParam(`${sixty}b`)).toBe(`${'a'.repeat(59)}…`);
});

test('a 500,000-character parameter is quoted in 60 characters', () => {
  const quoted = quoteParam('x'.repeat(500_000));
  expect(Array.from(quoted)).toHaveLength(60);
  expect(quoted.endsWith('…')).toBe(true);
});

test('characters outside the basic plane are counted whole, never split into a broken half', () => {
  const quoted = quoteParam('😀'.repeat(100));
  expect(quoted).toBe(`${'😀'.repeat(59)}…`);
  expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
});

test('control, line-break and bidirectional formatting characters are replaced, so the notice around them reads as written', () => {
  expect(quoteParam('ab\u202Ecd')).toBe('ab\uFFFDcd');
  expect(quoteParam('line\nbreak\u2028x\u0000')).toBe('line\uFFFDbreak\uFFFDx\uFFFD');
});

const schema = z.object({
  month: periodParam.optional(),
  mode: z.enum(['a', 'b']).default('a'),
});

test('parseParams gives each field its value, or its default when absent, with no problem', () => {
  expect(parseParams(schema, new URLSearchParams('month=2020-06&mode=b'))).toEqual({ values: { month: '2020-06', mode: 'b' }, problems: [] });
  expect(parseParams(schema, new URLSearchParams(''))).toEqual({ values: { month: undefined, mode: 'a' }, problems: [] });
});

test('parseParams replaces each bad field by its default and names it, quoted', () => {
  const long = `2020-${'9'.repeat(200)}`;
  expect(parseParams(schema, new URLSearchParams({ month: long, mode: 'c' }))).toEqual({
    values: { month: undefined, mode: 'a' },
    problems: [
      { name: 'month', value: `${long.slice(0, 59)}…` },
      { name: 'mode', value: 'c' },
    ],
  });
});

test('an empty parameter is a bad value, not an absent one', () => {
  expect(parseParams(schema, new URLSearchParams('month='))).toEqual({ values: { month: undefined, mode: 'a' }, problems: [{ name: 'month', value: '' }] });
});
