import { expect, test } from 'vitest';
import type { Observation } from './observation';
import { asKnownOn, beforeRevisions, currentFigure, firstPublication, hasPublicationDates, lostPeriods, noteRevisions, revisionAmong } from './vintages';

const source = (publishedOn: string | null) => ({ title: '国家知识产权局', url: null, publishedOn });
const at = (period: string, value: number, publishedOn: string | null = null, isProvisional = false): Observation => ({ period, value, isProvisional, source: source(publishedOn) });

// The high-value patent review cycle as a feed with vintages could carry it: H1 2020 first
// published provisionally on 2020-07-15 as 15.2 months, revised on 2020-08-14 to 15.4.
const JUNE = currentFigure('2020-06', [
  { value: 15.2, isProvisional: true, source: source('2020-07-15') },
  { value: 15.4, isProvisional: false, source: source('2020-08-14') },
]);
const SERIES: Observation[] = [at('2019-12', 17.3, '2020-01-16'), at('2020-03', 15.9, '2020-04-21'), ...(JUNE === null ? [] : [JUNE]), at('2020-12', 14.0, '2021-01-20')];

test('the current figure of a revised period is its latest publication, and remembers the one it replaced', () => {
  expect(JUNE?.value).toBe(15.4);
  expect(JUNE?.isProvisional).toBe(false);
  expect(JUNE?.revision?.previous.value).toBe(15.2);
  expect(JUNE?.revision?.previous.source?.publishedOn).toBe('2020-07-15');
  expect(JUNE?.revision?.revisedOn).toBe('2020-08-14');
  expect(JUNE?.revision?.seenAt).toBeNull();
});

test('a revision is dated by the publication that changed the value, not by a later one that confirmed it', () => {
  const revision = revisionAmong([
    { value: 15.2, isProvisional: true, source: source('2020-07-15') },
    { value: 15.4, isProvisional: true, source: source('2020-08-14') },
    { value: 15.4, isProvisional: false, source: source('2021-01-20') },
  ]);

  expect(revision?.previous.value).toBe(15.2);
  expect(revision?.revisedOn).toBe('2020-08-14');
});

test('publications that all gave the same value are no revision; no publication is no figure', () => {
  expect(revisionAmong([{ value: 14, isProvisional: true }, { value: 14, isProvisional: false }])).toBeNull();
  expect(revisionAmong([])).toBeNull();
  expect(currentFigure('2020-12', [])).toBeNull();
});

test('known on 2020-07-31, the June figure reads as first published and December does not exist yet', () => {
  const replay = asKnownOn(SERIES, '2020-07-31');

  expect(replay.observations.map((observation) => [observation.period, observation.value, observation.isProvisional])).toEqual([
    ['2019-12', 17.3, false],
    ['2020-03', 15.9, false],
    ['2020-06', 15.2, true],
  ]);
  // As first published it was not yet revised.
  expect(replay.observations[2]?.revision).toBeUndefined();
  expect(replay).toMatchObject({ hiddenPeriods: 1, earlierFigures: 1, undatedFigures: 0 });
});

test('a replay includes what was published on the day itself', () => {
  expect(asKnownOn(SERIES, '2020-08-14').observations.find((observation) => observation.period === '2020-06')?.value).toBe(15.4);
  expect(asKnownOn(SERIES, '2020-08-13').observations.find((observation) => observation.period === '2020-06')?.value).toBe(15.2);
});

test('known on a day after every publication, the replay is the series as it is now', () => {
  const replay = asKnownOn(SERIES, '2026-12-01');

  expect(replay.observations.map((observation) => observation.value)).toEqual([17.3, 15.9, 15.4, 14.0]);
  expect(replay.observations[2]?.revision?.previous.value).toBe(15.2);
  expect(replay).toMatchObject({ hiddenPeriods: 0, earlierFigures: 0 });
});

test('a figure without a publication date is kept in a replay when its period had ended, and counted so the page can say so', () => {
  const replay = asKnownOn([at('2020-03', 15.9), at('2020-06', 15.4, '2020-08-14'), at('2020-07', 15.3), at('2020-08', 15.1)], '2020-08-01');

  // March and July had ended by 1 August; August had not, so its figure cannot have been out.
  expect(replay.observations.map((observation) => observation.period)).toEqual(['2020-03', '2020-07']);
  expect(replay.undatedFigures).toBe(2);
  expect(replay.hiddenPeriods).toBe(2);
  expect(asKnownOn([at('2020-07', 15.3)], '2020-07-31').observations).toEqual([]);
});

test('a change this page saw between two answers is not part of a replay', () => {
  const [noted] = noteRevisions([at('2020-12', 14.0, '2021-01-20')], [at('2020-12', 17.5, '2021-01-20')], 1_000);

  expect(noted?.revision?.seenAt).toBe(1_000);
  const replayed = asKnownOn(noted === undefined ? [] : [noted], '2021-02-01').observations[0];
  expect(replayed?.value).toBe(17.5);
  expect(replayed?.revision).toBeUndefined();
});

test('publication dates: whether a series has any, and the first of them across every vintage', () => {
  expect(hasPublicationDates(SERIES)).toBe(true);
  expect(hasPublicationDates([at('2020-06', 15.4)])).toBe(false);
  expect(firstPublication(SERIES)).toBe('2020-01-16');
  expect(firstPublication([at('2020-06', 15.4)])).toBeNull();
  // An earlier vintage counts even when the current figure was published later.
  expect(firstPublication(JUNE === null ? [] : [JUNE])).toBe('2020-07-15');
});

test('before its revisions the series has each revised period at its earlier figure; unrevised, there is nothing to compare', () => {
  const before = beforeRevisions(SERIES);

  expect(before?.map((observation) => observation.value)).toEqual([17.3, 15.9, 15.2, 14.0]);
  expect(before?.[2]?.isProvisional).toBe(true);
  expect(beforeRevisions([at('2020-12', 14.0)])).toBeNull();
});

test('between two answers, a changed figure is marked revised with the earlier value and when the page saw it', () => {
  const first = [at('2020-06', 15.2, '2020-07-15'), at('2020-12', 14.0, '2021-01-20')];
  const second = [at('2020-06', 15.2, '2020-07-15'), at('2020-12', 17.5, '2021-03-02')];

  const noted = noteRevisions(first, second, 1_606_000_000_000);

  expect(noted[0]?.revision).toBeUndefined();
  expect(noted[1]?.value).toBe(17.5);
  expect(noted[1]?.revision).toEqual({ previous: { value: 14.0, isProvisional: false, source: source('2021-01-20') }, revisedOn: '2021-03-02', seenAt: 1_606_000_000_000 });
});

test('a figure changed under its old publication date is not dated as revised on that day', () => {
  const [noted] = noteRevisions([at('2020-12', 14.0, '2021-01-20')], [at('2020-12', 17.5, '2021-01-20')], 5);

  expect(noted?.revision?.revisedOn).toBeNull();
  expect(noted?.revision?.seenAt).toBe(5);
});

test('a revision seen earlier in the session stays marked while the figure stays, and gives way to the next change', () => {
  const first = [at('2020-12', 14.0)];
  const second = noteRevisions(first, [at('2020-12', 17.5)], 1);
  const third = noteRevisions(second, [at('2020-12', 17.5)], 2);
  const fourth = noteRevisions(third, [at('2020-12', 16.0)], 3);

  expect(third[0]?.revision?.previous.value).toBe(14.0);
  expect(third[0]?.revision?.seenAt).toBe(1);
  expect(fourth[0]?.revision?.previous.value).toBe(17.5);
  expect(fourth[0]?.revision?.seenAt).toBe(3);
});

test('a revision the feed records itself is its own account and is not overwritten by what the page saw', () => {
  const noted = noteRevisions([at('2020-06', 15.2, '2020-07-15')], JUNE === null ? [] : [JUNE], 99);

  expect(noted[0]?.revision?.seenAt).toBeNull();
  expect(noted[0]?.revision?.revisedOn).toBe('2020-08-14');
});

test('the periods a later answer no longer lists, in order', () => {
  const before = [at('2020-03', 1), at('2020-06', 2), at('2020-09', 3), at('2020-12', 4)];

  expect(lostPeriods(before, [at('2020-03', 1), at('2020-09', 3)])).toEqual(['2020-06', '2020-12']);
  expect(lostPeriods(before, [...before, at('2021-03', 5)])).toEqual([]);
});

test('replay is offered as soon as one figure of the series is dated, even when older ones are not', () => {
  expect(hasPublicationDates([at('2019-12', 17.3), at('2020-06', 15.2, '2020-07-15')])).toBe(true);
});

test('the first publication is the earliest date, not the date of the earliest period', () => {
  // March’s figure first came out with the half-year report, after June’s own release.
  expect(firstPublication([at('2020-03', 15.9, '2020-08-14'), at('2020-04', 15.6), at('2020-06', 15.2, '2020-07-15')])).toBe('2020-07-15');
});

test('a replay keeps the growth the publisher stated with a figure (H1 2020: 853 亿元, +45%)', () => {
  const h1: Observation = { period: '2020-06', value: 853, growthPct: 45, isProvisional: false, source: source('2020-07-09') };

  const [replayed] = asKnownOn([h1], '2020-08-01').observations;

  expect(replayed).toMatchObject({ value: 853, growthPct: 45 });
});

test('between two answers, a period new in the later one is a new figure, not a revision; a revised figure keeps the growth it replaced', () => {
  const first: Observation[] = [{ period: '2020-06', value: 850, growthPct: 44.6, isProvisional: true, source: source('2020-07-09') }];
  const second: Observation[] = [{ period: '2020-06', value: 853, growthPct: 45, isProvisional: false, source: source('2020-07-20') }, at('2020-10', 1664, '2020-11-12')];

  const noted = noteRevisions(first, second, 7);

  expect(noted[0]?.revision?.previous).toMatchObject({ value: 850, growthPct: 44.6 });
  expect(noted[1]?.value).toBe(1664);
  expect(noted[1]?.revision).toBeUndefined();
});

test('a revision only the feed recorded is not kept once the feed’s next answer no longer records it', () => {
  const noted = noteRevisions(JUNE === null ? [] : [JUNE], [at('2020-06', 15.4, '2020-08-14')], 99);

  expect(noted[0]?.value).toBe(15.4);
  expect(noted[0]?.revision).toBeUndefined();
});
