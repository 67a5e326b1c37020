import { expect, test } from 'vitest';
import type { Observation } from '../kpi/observation';
import type { ObservationsResult } from './fetch-observations';
import { keepLastGood, shareRefresh } from './keep-last-good';

const at = (period: string, value: number): Observation => ({ period, value, isProvisional: false });
// The high-value patent review cycle as the fixtures carry it, July to December 2020.
const FULL: ObservationsResult = { kind: 'observations', observations: [at('2020-06', 15.2), at('2020-07', 15.0), at('2020-08', 14.9), at('2020-12', 14.0)] };
const T0 = Date.UTC(2020, 11, 1, 9, 0);
const T1 = Date.UTC(2020, 11, 1, 9, 5);

test('a first answer is taken as it is, whatever it holds', () => {
  expect(keepLastGood(undefined, { kind: 'not-provided' }, T0)).toEqual({ kind: 'not-provided' });
  expect(keepLastGood(undefined, FULL, T0)).toBe(FULL);
});

test('a refresh that stops at 2020-07 keeps the full series, saying which months the feed no longer lists and since when', () => {
  const shrunk: ObservationsResult = { kind: 'observations', observations: [at('2020-06', 15.2), at('2020-07', 15.0)] };

  const kept = keepLastGood(FULL, shrunk, T0);

  expect(kept.kind === 'observations' ? kept.observations.map((observation) => observation.period) : null).toEqual(['2020-06', '2020-07', '2020-08', '2020-12']);
  expect(kept).toMatchObject({ kept: { reason: 'lost-periods', lost: ['2020-08', '2020-12'], since: T0 } });
});

test('a 404 or an empty list after a good answer keeps the good series, marked with the reason', () => {
  expect(keepLastGood(FULL, { kind: 'not-provided' }, T0)).toMatchObject({ kind: 'observations', observations: FULL.kind === 'observations' ? FULL.observations : [], kept: { reason: 'not-provided', since: T0 } });
  expect(keepLastGood(FULL, { kind: 'observations', observations: [] }, T0)).toMatchObject({ kept: { reason: 'empty', since: T0 } });
});

test('the kept data stays dated from the first bad answer while bad answers go on, and a good answer clears it', () => {
  const first = keepLastGood(FULL, { kind: 'not-provided' }, T0);
  const second = keepLastGood(first, { kind: 'observations', observations: [] }, T1);

  expect(second).toMatchObject({ kept: { reason: 'empty', since: T0 } });
  const recovered = keepLastGood(second, FULL, T1);
  expect(recovered.kind === 'observations' ? recovered.kept : 'not observations').toBeUndefined();
});

test('a good refresh that changes a figure marks it revised, with the earlier value and when it was seen', () => {
  const revised: ObservationsResult = { kind: 'observations', observations: [at('2020-06', 15.2), at('2020-07', 15.0), at('2020-08', 14.9), at('2020-12', 17.5)] };

  const next = keepLastGood(FULL, revised, T1);

  const december = next.kind === 'observations' ? next.observations[3] : undefined;
  expect(december?.value).toBe(17.5);
  expect(december?.revision).toMatchObject({ previous: { value: 14.0 }, seenAt: T1 });
});

test('as the query cache sees it: an unchanged answer keeps the instance on screen, so nothing re-renders', () => {
  const same: ObservationsResult = { kind: 'observations', observations: FULL.kind === 'observations' ? FULL.observations.map((observation) => ({ ...observation })) : [] };

  expect(shareRefresh(FULL, same)).toBe(FULL);
  // Anything that is not an observations answer passes through untouched.
  expect(shareRefresh(FULL, 'other')).toBe('other');
  expect(shareRefresh('junk', FULL)).toEqual(FULL);
});

test('a 404 after an empty list is shown as not provided: there is no good series to keep', () => {
  const empty: ObservationsResult = { kind: 'observations', observations: [] };

  expect(keepLastGood(empty, { kind: 'not-provided' }, T0)).toEqual({ kind: 'not-provided' });
});

test('an empty list after a good answer is still an answer holding the good series', () => {
  const kept = keepLastGood(FULL, { kind: 'observations', observations: [] }, T0);

  expect(kept.kind).toBe('observations');
  expect(kept.kind === 'observations' ? kept.observations.map((observation) => observation.value) : null).toEqual([15.2, 15.0, 14.9, 14.0]);
});

test('as the query cache sees it: a 404 after a good answer keeps the good series on screen', () => {
  expect(shareRefresh(FULL, { kind: 'not-provided' })).toMatchObject({ kind: 'observations', kept: { reason: 'not-provided' } });
});

test('as the query cache sees it: nothing cached yet, or an answer of another kind, passes through untouched', () => {
  expect(shareRefresh(null, FULL)).toEqual(FULL);
  const other = { kind: 'error' };
  expect(shareRefresh(FULL, other)).toBe(other);
});
