import type { KpiUnit } from './kpi-definitions';

export interface UnitRules {
  /** Whether 0 is a possible figure: an amount can be 0; a review cycle cannot. */
  allowsZero: boolean;
  /**
   * Beyond any plausible figure: a feed value above it is a broken value, not a figure (1e308
   * 亿元 once read as `met`, "∞ 亿元"). 600 months is 50 years; 1e7 亿元 is 10^15 CNY, ten times
   * the world's yearly output.
   */
  max: number;
}

/** What a value may be, per unit. A new unit is a compile error here until its rules are given. */
export const UNIT_RULES = {
  months: { allowsZero: false, max: 600 },
  'cny-100m': { allowsZero: true, max: 1e7 },
} as const satisfies Record<KpiUnit, UnitRules>;

/** A publisher's growth rate (%) outside this range is a broken value. */
export const GROWTH_PCT_RANGE = { min: -100, max: 100_000 } as const;
