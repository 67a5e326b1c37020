import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * The four cards as a person finds them: by the KPI's name. The ids are the `data-kpi-id`
 * automation hooks of feed contract v1.
 */
export const KPIS = {
  highValue: {
    id: 'high-value-patent-review-cycle',
    name: { 'zh-CN': '高价值专利审查周期', en: 'High-value patent review cycle' },
  },
  trademark: {
    id: 'trademark-registration-review-cycle',
    name: { 'zh-CN': '商标注册平均审查周期', en: 'Trademark registration review cycle' },
  },
  invention: {
    id: 'invention-patent-review-cycle',
    name: { 'zh-CN': '发明专利平均审查周期', en: 'Invention patent review cycle' },
  },
  pledge: {
    id: 'ip-pledge-financing',
    name: { 'zh-CN': '知识产权质押融资规模', en: 'IP pledge financing' },
  },
} as const;

export type KpiKey = keyof typeof KPIS;
export type Lang = 'zh-CN' | 'en';
export type SettledStatus = 'met' | 'missed' | 'on-track' | 'at-risk' | 'off-track' | 'no-target' | 'no-data' | 'error';

export const KPI_KEYS = Object.keys(KPIS) as KpiKey[];

export const STATUS_WORDS: Record<Lang, Record<SettledStatus, string>> = {
  'zh-CN': {
    met: '已实现',
    missed: '未实现',
    'on-track': '进展顺利',
    'at-risk': '存在风险',
    'off-track': '明显落后',
    'no-target': '本年无目标',
    'no-data': '暂无数据',
    error: '数据错误',
  },
  en: {
    met: 'Met',
    missed: 'Missed',
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    'no-target': 'No target this year',
    'no-data': 'No data',
    error: 'Data error',
  },
};

/** What the published figures say for December 2020, the latest month of the fixtures. */
export const DECEMBER_2020_STATUSES: Record<KpiKey, SettledStatus> = {
  highValue: 'met',
  trademark: 'met',
  invention: 'no-target',
  pledge: 'met',
};

export function kpiCard(page: Page, key: KpiKey, lang: Lang = 'zh-CN'): Locator {
  return page.getByRole('article', { name: KPIS[key].name[lang], exact: true });
}

/** The card reached `status`, says so in words (never colour alone), and is the right KPI. */
export async function expectCardStatus(page: Page, key: KpiKey, status: SettledStatus, lang: Lang = 'zh-CN') {
  const card = kpiCard(page, key, lang);
  await expect(card).toHaveAttribute('data-status', status);
  await expect(card).toHaveAttribute('data-kpi-id', KPIS[key].id);
  await expect(
    card.getByText(STATUS_WORDS[lang][status], { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
}

export async function expectStatuses(page: Page, statuses: Record<KpiKey, SettledStatus>, lang: Lang = 'zh-CN') {
  await expect(page.getByRole('article')).toHaveCount(KPI_KEYS.length);
  for (const key of KPI_KEYS) {
    await expectCardStatus(page, key, statuses[key], lang);
  }
}

/** Every card has left `loading`, whatever it settled to. */
export async function waitForCardsToSettle(page: Page) {
  await expect(page.getByRole('article')).toHaveCount(KPI_KEYS.length);
  await expect(page.locator('article[data-status="loading"]')).toHaveCount(0);
}

export const FIXTURE_BADGE: Record<Lang, string> = {
  'zh-CN': '样例数据，非实时数据源',
  en: 'Fixture data, not a live feed',
};

export const AS_OF_LABEL: Record<Lang, string> = { 'zh-CN': '数据截至', en: 'As of' };

export function asOfSelect(page: Page, lang: Lang = 'zh-CN'): Locator {
  return page.getByRole('combobox', { name: AS_OF_LABEL[lang] });
}
