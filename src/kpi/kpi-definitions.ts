/**
 * The one definition of every KPI the dashboard tracks. Cards, charts, tables, exports and
 * screen-reader text all read from here; nothing else repeats a target or a unit.
 *
 * Targets, baselines and their sources come from `shared/reference/published-figures.md`.
 */

export const KPI_IDS = [
  'high-value-patent-review-cycle',
  'trademark-registration-review-cycle',
  'invention-patent-review-cycle',
  'ip-pledge-financing',
] as const;

export type KpiId = (typeof KPI_IDS)[number];

export type KpiUnit = 'months' | 'cny-100m';

/**
 * - `ytd-average`: a month's value is the year-to-date average as reported at the month's end, so
 *   December's value is the annual figure.
 * - `monthly-flow`: a month's value is the amount registered in that month; a year is the sum.
 */
export type KpiMeasure = 'ytd-average' | 'monthly-flow';

export type Direction = 'lower-is-better' | 'higher-is-better';

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

/** Whether a figure was stated by a source (`published`) or computed from stated figures (`derived`). */
export type Provenance = 'published' | 'derived';

export type TargetRule =
  /** The December (annual) value must be at most `value` (review cycles). */
  | { kind: 'at-most'; value: number }
  /** The annual total must grow by at least `percent` % over the previous year's (pledge financing). */
  | { kind: 'growth-at-least'; percent: number };

export interface Target {
  year: number;
  rule: TargetRule;
  planText: Bilingual;
  source: Bilingual;
  provenance: Provenance;
}

export interface Baseline {
  year: number;
  value: number;
  source: Bilingual;
}

export interface KpiDefinition {
  id: KpiId;
  unit: KpiUnit;
  measure: KpiMeasure;
  direction: Direction;
  name: Bilingual;
  definition: Bilingual;
  /** The year before the 2020 plan, as published; `null` where no figure was published. */
  baseline: Baseline | null;
  targets: readonly Target[];
}

const WORK_REPORT_2020: Bilingual = {
  'zh-CN': '2020 年全国知识产权局局长会议工作报告(2020 年 1 月 6 日)',
  en: 'CNIPA directors’ meeting work report, 6 January 2020',
};

const GUIDELINE_2022: Bilingual = {
  'zh-CN': '国家知识产权局 2022 年度工作指引',
  en: 'CNIPA 2022 annual work guideline',
};

const GUIDELINE_2022_DERIVED: Bilingual = {
  'zh-CN': '由 2022 年度工作指引相对 2021 年的表述推算(未直接公布)',
  en: 'Derived from the 2022 guideline, which states its targets relative to 2021 (not published as such)',
};

const RESULTS_2023: Bilingual = {
  'zh-CN': '新华社 2024 年 1 月 4 日报道',
  en: 'Xinhua, 4 January 2024',
};

export const KPI_DEFINITIONS = {
  'high-value-patent-review-cycle': {
    id: 'high-value-patent-review-cycle',
    unit: 'months',
    measure: 'ytd-average',
    direction: 'lower-is-better',
    name: { 'zh-CN': '高价值专利审查周期', en: 'High-value patent review cycle' },
    definition: {
      'zh-CN': '高价值发明专利从受理到审结的平均审查周期(年初至当月末累计平均,单位:月)。',
      en: 'Average time from filing to final decision for high-value invention patents, averaged over the year to date (months).',
    },
    baseline: {
      year: 2019,
      value: 17.3,
      source: { 'zh-CN': '国家知识产权局 2019 年统计', en: 'CNIPA, 2019 results' },
    },
    targets: [
      {
        year: 2020,
        rule: { kind: 'at-most', value: 16 },
        planText: { 'zh-CN': '高价值专利审查周期压减至16个月以内', en: 'Cut the high-value patent review cycle to 16 months or less' },
        source: WORK_REPORT_2020,
        provenance: 'published',
      },
      {
        year: 2021,
        rule: { kind: 'at-most', value: 14 },
        planText: { 'zh-CN': '高价值专利审查周期 14.0 个月', en: 'High-value patent review cycle 14.0 months' },
        source: GUIDELINE_2022_DERIVED,
        provenance: 'derived',
      },
      {
        year: 2022,
        rule: { kind: 'at-most', value: 13.8 },
        planText: { 'zh-CN': '高价值专利审查周期压减至13.8个月', en: 'Cut the high-value patent review cycle to 13.8 months' },
        source: GUIDELINE_2022,
        provenance: 'published',
      },
    ],
  },
  'trademark-registration-review-cycle': {
    id: 'trademark-registration-review-cycle',
    unit: 'months',
    measure: 'ytd-average',
    direction: 'lower-is-better',
    name: { 'zh-CN': '商标注册平均审查周期', en: 'Trademark registration review cycle' },
    definition: {
      'zh-CN': '商标注册申请从受理到审查结论的平均审查周期(年初至当月末累计平均,单位:月)。',
      en: 'Average time from filing to examination decision for trademark registrations, averaged over the year to date (months).',
    },
    baseline: {
      year: 2019,
      value: 4.5,
      source: { 'zh-CN': '国家知识产权局 2019 年统计', en: 'CNIPA, 2019 results' },
    },
    targets: [
      {
        year: 2020,
        rule: { kind: 'at-most', value: 4 },
        planText: { 'zh-CN': '将商标注册平均审查周期压减至4个月', en: 'Cut the average trademark registration review cycle to 4 months' },
        source: WORK_REPORT_2020,
        provenance: 'published',
      },
      {
        year: 2021,
        rule: { kind: 'at-most', value: 4 },
        planText: { 'zh-CN': '商标注册平均审查周期稳定在4个月以内', en: 'Keep the trademark review cycle within 4 months' },
        source: GUIDELINE_2022,
        provenance: 'published',
      },
      {
        year: 2022,
        rule: { kind: 'at-most', value: 4 },
        planText: { 'zh-CN': '商标注册平均审查周期稳定在4个月', en: 'Keep the trademark review cycle stable at 4 months' },
        source: GUIDELINE_2022,
        provenance: 'published',
      },
      {
        year: 2023,
        rule: { kind: 'at-most', value: 4 },
        planText: { 'zh-CN': '商标注册平均审查周期稳定在4个月', en: 'Keep the trademark review cycle stable at 4 months' },
        source: RESULTS_2023,
        provenance: 'published',
      },
    ],
  },
  'invention-patent-review-cycle': {
    id: 'invention-patent-review-cycle',
    unit: 'months',
    measure: 'ytd-average',
    direction: 'lower-is-better',
    name: { 'zh-CN': '发明专利平均审查周期', en: 'Invention patent review cycle' },
    definition: {
      'zh-CN': '全部发明专利的平均审查周期(年初至当月末累计平均,单位:月)。背景指标,2020 年无目标。',
      en: 'Average review cycle of all invention patents, averaged over the year to date (months). A context series: no 2020 target.',
    },
    // No 2019 figure was published for all invention patents.
    baseline: null,
    targets: [
      {
        year: 2021,
        rule: { kind: 'at-most', value: 18.5 },
        planText: { 'zh-CN': '发明专利平均审查周期 18.5 个月', en: 'Invention patent review cycle 18.5 months' },
        source: GUIDELINE_2022_DERIVED,
        provenance: 'derived',
      },
      {
        year: 2022,
        rule: { kind: 'at-most', value: 16.5 },
        planText: { 'zh-CN': '发明专利平均审查周期压减至16.5个月', en: 'Cut the invention patent review cycle to 16.5 months' },
        source: GUIDELINE_2022,
        provenance: 'published',
      },
      {
        year: 2023,
        rule: { kind: 'at-most', value: 16 },
        planText: { 'zh-CN': '发明专利平均审查周期压减至16个月', en: 'Cut the invention patent review cycle to 16 months' },
        source: RESULTS_2023,
        provenance: 'published',
      },
    ],
  },
  'ip-pledge-financing': {
    id: 'ip-pledge-financing',
    unit: 'cny-100m',
    measure: 'monthly-flow',
    direction: 'higher-is-better',
    name: { 'zh-CN': '知识产权质押融资规模', en: 'IP pledge financing' },
    definition: {
      'zh-CN': '当月登记的专利、商标质押融资金额(亿元);全年规模为各月之和,增速为年初至今累计额与上年同期相比。',
      en: 'Patent and trademark pledge financing registered in the month (100 million CNY); a year is the sum of its months, and growth compares the year-to-date total with the same months of the previous year.',
    },
    baseline: {
      year: 2019,
      value: 1515,
      source: { 'zh-CN': '经济日报 2020 年 1 月 14 日', en: 'Economic Daily, 14 January 2020' },
    },
    targets: [
      {
        year: 2020,
        rule: { kind: 'growth-at-least', percent: 20 },
        planText: {
          'zh-CN': '扩大知识产权质押融资规模,力争全年增长20%以上',
          en: 'Expand IP pledge financing, striving for full-year growth of 20% or more',
        },
        source: WORK_REPORT_2020,
        provenance: 'published',
      },
      {
        year: 2023,
        rule: { kind: 'growth-at-least', percent: 10 },
        planText: { 'zh-CN': '质押融资金额增长10%以上', en: 'Pledge financing amount up 10% or more' },
        source: RESULTS_2023,
        provenance: 'published',
      },
    ],
  },
} as const satisfies Record<KpiId, KpiDefinition>;

export function getKpiDefinition(id: KpiId): KpiDefinition {
  return KPI_DEFINITIONS[id];
}

export function isKpiId(value: unknown): value is KpiId {
  return typeof value === 'string' && (KPI_IDS as readonly string[]).includes(value);
}

export function targetForYear(definition: KpiDefinition, year: number): Target | null {
  return definition.targets.find((target) => target.year === year) ?? null;
}

/** The target's level for a year: a cycle's limit in months, or a growth target in %. */
export function targetLevel(definition: KpiDefinition, year: number): number | null {
  const target = targetForYear(definition, year);
  if (target === null) return null;
  return target.rule.kind === 'at-most' ? target.rule.value : target.rule.percent;
}
