import type { ChartRow } from '../src/kpi/chart-rows';
import type { KpiDefinition, Target } from '../src/kpi/kpi-definitions';
import type { Observation } from '../src/kpi/observation';

/**
 * Builders for the pure domain's tests: a KPI definition, a target and observations, written the
 * way the feed would send them. Test support, not product code (Stryker does not mutate it).
 */

export const TEST_SOURCE = { title: { 'zh-CN': '测试', en: 'Test' }, url: null, quote: null };

export const target = (year: number, kind: Target['kind'], value: number, setIn = year): Target => ({ year, setIn, kind, value, source: TEST_SOURCE, isDerived: false });

/** A KPI of 亿元 summed by month, higher is better, with no target unless `partial` gives one. */
export function kpi(partial: Partial<KpiDefinition>): KpiDefinition {
  return {
    id: 'test-kpi',
    unit: 'cny-100m',
    measure: 'monthly-flow',
    direction: 'higher-is-better',
    name: { 'zh-CN': '测试', en: 'Test' },
    definition: { 'zh-CN': '测试', en: 'Test' },
    targets: [],
    baselines: [],
    events: [],
    ...partial,
  };
}

export const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });

/** Twelve (or fewer) months of `year`, from January. */
export const months = (year: number, values: readonly number[]): Observation[] => values.map((value, index) => at(`${year}-${String(index + 1).padStart(2, '0')}`, value));

// Monthly pledge amounts (亿元) whose sums are the published 2020 checkpoints (Q1 337, H1 853,
// Jan–Oct 1664, year 2180) and those derived for 2019 (Q1 292, H1 588, Jan–Oct 1233, year 1515).
export const PLEDGE_2019 = months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]);
export const PLEDGE_2020 = months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]);
export const PLEDGE = [...PLEDGE_2019, ...PLEDGE_2020];

/** A chart (or table, or CSV) row of `period` with nothing in it but what `partial` gives. */
export function chartRow(period: string, partial: Partial<ChartRow> = {}): ChartRow {
  return {
    period,
    value: null,
    isProvisional: false,
    projection: null,
    target: null,
    targetKind: null,
    source: null,
    revision: null,
    growthSource: null,
    ytdGrowthPercent: null,
    previousYearValue: null,
    periodGrowthPercent: null,
    partialMonths: null,
    ...partial,
  };
}
