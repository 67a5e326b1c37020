/**
 * What a KPI is: the shape the catalogue (`GET {baseUrl}/kpis`, or the built-in catalogue for a
 * v1 feed) is turned into once it has passed its schema. Cards, charts, tables, exports, slides
 * and screen-reader text all read a KPI's names, unit, measure, targets and sources from its
 * definition; nothing else repeats them.
 */

/** A KPI's id as the feed names it (`[a-z0-9-]`, e.g. `ip-pledge-financing`). */
export type KpiId = string;

export const KPI_UNITS = ['months', 'cny-100m'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/**
 * - `ytd-average`: a month's value is the year-to-date average as reported at the month's end, so
 *   December's value is the annual figure (review cycles). Checkpoints may be sparse.
 * - `monthly-flow`: a month's value is the amount registered in that month; a year is the sum.
 * - `ytd-cumulative`: a month's value is the total from January to that month, as published at
 *   irregular checkpoints (Q1, H1, Jan–Oct, the year); December's value is the year's total.
 */
export const KPI_MEASURES = ['ytd-average', 'monthly-flow', 'ytd-cumulative'] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];

export type Direction = 'lower-is-better' | 'higher-is-better';

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

/** Where a target, a baseline or an event comes from, as a reader would cite it. */
export interface SourceRef {
  title: Bilingual;
  url: string | null;
  /** The source's own words (in its own language). */
  quote: string | null;
}

export const TARGET_KINDS = ['at-most', 'at-least', 'growth-at-least'] as const;
/**
 * - `at-most`: the year's figure must be at most `value` (a review cycle's level).
 * - `at-least`: the year's figure must reach at least `value` (a level, e.g. ≥ 3200 亿元 by 2025).
 * - `growth-at-least`: the year's total must grow by at least `value` % over the previous year's.
 */
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Target {
  /** The deadline year: the year whose figure is judged. */
  year: number;
  /** The year the target was announced; it is in force from then until `year`. */
  setIn: number;
  kind: TargetKind;
  value: number;
  source: SourceRef;
  /** Computed from what a source states rather than stated by it; shown as derived. */
  isDerived: boolean;
}

export interface Baseline {
  year: number;
  value: number;
  source: SourceRef;
}

/** A notable event marked on the detail chart, with its source. */
export interface KpiEvent {
  period: string;
  label: Bilingual;
  source: SourceRef;
}

export interface KpiDefinition {
  id: KpiId;
  unit: KpiUnit;
  measure: KpiMeasure;
  direction: Direction;
  name: Bilingual;
  definition: Bilingual;
  targets: readonly Target[];
  baselines: readonly Baseline[];
  events: readonly KpiEvent[];
}

/** The targets in force in `year`: announced by then, with a deadline not yet past. */
export function targetsInForce(definition: KpiDefinition, year: number): Target[] {
  return definition.targets
    .filter((target) => target.setIn <= year && year <= target.year)
    .sort((a, b) => a.year - b.year);
}

/**
 * The target a year is judged against: that year's own target when it has one, else the one in
 * force with the nearest deadline (a multi-year level, e.g. ≥ 3200 亿元 by 2025).
 */
export function targetForYear(definition: KpiDefinition, year: number): Target | null {
  const inForce = targetsInForce(definition, year);
  return inForce.find((target) => target.year === year) ?? inForce[0] ?? null;
}

/** Whether a target's value reads on the growth axis (%), or on the KPI's own unit. */
export function isGrowthTarget(target: Target): boolean {
  return target.kind === 'growth-at-least';
}

/** The value a chart draws for a year's target: a level in the KPI's unit, or a growth in %. */
export function targetLevel(definition: KpiDefinition, year: number): number | null {
  return targetForYear(definition, year)?.value ?? null;
}

/** The latest baseline before `year` (the year before a plan is what its targets are measured from). */
export function baselineFor(definition: KpiDefinition, year: number): Baseline | null {
  let found: Baseline | null = null;
  for (const baseline of definition.baselines) {
    if (baseline.year < year && (found === null || baseline.year > found.year)) found = baseline;
  }
  return found;
}

/** Events of a KPI between two periods, both included. */
export function eventsBetween(definition: KpiDefinition, from: string, to: string): KpiEvent[] {
  return definition.events.filter((event) => event.period >= from && event.period <= to);
}
