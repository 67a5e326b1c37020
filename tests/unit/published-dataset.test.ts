/**
 * The KPI model on the published dataset: real figures only, as the static feed ships them
 * (`public/feeds/published/`), parsed by the feed's own schemas. The expected figures are the
 * ones the sources state (shared/reference/published-figures.md), not the code's output.
 */
import { describe, expect, test } from 'vitest';
import { PUBLISHED_CATALOGUE, PUBLISHED_OBSERVATIONS } from '../../mocks/published';
import { definitionsOf } from '../../src/feed/catalogue-schema';
import { parseObservationsResponse } from '../../src/feed/observations-schema';
import { evaluateKpi } from '../../src/kpi/evaluate-kpi';
import type { FlowEvaluation, KpiEvaluation } from '../../src/kpi/evaluate-kpi';
import type { KpiDefinition } from '../../src/kpi/kpi-definitions';
import { defaultAsOf } from '../../src/kpi/resolve-as-of';

const definitions = definitionsOf(PUBLISHED_CATALOGUE);
const byId = (id: string): KpiDefinition => {
  const found = definitions.find((definition) => definition.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const series = definitions.map((definition) => ({ definition, observations: parseObservationsResponse(definition, PUBLISHED_OBSERVATIONS[definition.id]) }));
const observationsOf = (id: string) => series.find((s) => s.definition.id === id)?.observations ?? [];

function evaluate(id: string, asOf: string): KpiEvaluation {
  return evaluateKpi(byId(id), observationsOf(id), asOf);
}
function pledge(asOf: string): FlowEvaluation {
  const result = evaluate('ip-pledge-financing', asOf);
  if (result.kind !== 'total') throw new Error('pledge financing is an amount');
  return result;
}

describe('pledge financing from its published checkpoints (337, 853, 1664, 2180 亿元 in 2020)', () => {
  test('as of 2020-03: 337, +15.5% as published, behind its 20% target (at risk)', () => {
    const result = pledge('2020-03');
    expect(result.yearToDate.total).toBe(337);
    expect(result.yearToDate.growthPercent).toBe(15.5);
    expect(result.yearToDate.growthSource).toBe('published');
    expect(result.status).toBe('at-risk');
    // Last year's Q1 is derived from the published growth: 337 ÷ 1.155; its share of 1515 gives the year.
    expect(result.yearToDate.previousTotal).toBeCloseTo(337 / 1.155, 9);
    expect(result.projection?.total).toBeCloseTo(1515 * 1.155, 6);
    expect(result.gap?.growthPoints).toBeCloseTo(-4.5, 9);
  });

  test('as of 2020-06: 853, +45%, on track', () => {
    const result = pledge('2020-06');
    expect(result.yearToDate.total).toBe(853);
    expect(result.yearToDate.growthPercent).toBe(45);
    expect(result.status).toBe('on-track');
  });

  test('as of 2020-08 the card still judges the June checkpoint, and says it is two months old', () => {
    const result = pledge('2020-08');
    expect(result.yearToDate.checkpoint?.period).toBe('2020-06');
    expect(result.latestAgeMonths).toBe(2);
    expect(result.status).toBe('on-track');
  });

  test('as of 2020-12: 2180, +43.9%, met; the computed growth (2180 / 1515) agrees within 0.5 points', () => {
    const result = pledge('2020-12');
    expect(result.yearToDate.total).toBe(2180);
    expect(result.yearToDate.growthPercent).toBe(43.9);
    expect(result.yearToDate.computedGrowthPercent).toBeCloseTo((2180 / 1515 - 1) * 100, 9);
    expect(result.status).toBe('met');
    expect(result.basis).toBe('final');
  });

  test('2021 publishes no growth with its total: it is computed from the published 2020 total', () => {
    const result = pledge('2021-12');
    expect(result.yearToDate.growthSource).toBe('computed');
    expect(result.yearToDate.growthPercent).toBeCloseTo((3098 / 2180 - 1) * 100, 9);
    expect(result.status).toBe('no-target');
  });

  test('2023: +75.4% against the “+10% or more” target is met', () => {
    expect(pledge('2023-12').status).toBe('met');
  });
});

describe('review cycles from their half-year and full-year reports', () => {
  test('as of 2020-06: high-value 15.2 months is on track for ≤ 16; trademark 4.5 is off track for 4', () => {
    expect(evaluate('high-value-patent-review-cycle', '2020-06').status).toBe('on-track');
    expect(evaluate('trademark-registration-review-cycle', '2020-06').status).toBe('off-track');
  });

  test('as of 2020-12: high-value 14 and trademark 4 meet their targets', () => {
    expect(evaluate('high-value-patent-review-cycle', '2020-12')).toMatchObject({ status: 'met', latest: { value: 14 } });
    expect(evaluate('trademark-registration-review-cycle', '2020-12')).toMatchObject({ status: 'met', latest: { value: 4 } });
    expect(evaluate('invention-patent-review-cycle', '2020-12').status).toBe('no-target');
  });

  test('as of 2020-03 nothing of 2020 is reported for the cycles: no verdict', () => {
    expect(evaluate('high-value-patent-review-cycle', '2020-03')).toMatchObject({ status: 'no-data', basis: 'no-observations-this-year' });
  });

  test('every figure carries its source', () => {
    const result = evaluate('high-value-patent-review-cycle', '2020-12');
    expect(result.latest?.source?.title).toContain('人民日报');
    expect(result.latest?.source?.publishedOn).toBe('2021-01-25');
  });
});

test('the overview opens at the latest month at which every KPI with a target is judged', () => {
  // 2025 has figures but no targets; in 2024 invention (≤ 15.5) and trademark (4) both report December.
  expect(defaultAsOf(series)).toBe('2024-12');
});
