import { describe, expect, test } from 'vitest';
import { FIXTURE_KPI_IDS as KPI_IDS } from './fixtures';
import type { FixtureKpiId as KpiId } from './fixtures';
import { makePeriod, periodRange, periodYear } from '../src/kpi/period';
import {
  FIXTURE_FIRST_PERIOD,
  FIXTURE_LAST_PERIOD,
  FIXTURE_SERIES,
  PUBLISHED_ANCHORS,
} from './fixtures';
import type { FixturePoint } from './fixtures';

const CYCLE_IDS = [
  'high-value-patent-review-cycle',
  'trademark-registration-review-cycle',
  'invention-patent-review-cycle',
] as const satisfies readonly KpiId[];

const PLEDGE: KpiId = 'ip-pledge-financing';

/** The simulated reporting gap, stated here independently of the module. */
const EXPECTED_GAPS: Readonly<Record<KpiId, readonly string[]>> = {
  'high-value-patent-review-cycle': [],
  'trademark-registration-review-cycle': [],
  'invention-patent-review-cycle': ['2019-07', '2019-08'],
  'ip-pledge-financing': [],
};

function pointAt(kpiId: KpiId, period: string): FixturePoint | undefined {
  return FIXTURE_SERIES[kpiId].find((point) => point.period === period);
}

function valueAt(kpiId: KpiId, period: string): number {
  const point = pointAt(kpiId, period);
  if (!point) throw new Error(`no ${kpiId} point at ${period}`);
  return point.value;
}

/** Sum of a flow series from January of `period`'s year through `period`. */
function ytdTotal(kpiId: KpiId, period: string): number {
  const from = makePeriod(periodYear(period), 1);
  return FIXTURE_SERIES[kpiId]
    .filter((point) => point.period >= from && point.period <= period)
    .reduce((sum, point) => sum + point.value, 0);
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

function percentChange(current: number, previous: number): number {
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

describe('fixture series shape', () => {
  test('the covered range is 2017-01 .. 2020-12', () => {
    expect(FIXTURE_FIRST_PERIOD).toBe('2017-01');
    expect(FIXTURE_LAST_PERIOD).toBe('2020-12');
  });

  test('every KPI has a series', () => {
    expect(Object.keys(FIXTURE_SERIES).sort()).toEqual([...KPI_IDS].sort());
  });

  test.each(KPI_IDS)('%s covers every month (minus the simulated gap), sorted, no duplicates', (kpiId) => {
    const expected = periodRange('2017-01', '2020-12').filter((p) => !EXPECTED_GAPS[kpiId].includes(p));
    const periods = FIXTURE_SERIES[kpiId].map((point) => point.period);
    expect(periods).toEqual(expected);
    expect(new Set(periods).size).toBe(periods.length);
    expect([...periods].sort()).toEqual(periods);
  });

  test('the invention series has exactly the 2019-07 and 2019-08 gap', () => {
    const periods = FIXTURE_SERIES['invention-patent-review-cycle'].map((point) => point.period);
    expect(periods).toHaveLength(46);
    expect(periods).not.toContain('2019-07');
    expect(periods).not.toContain('2019-08');
    expect(periods).toContain('2019-06');
    expect(periods).toContain('2019-09');
  });

  test.each(KPI_IDS)('%s values are finite with at most 2 decimals', (kpiId) => {
    for (const point of FIXTURE_SERIES[kpiId]) {
      expect(Number.isFinite(point.value), point.period).toBe(true);
      expect(decimals(point.value), `${point.period}: ${point.value}`).toBeLessThanOrEqual(2);
    }
  });

  test.each(CYCLE_IDS)('%s review cycles are positive', (kpiId) => {
    for (const point of FIXTURE_SERIES[kpiId]) expect(point.value, point.period).toBeGreaterThan(0);
  });

  test('pledge amounts are non-negative with at most 1 decimal', () => {
    for (const point of FIXTURE_SERIES[PLEDGE]) {
      expect(point.value, point.period).toBeGreaterThanOrEqual(0);
      expect(decimals(point.value), `${point.period}: ${point.value}`).toBeLessThanOrEqual(1);
    }
  });

  test('synthetic review-cycle points have at most 1 decimal', () => {
    for (const kpiId of CYCLE_IDS) {
      for (const point of FIXTURE_SERIES[kpiId]) {
        if (point.provenance === 'synthetic') expect(decimals(point.value), point.period).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('anchors', () => {
  test('anchor kinds match the feed contract', () => {
    for (const anchor of PUBLISHED_ANCHORS) {
      expect(anchor.kind).toBe(anchor.kpiId === PLEDGE ? 'ytd-total' : 'month-value');
      expect(anchor.source.length).toBeGreaterThan(0);
    }
  });

  test.each(PUBLISHED_ANCHORS.map((a) => [a.kpiId, a.period, a.kind, a.value] as const))(
    '%s %s (%s) hits %d exactly',
    (kpiId, period, kind, value) => {
      if (kind === 'month-value') {
        expect(valueAt(kpiId, period)).toBe(value);
      } else {
        expect(Math.abs(ytdTotal(kpiId, period) - value)).toBeLessThan(1e-9);
      }
    },
  );

  test('anchor points carry the anchor provenance and source; all other points are synthetic', () => {
    for (const kpiId of KPI_IDS) {
      for (const point of FIXTURE_SERIES[kpiId]) {
        const anchor = PUBLISHED_ANCHORS.find((a) => a.kpiId === kpiId && a.period === point.period);
        if (anchor) {
          expect(point.provenance, `${kpiId} ${point.period}`).toBe(anchor.provenance);
          expect(point.note, `${kpiId} ${point.period}`).toBe(anchor.source);
        } else {
          expect(point.provenance, `${kpiId} ${point.period}`).toBe('synthetic');
        }
      }
    }
  });

  test('every anchor has a point in its series', () => {
    for (const anchor of PUBLISHED_ANCHORS) expect(pointAt(anchor.kpiId, anchor.period)).toBeDefined();
  });

  test('the expected set of anchors and their provenance', () => {
    const summary = PUBLISHED_ANCHORS.map((a) => `${a.kpiId} ${a.period} ${a.value} ${a.provenance}`).sort();
    expect(summary).toEqual(
      [
        'high-value-patent-review-cycle 2019-12 17.3 published',
        'high-value-patent-review-cycle 2020-06 15.2 published',
        'high-value-patent-review-cycle 2020-12 14 published',
        'trademark-registration-review-cycle 2017-12 8 published',
        'trademark-registration-review-cycle 2018-06 7.07 published',
        'trademark-registration-review-cycle 2018-12 6 published',
        'trademark-registration-review-cycle 2019-12 4.5 published',
        'trademark-registration-review-cycle 2020-06 4.5 published',
        'trademark-registration-review-cycle 2020-12 4 published',
        'invention-patent-review-cycle 2017-12 22 published',
        'invention-patent-review-cycle 2018-09 22 published',
        'invention-patent-review-cycle 2020-06 20.3 published',
        'invention-patent-review-cycle 2020-12 20 published',
        'ip-pledge-financing 2017-12 1090 derived',
        'ip-pledge-financing 2018-12 1224 published',
        'ip-pledge-financing 2019-03 292 derived',
        'ip-pledge-financing 2019-06 588 derived',
        'ip-pledge-financing 2019-10 1233 derived',
        'ip-pledge-financing 2019-12 1515 published',
        'ip-pledge-financing 2020-03 337 published',
        'ip-pledge-financing 2020-06 853 published',
        'ip-pledge-financing 2020-10 1664 published',
        'ip-pledge-financing 2020-12 2180 published',
      ].sort(),
    );
  });
});

describe('published figures (hard-coded from shared/reference/published-figures.md)', () => {
  test('high-value patent review cycle: 17.3 (2019), 14.0 (2020)', () => {
    expect(valueAt('high-value-patent-review-cycle', '2019-12')).toBe(17.3);
    expect(valueAt('high-value-patent-review-cycle', '2020-12')).toBe(14.0);
    expect(pointAt('high-value-patent-review-cycle', '2020-12')?.provenance).toBe('published');
  });

  test('trademark registration review cycle: 4.0 (2020)', () => {
    expect(valueAt('trademark-registration-review-cycle', '2020-12')).toBe(4.0);
    expect(valueAt('trademark-registration-review-cycle', '2018-06')).toBe(7.07);
  });

  test('pledge financing totals: 2020 = 2180, 2019 = 1515, 2020 Q1 = 337, 2020 H1 = 853', () => {
    expect(ytdTotal(PLEDGE, '2020-12')).toBeCloseTo(2180, 9);
    expect(ytdTotal(PLEDGE, '2019-12')).toBeCloseTo(1515, 9);
    expect(ytdTotal(PLEDGE, '2020-03')).toBeCloseTo(337, 9);
    expect(ytdTotal(PLEDGE, '2020-06')).toBeCloseTo(853, 9);
    expect(ytdTotal(PLEDGE, '2020-10')).toBeCloseTo(1664, 9);
    expect(ytdTotal(PLEDGE, '2018-12')).toBeCloseTo(1224, 9);
  });

  test('growth the app relies on: Q1 +15.4%, H1 853 vs 588, full year +43.9%', () => {
    expect(percentChange(ytdTotal(PLEDGE, '2020-03'), ytdTotal(PLEDGE, '2019-03'))).toBe(15.4);
    expect(ytdTotal(PLEDGE, '2019-06')).toBeCloseTo(588, 9);
    expect(percentChange(ytdTotal(PLEDGE, '2020-06'), ytdTotal(PLEDGE, '2019-06'))).toBe(45.1);
    expect(percentChange(ytdTotal(PLEDGE, '2020-12'), ytdTotal(PLEDGE, '2019-12'))).toBe(43.9);
  });
});

describe('plausible shape', () => {
  test('February 2020 is the lowest pledge month of 2020 (COVID-19 dip)', () => {
    const months2020 = FIXTURE_SERIES[PLEDGE].filter((p) => p.period.startsWith('2020-'));
    const lowest = months2020.reduce((min, p) => (p.value < min.value ? p : min));
    expect(lowest.period).toBe('2020-02');
  });

  test('December 2020 is the largest pledge month of 2020', () => {
    const months2020 = FIXTURE_SERIES[PLEDGE].filter((p) => p.period.startsWith('2020-'));
    const largest = months2020.reduce((max, p) => (p.value > max.value ? p : max));
    expect(largest.period).toBe('2020-12');
  });

  test('review cycles never move more than 1.2 months between consecutive months', () => {
    for (const kpiId of CYCLE_IDS) {
      const series = FIXTURE_SERIES[kpiId];
      series.slice(1).forEach((point, index) => {
        const previous = series[index];
        if (previous) expect(Math.abs(point.value - previous.value), `${kpiId} ${point.period}`).toBeLessThanOrEqual(1.2);
      });
    }
  });

  test('unpublished stretches stay in their stated ranges', () => {
    expect(valueAt('high-value-patent-review-cycle', '2017-01')).toBeGreaterThanOrEqual(21);
    expect(valueAt('high-value-patent-review-cycle', '2018-12')).toBeGreaterThan(17.3);
    for (const period of periodRange('2019-01', '2019-12')) {
      const point = pointAt('invention-patent-review-cycle', period);
      if (point) {
        expect(point.value).toBeGreaterThanOrEqual(21);
        expect(point.value).toBeLessThanOrEqual(22);
      }
    }
  });

});
