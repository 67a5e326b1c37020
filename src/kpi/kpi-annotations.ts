import type { Bilingual, KpiId } from './kpi-definitions';
import type { Period } from './period';

/**
 * Notable events shown on the detail charts. They are kept here, beside the KPI definitions and
 * with their sources, not in the feed: they explain the figures, they are not figures.
 */
export interface KpiAnnotation {
  kpiIds: readonly KpiId[];
  period: Period;
  label: Bilingual;
  source: Bilingual;
}

const ALL: readonly KpiId[] = [
  'high-value-patent-review-cycle',
  'trademark-registration-review-cycle',
  'invention-patent-review-cycle',
  'ip-pledge-financing',
];

export const KPI_ANNOTATIONS: readonly KpiAnnotation[] = [
  {
    kpiIds: ALL,
    period: '2020-01',
    label: { 'zh-CN': '2020 年目标发布(全国知识产权局局长会议)', en: '2020 targets set (CNIPA directors’ meeting)' },
    source: { 'zh-CN': '2020 年全国知识产权局局长会议工作报告,2020 年 1 月 6 日', en: 'CNIPA work report, 6 January 2020' },
  },
  {
    kpiIds: ['ip-pledge-financing'],
    period: '2020-02',
    label: {
      'zh-CN': '新冠疫情冲击:一季度质押融资 337 亿元,仅占全年约 15%',
      en: 'COVID-19 dip: Q1 pledge financing CNY 33.7 bn, about 15% of the year',
    },
    source: { 'zh-CN': '国家知识产权局 2020 年一季度新闻发布会', en: 'CNIPA Q1 2020 briefing' },
  },
  {
    kpiIds: ['ip-pledge-financing', 'high-value-patent-review-cycle', 'trademark-registration-review-cycle', 'invention-patent-review-cycle'],
    period: '2020-06',
    label: {
      'zh-CN': '上半年数据发布:质押融资 853 亿元(+45%),高价值专利 15.2 个月,商标 4.5 个月',
      en: 'H1 figures: pledge CNY 85.3 bn (+45%), high-value 15.2 months, trademark 4.5 months',
    },
    source: { 'zh-CN': '人民网 2020 年 7 月 9 日;国家知识产权局 2020 年 8 月 14 日', en: 'People’s Daily, 9 July 2020; CNIPA, 14 August 2020' },
  },
];

export function annotationsFor(kpiId: KpiId, from: Period, to: Period): KpiAnnotation[] {
  return KPI_ANNOTATIONS.filter((a) => a.kpiIds.includes(kpiId) && a.period >= from && a.period <= to);
}
