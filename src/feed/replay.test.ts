import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { builtInDefinition } from './built-in-catalogue';
import type { ObservationsResult } from './fetch-observations';
import { parseObservationsResponse } from './observations-schema';
import { KnownOnProvider, replayResult, useKnownOn } from './replay';

const trademark = builtInDefinition('trademark-registration-review-cycle');
// H1 2020 first published on 2020-07-15 as 4.3 months, revised on 2020-08-14 to 4.1; the year on 2021-01-20.
const ANSWER: ObservationsResult = {
  kind: 'observations',
  observations: parseObservationsResponse(trademark, {
    kpiId: trademark.id,
    unit: 'months',
    observations: [
      { period: '2020-06', value: 4.3, provisional: true, source: { title: 'H1', publishedOn: '2020-07-15' } },
      { period: '2020-06', value: 4.1, source: { title: 'H1 revised', publishedOn: '2020-08-14' } },
      { period: '2020-12', value: 4.0, source: { title: '2020', publishedOn: '2021-01-20' } },
    ],
  }),
};

test('without a known-on day the answer is read as it is', () => {
  expect(replayResult(ANSWER, null)).toBe(ANSWER);
  expect(replayResult(undefined, '2020-07-31')).toBeUndefined();
  const notProvided: ObservationsResult = { kind: 'not-provided' };
  expect(replayResult(notProvided, '2020-07-31')).toBe(notProvided);
});

test('known on 2020-07-31 the answer holds June as first published, no December, and says what it left out', () => {
  const replayed = replayResult(ANSWER, '2020-07-31');

  expect(replayed.kind === 'observations' ? replayed.observations.map((observation) => [observation.period, observation.value]) : null).toEqual([['2020-06', 4.3]]);
  expect(replayed.replay).toEqual({ knownOn: '2020-07-31', hiddenPeriods: 1, undatedFigures: 0, earlierFigures: 1 });
});

test('the same answer and day give the same instance, so a re-render recomputes nothing; another day, another replay', () => {
  const first = replayResult(ANSWER, '2020-08-31');

  expect(replayResult(ANSWER, '2020-08-31')).toBe(first);
  expect(replayResult(ANSWER, '2021-02-01')).not.toBe(first);
  expect(first.kind === 'observations' ? first.observations[0]?.value : null).toBe(4.1);
});

test('kept data stays marked as kept in a replay', () => {
  const kept: ObservationsResult = { ...ANSWER, kept: { reason: 'empty', since: 1 } } as ObservationsResult;

  expect(replayResult(kept, '2020-08-31')).toMatchObject({ kept: { reason: 'empty', since: 1 } });
});

/** A view that says which day it replays. */
const DayShown = () => createElement('output', null, useKnownOn() ?? 'now');

test('the known-on day set above a view is the day the view reads; with none set it reads the figures as they are', () => {
  // createElement rather than JSX: the mutation run reads only `.test.ts` files, and the
  // provider's props type requires `children`.
  // oxlint-disable-next-line react/no-children-prop
  expect(renderToStaticMarkup(createElement(KnownOnProvider, { knownOn: '2020-07-31', children: createElement(DayShown) }))).toBe('<output>2020-07-31</output>');
  expect(renderToStaticMarkup(createElement(DayShown))).toBe('<output>now</output>');
});
