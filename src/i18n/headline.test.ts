import { expect, test } from 'vitest';
import { evaluateKpi } from '../kpi/evaluate-kpi';
import { builtInDefinition } from '../feed/built-in-catalogue';
import type { Observation } from '../kpi/observation';
import { slideHeadline, slideHeadlineParts } from './headline';

const highValue = builtInDefinition('high-value-patent-review-cycle');
const pledge = builtInDefinition('ip-pledge-financing');

// Published figures: 2019-12 17.3, 2020-06 15.2, 2020-12 14.0 months.
const HIGH_VALUE: Observation[] = [
  { period: '2019-12', value: 17.3, isProvisional: false },
  { period: '2020-06', value: 15.2, isProvisional: false },
  { period: '2020-12', value: 14.0, isProvisional: false },
];

function months(year: number, values: readonly number[]): Observation[] {
  return values.map((value, index) => ({ period: `${year}-${String(index + 1).padStart(2, '0')}`, value, isProvisional: false }));
}
// Year-to-date sums: 2019 Q1 292 / year 1515; 2020 Q1 337 / year 2180.
const PLEDGE = [
  ...months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]),
  ...months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]),
];

test('a met review-cycle target reads as the plan put it, in both languages', () => {
  const evaluation = evaluateKpi(highValue, HIGH_VALUE, '2020-12');
  expect(slideHeadline(highValue, evaluation, evaluation.status, 'zh-CN')).toBe('高价值专利审查周期 14.0\u00a0个月，已实现“16\u00a0个月以内”目标');
  expect(slideHeadline(highValue, evaluation, evaluation.status, 'en')).toBe(
    'High-value patent review cycle at 14.0\u00a0months: 2020 target of 16\u00a0months or less met',
  );
});

test('mid-year, the headline gives the projection as a projection', () => {
  // 2020-03 is made up between the published points, so the year has a trend (−0.3 a month).
  const withMarch = [HIGH_VALUE[0], { period: '2020-03', value: 16.1, isProvisional: false }, HIGH_VALUE[1], HIGH_VALUE[2]].filter(
    (o): o is Observation => o !== undefined,
  );
  const evaluation = evaluateKpi(highValue, withMarch, '2020-06');
  expect(slideHeadline(highValue, evaluation, evaluation.status, 'en')).toBe(
    'High-value patent review cycle at 15.2\u00a0months, projected 13.4\u00a0months by Dec 2020: on track for the 2020 target of 16\u00a0months or less',
  );
});

test('pledge financing is told by its total and growth', () => {
  const december = evaluateKpi(pledge, PLEDGE, '2020-12');
  expect(slideHeadline(pledge, december, december.status, 'zh-CN')).toBe('知识产权质押融资规模全年 2,180\u00a0亿元，同比 +43.9%，已实现“增长 20% 以上”目标');
  const march = evaluateKpi(pledge, PLEDGE, '2020-03');
  expect(slideHeadline(pledge, march, march.status, 'en')).toBe(
    'IP pledge financing at CNY\u00a033.7\u00a0bn so far (+15.4%), projected +15.4% for the year: the 2020 target of 20% growth or more is at risk',
  );
});

test('errors and missing data say so instead of inventing a verdict', () => {
  expect(slideHeadline(highValue, null, 'error', 'en')).toBe('High-value patent review cycle: data error, cannot judge');
  expect(slideHeadline(highValue, null, 'no-data', 'zh-CN')).toBe('高价值专利审查周期：暂无数据');
});

test('a provisional figure says so in the headline, in both languages; a final one does not', () => {
  const provisional = HIGH_VALUE.map((observation) => (observation.period === '2020-06' ? { ...observation, isProvisional: true } : observation));
  const evaluation = evaluateKpi(highValue, provisional, '2020-06');
  expect(slideHeadline(highValue, evaluation, evaluation.status, 'zh-CN')).toMatch(/^高价值专利审查周期 15\.2\u00a0个月（初步数据），/);
  expect(slideHeadline(highValue, evaluation, evaluation.status, 'en')).toMatch(/^High-value patent review cycle at 15\.2\u00a0months \(provisional\), /);
  const final = evaluateKpi(highValue, HIGH_VALUE, '2020-06');
  expect(slideHeadline(highValue, final, final.status, 'zh-CN')).not.toContain('初步数据');

  // Pledge financing: the June month of the year to date is provisional.
  const pledgeJune = PLEDGE.filter((observation) => observation.period <= '2020-06').map((observation) => (observation.period === '2020-06' ? { ...observation, isProvisional: true } : observation));
  const flow = evaluateKpi(pledge, pledgeJune, '2020-06');
  expect(slideHeadline(pledge, flow, flow.status, 'zh-CN')).toContain('亿元（初步数据）');
});

test('on a slide the headline is two lines: the figure, then the verdict; in Chinese they are the sentence, split at its comma', () => {
  const december = evaluateKpi(highValue, HIGH_VALUE, '2020-12');
  expect(slideHeadlineParts(highValue, december, december.status, 'zh-CN')).toEqual({ figure: '高价值专利审查周期 14.0\u00a0个月', verdict: '已实现“16\u00a0个月以内”目标' });
  expect(slideHeadlineParts(highValue, december, december.status, 'en')).toEqual({ figure: 'High-value patent review cycle at 14.0\u00a0months', verdict: '2020 target of 16\u00a0months or less met' });

  const march = evaluateKpi(pledge, PLEDGE, '2020-03');
  expect(slideHeadlineParts(pledge, march, march.status, 'en')).toEqual({
    figure: 'IP pledge financing at CNY\u00a033.7\u00a0bn so far (+15.4%)',
    verdict: 'Projected +15.4% for the year: the 2020 target of 20% growth or more is at risk',
  });
  const year = evaluateKpi(pledge, PLEDGE, '2020-12');
  expect(slideHeadlineParts(pledge, year, year.status, 'en').figure).toBe('IP pledge financing at CNY\u00a0218\u00a0bn for the year, +43.9%');

  for (const [definition, observations, asOf] of [
    [highValue, HIGH_VALUE, '2020-12'],
    [highValue, HIGH_VALUE, '2020-06'],
    [pledge, PLEDGE, '2020-03'],
    [pledge, PLEDGE, '2020-12'],
  ] as const) {
    const evaluation = evaluateKpi(definition, observations, asOf);
    const { figure, verdict } = slideHeadlineParts(definition, evaluation, evaluation.status, 'zh-CN');
    expect(`${figure}，${verdict}`, `${definition.id} ${asOf}`).toBe(slideHeadline(definition, evaluation, evaluation.status, 'zh-CN'));
  }
});

test('on a slide, a provisional figure is marked in the figure line; errors and missing data have no verdict line', () => {
  const provisional = HIGH_VALUE.map((observation) => (observation.period === '2020-06' ? { ...observation, isProvisional: true } : observation));
  const evaluation = evaluateKpi(highValue, provisional, '2020-06');
  expect(slideHeadlineParts(highValue, evaluation, evaluation.status, 'en').figure).toBe('High-value patent review cycle at 15.2\u00a0months (provisional)');
  expect(slideHeadlineParts(highValue, null, 'error', 'zh-CN')).toEqual({ figure: '高价值专利审查周期：数据错误，无法判断', verdict: null });
  expect(slideHeadlineParts(highValue, null, 'no-data', 'en')).toEqual({ figure: 'High-value patent review cycle: no data', verdict: null });
});
