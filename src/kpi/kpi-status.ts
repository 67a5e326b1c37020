/**
 * - `met` / `missed`: the target year's December has been reported and judged against the target.
 * - `met-early`: a level target (e.g. ≥ 3200 亿元 by 2025) already reached before its deadline year.
 * - `on-track` / `at-risk` / `off-track`: the year is in progress; judged from the projection.
 * - `no-target`: the KPI has no target for the as-of year (its figures are still shown).
 * - `no-data`: nothing (or not enough) reported to judge.
 * - `error`: the feed's answer for this KPI could not be used (set by the feed layer, not here).
 */
export const KPI_STATUSES = ['met', 'met-early', 'missed', 'on-track', 'at-risk', 'off-track', 'no-target', 'no-data', 'error'] as const;

export type KpiStatus = (typeof KPI_STATUSES)[number];

/**
 * A projection that misses its target by no more than this share of the target value is
 * `at-risk` rather than `off-track`: e.g. a 16-month cycle target projected at up to 16.8 months,
 * or a 20% growth target whose projected total is at least 95% of the total needed.
 */
export const AT_RISK_TOLERANCE = 0.05;

// Published figures carry one or two decimals; comparisons allow for binary floating error only.
const EPSILON = 1e-9;

/** Status of a lower-is-better value against an at-most target. */
export function judgeAtMost(value: number, target: number): 'on-track' | 'at-risk' | 'off-track' {
  if (value <= target + EPSILON) return 'on-track';
  if (value <= target * (1 + AT_RISK_TOLERANCE) + EPSILON) return 'at-risk';
  return 'off-track';
}

/** Status of a projected total against the total a growth target requires. */
export function judgeAtLeast(value: number, required: number): 'on-track' | 'at-risk' | 'off-track' {
  if (value >= required - EPSILON) return 'on-track';
  if (value >= required * (1 - AT_RISK_TOLERANCE) - EPSILON) return 'at-risk';
  return 'off-track';
}

/**
 * Where "at risk" lies for a target, on the scale the target is stated in: between the target and
 * 5% beyond it on the bad side. A growth target is judged on the total it requires, so its band in
 * growth points is wider: a 20% target is at risk from +14% (1.2 × 0.95 = 1.14), not from +19%.
 */
export function atRiskBand(kind: 'at-most' | 'at-least' | 'growth-at-least', target: number): readonly [number, number] {
  switch (kind) {
    case 'at-most':
      return [target, target * (1 + AT_RISK_TOLERANCE)];
    case 'at-least':
      return [target * (1 - AT_RISK_TOLERANCE), target];
    case 'growth-at-least':
      return [((1 + target / 100) * (1 - AT_RISK_TOLERANCE) - 1) * 100, target];
    default: {
      const unhandled: never = kind;
      throw new Error(`Unhandled target kind ${String(unhandled)}`);
    }
  }
}

export function meetsAtMost(value: number, target: number): boolean {
  return value <= target + EPSILON;
}

export function meetsAtLeast(value: number, required: number): boolean {
  return value >= required - EPSILON;
}
