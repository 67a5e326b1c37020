/**
 * Fixture data for the mock KPI feed: one monthly series per KPI, 2017-01 … 2020-12.
 *
 * Every series is built to pass exactly through the figures in
 * `shared/reference/published-figures.md`, listed below in {@link PUBLISHED_ANCHORS}:
 *
 * - `published` (status C in the reference): a public source states the figure, e.g. the 2019
 *   high-value patent review cycle of 17.3 months or 2020's pledge financing total of 2180 亿元.
 * - `derived` (status D): computed by arithmetic from published figures, never stated as such:
 *   2017's pledge total (≈ 1224 / 1.123 = 1090) and 2019's Q1 / H1 / Jan–Oct pledge totals
 *   (292 / 588 / 1233, backed out of the 2020 growth rates).
 * - `synthetic`: everything else. ANY POINT BETWEEN ANCHORS IS SYNTHETIC — invented to look
 *   plausible, not a reported figure. Whole stretches have no anchor at all (high-value cycle
 *   2017–2018, invention cycle in 2019) and are synthetic throughout.
 *
 * Meaning of a value (the feed contract):
 * - Review cycles (months): the year-to-date average as reported at the month's end, so
 *   December's value is the annual figure. An anchor (`month-value`) is the value of its month.
 *   Between anchors (and a few synthetic knots that set the shape of unpublished stretches) the
 *   value is a linear interpolation plus a small deterministic wobble that is zero at the knots,
 *   rounded to 1 decimal; anchors keep their exact published value (7.07 keeps 2 decimals).
 * - IP pledge financing (亿元): the amount registered in that month (a flow). An anchor
 *   (`ytd-total`) is a year-to-date total: January through the anchor's month sums to it exactly.
 *   Each anchor interval is split over its months by a fixed seasonal shape (2020 Q1 depressed by
 *   COVID-19, February 2020 the lowest month; December usually the largest), computed in integer
 *   tenths of 亿元 so the sums are exact. The monthly split itself is synthetic: the point at an
 *   anchor's month carries the anchor's provenance because the year-to-date total through that
 *   month is the published/derived figure.
 *
 * Simulated reporting gap: the invention-patent series has NO points for 2019-07 and 2019-08,
 * so the dashboard can show that a missing report is drawn as a gap, not interpolated over.
 *
 * Deterministic: pure data and arithmetic, no randomness, no clock.
 */
import { monthsBetween, periodMonth, periodRange, periodYear } from '../src/kpi/period';

/** The four KPIs of the fixture feed (its catalogue is the built-in 2020 catalogue). */
export const FIXTURE_KPI_IDS = [
  'high-value-patent-review-cycle',
  'trademark-registration-review-cycle',
  'invention-patent-review-cycle',
  'ip-pledge-financing',
] as const;
export type FixtureKpiId = (typeof FIXTURE_KPI_IDS)[number];
type KpiId = FixtureKpiId;

export function isFixtureKpiId(value: unknown): value is FixtureKpiId {
  return typeof value === 'string' && (FIXTURE_KPI_IDS as readonly string[]).includes(value);
}

export type FixtureProvenance = 'published' | 'derived' | 'synthetic';

export interface FixturePoint {
  period: string;
  value: number;
  provenance: FixtureProvenance;
  /** The source and its key phrase, for published and derived anchor points. */
  note?: string;
}

export interface PublishedAnchor {
  kpiId: KpiId;
  /** `month-value`: the month's value; `ytd-total`: the sum of the year's months through `period`. */
  kind: 'month-value' | 'ytd-total';
  period: string;
  value: number;
  provenance: 'published' | 'derived';
  source: string;
}

export const FIXTURE_FIRST_PERIOD = '2017-01';
export const FIXTURE_LAST_PERIOD = '2020-12';

/** Months deliberately missing from a series (a simulated reporting gap). */
export const FIXTURE_REPORTING_GAPS: Readonly<Record<KpiId, readonly string[]>> = {
  'high-value-patent-review-cycle': [],
  'trademark-registration-review-cycle': [],
  'invention-patent-review-cycle': ['2019-07', '2019-08'],
  'ip-pledge-financing': [],
};

const SRC_2019_RESULTS =
  'english.cnipa.gov.cn/transfer/news/iprspecial/1145400.htm — "pendency for high-value patents shrunk to 17.3 months; … trademarks … 4.5 months"';
const SRC_2020_RESULTS =
  '人民日报 2021-01-25 (news.workercn.cn/34196/202101/25/210125045428741.shtml) — "质押融资总额达2180亿元,同比增长43.9%。…高价值专利审查周期压减至14个月,发明专利平均审查周期压减至20个月,商标注册申请平均审查周期缩短至4个月"';
const SRC_2020_H1_CYCLES =
  'english.cnipa.gov.cn/art/2020/8/14/art_2126_150841.html — "high-value patent to 15.2 months, … trademark registrations averaging out at 4.5 months" (invention 20.3 months)';

export const PUBLISHED_ANCHORS: readonly PublishedAnchor[] = [
  // High-value patent review cycle (months, year-to-date average).
  { kpiId: 'high-value-patent-review-cycle', kind: 'month-value', period: '2019-12', value: 17.3, provenance: 'published', source: SRC_2019_RESULTS },
  { kpiId: 'high-value-patent-review-cycle', kind: 'month-value', period: '2020-06', value: 15.2, provenance: 'published', source: SRC_2020_H1_CYCLES },
  { kpiId: 'high-value-patent-review-cycle', kind: 'month-value', period: '2020-12', value: 14.0, provenance: 'published', source: SRC_2020_RESULTS },

  // Trademark registration review cycle (months, year-to-date average).
  { kpiId: 'trademark-registration-review-cycle', kind: 'month-value', period: '2017-12', value: 8, provenance: 'published', source: 'CNIPA 2017 results — trademark review cycle 8 months (year-end)' },
  { kpiId: 'trademark-registration-review-cycle', kind: 'month-value', period: '2018-06', value: 7.07, provenance: 'published', source: 'CNIPA 2018 H1 — trademark review cycle "7个月零2天"' },
  { kpiId: 'trademark-registration-review-cycle', kind: 'month-value', period: '2018-12', value: 6, provenance: 'published', source: 'CNIPA 2018 results — trademark review cycle 6 months' },
  { kpiId: 'trademark-registration-review-cycle', kind: 'month-value', period: '2019-12', value: 4.5, provenance: 'published', source: SRC_2019_RESULTS },
  { kpiId: 'trademark-registration-review-cycle', kind: 'month-value', period: '2020-06', value: 4.5, provenance: 'published', source: SRC_2020_H1_CYCLES },
  { kpiId: 'trademark-registration-review-cycle', kind: 'month-value', period: '2020-12', value: 4.0, provenance: 'published', source: SRC_2020_RESULTS },

  // Invention patent review cycle (months, year-to-date average). 2019: no published figure.
  { kpiId: 'invention-patent-review-cycle', kind: 'month-value', period: '2017-12', value: 22, provenance: 'published', source: 'CNIPA 2017 results — invention review cycle ≈22 months (approximate)' },
  { kpiId: 'invention-patent-review-cycle', kind: 'month-value', period: '2018-09', value: 22, provenance: 'published', source: 'CNIPA 2018 Jan–Sep — invention review cycle 22 months' },
  { kpiId: 'invention-patent-review-cycle', kind: 'month-value', period: '2020-06', value: 20.3, provenance: 'published', source: SRC_2020_H1_CYCLES },
  { kpiId: 'invention-patent-review-cycle', kind: 'month-value', period: '2020-12', value: 20.0, provenance: 'published', source: SRC_2020_RESULTS },

  // IP pledge financing (亿元, year-to-date totals of the monthly flow).
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2017-12', value: 1090, provenance: 'derived', source: 'Derived: 2018 total 1224 / 1.123 (2018 growth +12.3%) ≈ 1090' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2018-12', value: 1224, provenance: 'published', source: 'lexology.com — "patent and trademark pledge financing reached 122.4 billion yuan, up 12.3%"' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2019-03', value: 292, provenance: 'derived', source: 'Derived: 2020 Q1 337 / 1.155 (Q1 growth +15.5%) ≈ 292' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2019-06', value: 588, provenance: 'derived', source: 'Derived: 2020 H1 853 / 1.45 (H1 growth +45%) ≈ 588' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2019-10', value: 1233, provenance: 'derived', source: 'Derived: 2020 Jan–Oct 1664 / 1.35 (growth +35%) ≈ 1233' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2019-12', value: 1515, provenance: 'published', source: '经济日报 2020-01-14 (finance.sina.com.cn/roll/2020-01-14/doc-iihnzahk4136328.shtml) — "2019年我国专利、商标质押融资总额达到1515亿元,同比增长23.8%"' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2020-03', value: 337, provenance: 'published', source: 'CNIPA Q1 2020 briefing — "33.7 billion yuan, up 15.5%"' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2020-06', value: 853, provenance: 'published', source: 'ip.people.com.cn/n1/2020/0709/c136655-31777435.html — "全国专利商标质押金额853亿元,同比增长45%"' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2020-10', value: 1664, provenance: 'published', source: 'en.people.cn/n3/2020/1112/c90000-9779237.html — "166.4 billion yuan … 35 percent"' },
  { kpiId: 'ip-pledge-financing', kind: 'ytd-total', period: '2020-12', value: 2180, provenance: 'published', source: SRC_2020_RESULTS },
];

// ---------------------------------------------------------------------------------------------
// Review cycles: anchors plus synthetic knots, interpolated with a wobble that vanishes at knots.

type CycleKpiId = Exclude<KpiId, 'ip-pledge-financing'>;

interface Knot {
  period: string;
  value: number;
  /** The anchor behind a knot; absent for a synthetic shape knot. */
  anchor?: PublishedAnchor;
}

/** Synthetic knots that shape stretches with no published figure (marked `synthetic`). */
const SYNTHETIC_KNOTS: Readonly<Record<CycleKpiId, readonly Knot[]>> = {
  'high-value-patent-review-cycle': [
    { period: '2017-01', value: 22.0 },
    { period: '2018-12', value: 18.5 },
  ],
  'trademark-registration-review-cycle': [{ period: '2017-01', value: 9.0 }],
  'invention-patent-review-cycle': [
    { period: '2017-01', value: 22.6 },
    { period: '2019-12', value: 21.3 },
  ],
};

/** Wobble amplitude in months, per KPI. */
const WOBBLE_AMPLITUDE: Readonly<Record<CycleKpiId, number>> = {
  'high-value-patent-review-cycle': 0.12,
  'trademark-registration-review-cycle': 0.06,
  'invention-patent-review-cycle': 0.12,
};

/** A fixed month-of-year pattern in [-1, 1]; deterministic, no trigonometry. */
const WOBBLE_PATTERN = [0.2, 0.6, -0.4, 0.9, -0.7, 0.3, -0.2, 0.8, -0.5, 0.1, -0.9, 0.4] as const;

function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}

function cycleKnots(kpiId: CycleKpiId): Knot[] {
  const anchors: Knot[] = PUBLISHED_ANCHORS.filter((a) => a.kpiId === kpiId).map((anchor) => ({
    period: anchor.period,
    value: anchor.value,
    anchor,
  }));
  return [...anchors, ...SYNTHETIC_KNOTS[kpiId]].sort((a, b) => (a.period < b.period ? -1 : 1));
}

function buildCycleSeries(kpiId: CycleKpiId): FixturePoint[] {
  const knots = cycleKnots(kpiId);
  const first = knots[0];
  const last = knots[knots.length - 1];
  if (!first || first.period !== FIXTURE_FIRST_PERIOD || !last || last.period !== FIXTURE_LAST_PERIOD) {
    throw new Error(`fixtures: knots of ${kpiId} must span ${FIXTURE_FIRST_PERIOD}..${FIXTURE_LAST_PERIOD}`);
  }
  const gaps = FIXTURE_REPORTING_GAPS[kpiId];
  const points: FixturePoint[] = [];
  for (let i = 0; i + 1 < knots.length; i += 1) {
    const from = knots[i];
    const to = knots[i + 1];
    if (!from || !to) continue;
    const span = monthsBetween(from.period, to.period);
    // Each segment emits its start knot and the months up to (excluding) its end knot.
    periodRange(from.period, to.period)
      .slice(0, -1)
      .forEach((period, step) => {
        if (gaps.includes(period)) return;
        if (step === 0) {
          points.push(knotPoint(from));
          return;
        }
        const t = step / span;
        const wobble =
          WOBBLE_AMPLITUDE[kpiId] * 4 * t * (1 - t) * (WOBBLE_PATTERN[periodMonth(period) - 1] ?? 0);
        const value = roundTo1(from.value + (to.value - from.value) * t + wobble);
        points.push({ period, value, provenance: 'synthetic' });
      });
  }
  points.push(knotPoint(last));
  return points;
}

function knotPoint(knot: Knot): FixturePoint {
  if (knot.anchor) {
    return { period: knot.period, value: knot.anchor.value, provenance: knot.anchor.provenance, note: knot.anchor.source };
  }
  return { period: knot.period, value: knot.value, provenance: 'synthetic' };
}

// ---------------------------------------------------------------------------------------------
// Pledge financing: year-to-date anchors split over their months by a seasonal shape.

/**
 * Relative weight of each month (Jan … Dec) within its anchor interval, per year. Only ratios
 * inside one interval matter. 2020: Q1 depressed by COVID-19 (February lowest), then recovery.
 */
const PLEDGE_SEASONAL_WEIGHTS: Readonly<Record<number, readonly number[]>> = {
  2017: [0.85, 0.6, 0.95, 0.9, 0.95, 1.1, 0.95, 0.95, 1.05, 0.9, 1.05, 1.45],
  2018: [0.85, 0.6, 0.95, 0.9, 0.95, 1.1, 0.95, 0.95, 1.05, 0.9, 1.05, 1.45],
  2019: [0.95, 0.7, 1.1, 0.95, 0.95, 1.1, 0.98, 0.96, 1.04, 1.02, 0.8, 1.2],
  2020: [1.0, 0.45, 1.15, 0.95, 0.95, 1.1, 0.98, 0.96, 1.04, 1.02, 0.85, 1.15],
};

/** Split an integer `total` into integers proportional to `weights` (largest remainder, ties to the earlier month). */
function distribute(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map((x) => Math.floor(x));
  let remaining = total - parts.reduce((sum, p) => sum + p, 0);
  const order = exact
    .map((x, index) => ({ index, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (remaining <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remaining -= 1;
  }
  return parts;
}

function buildPledgeSeries(): FixturePoint[] {
  const kpiId: KpiId = 'ip-pledge-financing';
  const anchors = PUBLISHED_ANCHORS.filter((a) => a.kpiId === kpiId);
  const points: FixturePoint[] = [];
  for (let year = periodYear(FIXTURE_FIRST_PERIOD); year <= periodYear(FIXTURE_LAST_PERIOD); year += 1) {
    const weights = PLEDGE_SEASONAL_WEIGHTS[year];
    const yearAnchors = anchors
      .filter((a) => periodYear(a.period) === year)
      .sort((a, b) => (a.period < b.period ? -1 : 1));
    const lastAnchor = yearAnchors[yearAnchors.length - 1];
    if (!weights || weights.length !== 12 || !lastAnchor || periodMonth(lastAnchor.period) !== 12) {
      throw new Error(`fixtures: pledge year ${year} needs 12 weights and a December anchor`);
    }
    let startMonth = 1;
    let previousTenths = 0;
    for (const anchor of yearAnchors) {
      const endMonth = periodMonth(anchor.period);
      const anchorTenths = Math.round(anchor.value * 10);
      const tenths = distribute(anchorTenths - previousTenths, weights.slice(startMonth - 1, endMonth));
      tenths.forEach((amount, offset) => {
        const month = startMonth + offset;
        const period = `${year}-${String(month).padStart(2, '0')}`;
        const point: FixturePoint =
          month === endMonth
            ? { period, value: amount / 10, provenance: anchor.provenance, note: anchor.source }
            : { period, value: amount / 10, provenance: 'synthetic' };
        points.push(point);
      });
      startMonth = endMonth + 1;
      previousTenths = anchorTenths;
    }
  }
  return points;
}

export const FIXTURE_SERIES: Record<KpiId, readonly FixturePoint[]> = {
  'high-value-patent-review-cycle': buildCycleSeries('high-value-patent-review-cycle'),
  'trademark-registration-review-cycle': buildCycleSeries('trademark-registration-review-cycle'),
  'invention-patent-review-cycle': buildCycleSeries('invention-patent-review-cycle'),
  'ip-pledge-financing': buildPledgeSeries(),
};

