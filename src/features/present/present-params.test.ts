import { expect, test } from 'vitest';
import { readPresentParams } from './present-params';

/** The slide, month and problems of a link (whether it opens the notes is tested on its own). */
function read(search: string) {
  const { slide, asOf, problems } = readPresentParams(new URLSearchParams(search), 5);
  return { slide, asOf, problems };
}

test('a slide written in plain digits within the deck opens that slide', () => {
  expect(read('slide=1')).toEqual({ slide: 1, asOf: null, problems: [] });
  expect(read('slide=3')).toEqual({ slide: 3, asOf: null, problems: [] });
  expect(read('slide=5&asOf=2020-06')).toEqual({ slide: 5, asOf: '2020-06', problems: [] });
});

test('no slide parameter opens the summary, without a notice', () => {
  expect(read('')).toEqual({ slide: 1, asOf: null, problems: [] });
});

test.each(['0x3', '3e0', ' 3', '3 ', '+3', '3.0', '03', '0', '-1', '', 'three', '３'])(
  'slide=%j is not a slide number: the deck opens at slide 1 and says so',
  (value) => {
    expect(read(new URLSearchParams({ slide: value }).toString())).toEqual({ slide: 1, asOf: null, problems: [{ name: 'slide', value }] });
  },
);

test('a slide past the end of the deck opens slide 1 and says so', () => {
  expect(read('slide=6')).toEqual({ slide: 1, asOf: null, problems: [{ name: 'slide', value: '6' }] });
  expect(read('slide=99999999999999999999')).toEqual({ slide: 1, asOf: null, problems: [{ name: 'slide', value: '99999999999999999999' }] });
});

test('a bad as-of month is named, quoted at most 60 characters, and the slide still opens', () => {
  const long = 'y'.repeat(500_000);
  expect(read(`slide=2&asOf=${long}`)).toEqual({ slide: 2, asOf: null, problems: [{ name: 'asOf', value: `${'y'.repeat(59)}…` }] });
});

test('notes=1 opens the presenter notes at the link’s slide; any other value is named and the deck opens', () => {
  expect(readPresentParams(new URLSearchParams('slide=3&notes=1'), 5)).toEqual({ slide: 3, asOf: null, isNotes: true, problems: [] });
  expect(readPresentParams(new URLSearchParams('slide=3'), 5).isNotes).toBe(false);
  for (const value of ['yes', 'true', '0', '']) {
    expect(readPresentParams(new URLSearchParams({ slide: '3', notes: value }), 5), value).toEqual({ slide: 3, asOf: null, isNotes: false, problems: [{ name: 'notes', value }] });
  }
});
