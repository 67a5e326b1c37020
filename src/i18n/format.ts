/**
 * Every number and date shown to a person is formatted here, so the card, the chart's axis and
 * tooltip, the table and (later) the exports agree on locale, unit and precision.
 */
import { roundToDecimals } from '../kpi/exact-sum';
import type { KpiUnit } from '../kpi/kpi-definitions';
import { periodMonth, periodYear } from '../kpi/period';
import type { Period } from '../kpi/period';
import type { Locale } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    // `negative`: a minus sign for negative numbers only. A value that is −0, or that rounds to
    // zero at the shown precision (−0.04 亿元 at one decimal), reads "0", never "-0".
    format = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    numberFormats.set(key, format);
  }
  return format;
}

/** Review cycles: one decimal at least (14.0), two where the source has them (7.07). */
const MONTHS_DIGITS = { minimumFractionDigits: 1, maximumFractionDigits: 2 } as const;
/** 亿元 amounts in Chinese: up to one decimal, as published (853, 4868.8). */
const AMOUNT_DIGITS_ZH = { maximumFractionDigits: 1 } as const;
/** The same amounts in English as CNY billions (1 亿 = 0.1 bn), as the English sources write them. */
const AMOUNT_DIGITS_EN = { maximumFractionDigits: 2 } as const;

/** The bare number of a value in its unit, as in a table cell whose header names the unit. */
export function formatNumber(value: number, unit: KpiUnit, locale: Locale): string {
  if (unit === 'months') return numberFormat(locale, MONTHS_DIGITS).format(value);
  return locale === 'en'
    ? numberFormat(locale, AMOUNT_DIGITS_EN).format(value / 10)
    : numberFormat(locale, AMOUNT_DIGITS_ZH).format(value);
}

/**
 * An axis tick, at the precision of the axis's round step and no finer: "16", "2.5", "25%"
 * (the unit is on the axis's legend and title, not repeated on every tick). English amounts are
 * in billions, as everywhere: a 100 亿元 step is "10".
 */
export function formatTick(value: number, step: number, unit: KpiUnit | 'percent', locale: Locale): string {
  const inBillions = unit !== 'percent' && unit !== 'months' && locale === 'en';
  const shown = inBillions ? value / 10 : value;
  const shownStep = inBillions ? step / 10 : step;
  const decimals = Math.min(6, Math.max(0, -Math.floor(Math.log10(shownStep) + 1e-9), decimalsOf(shownStep)));
  // A true minus sign, as in every other figure ("−10%", not "-10%").
  const number = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(shown).replace('-', '−');
  return unit === 'percent' ? `${number}%` : number;
}

/** Decimals a round step needs to be written exactly (2.5 → 1, 0.25 → 2, 20 → 0). */
function decimalsOf(step: number): number {
  for (let decimals = 0; decimals <= 6; decimals += 1) if (Math.abs(Number(step.toFixed(decimals)) - step) < 1e-9 * Math.max(1, Math.abs(step))) return decimals;
  return 6;
}

/**
 * A no-break space joins a number to its unit ("14.0 个月", "CNY 218 bn"): a line never breaks
 * between them. Copy and CSV read it as a space.
 */
export const NBSP = '\u00a0';

/** A value with its unit: "14.0 个月", "14.0 months", "2,180 亿元", "CNY 218 bn". */
export function formatValue(value: number, unit: KpiUnit, locale: Locale): string {
  const number = formatNumber(value, unit, locale);
  if (unit === 'months') return locale === 'en' ? `${number}${NBSP}months` : `${number}${NBSP}个月`;
  return locale === 'en' ? `CNY${NBSP}${number}${NBSP}bn` : `${number}${NBSP}亿元`;
}

/** A signed difference in the value's unit: "+1.3 个月", "−0.8 months". */
export function formatSignedValue(value: number, unit: KpiUnit, locale: Locale): string {
  const magnitude = formatValue(Math.abs(value), unit, locale);
  return `${signOf(value, formatNumber(Math.abs(value), unit, locale))}${magnitude}`;
}

/**
 * An estimate, at no more precision than a projection has: one decimal for review cycles
 * (13.0 个月), and whole 亿元 for amounts: 约 1,750 亿元, about CNY 175.0 bn (not 174.98),
 * whatever the inputs carried.
 */
export function formatEstimate(value: number, unit: KpiUnit, locale: Locale): string {
  const number = formatEstimateNumber(value, unit, locale);
  if (unit === 'months') return locale === 'en' ? `${number}${NBSP}months` : `${number}${NBSP}个月`;
  return locale === 'en' ? `CNY${NBSP}${number}${NBSP}bn` : `${number}${NBSP}亿元`;
}

/** The decimals an estimate has in its own unit: a tenth of a month, a whole 亿元. */
export function estimateDecimals(unit: KpiUnit): number {
  return unit === 'months' ? 1 : 0;
}

/** The number of an estimate, without its unit (a table cell): "13.0", "1,750", "175.0". */
export function formatEstimateNumber(value: number, unit: KpiUnit, locale: Locale): string {
  const rounded = roundToDecimals(value, estimateDecimals(unit));
  if (unit === 'months') return formatNumber(rounded, unit, locale);
  // 1 亿元 = 0.1 bn: whole 亿元 in Chinese is one decimal of a billion in English.
  return locale === 'en' ? numberFormat(locale, ONE_DECIMAL).format(rounded / 10) : numberFormat(locale, {}).format(rounded);
}

/** The unit alone, for axis titles and table headers. */
export function formatUnit(unit: KpiUnit, locale: Locale): string {
  if (unit === 'months') return locale === 'en' ? 'months' : '个月';
  return locale === 'en' ? 'CNY bn' : '亿元';
}

/**
 * The sign for a value whose magnitude is shown as `shown`. A true minus sign reads better than a
 * hyphen; a magnitude that rounds to zero at the shown precision carries no sign at all.
 */
function signOf(value: number, shown: string): string {
  if (!/[1-9]/.test(shown)) return '';
  return value > 0 ? '+' : '−';
}

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** A printed length given in millimetres, in centimetres to two decimals at most: "16 厘米", "33.87 cm". */
export function formatCentimetres(mm: number, locale: Locale): string {
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(mm / 10)}${NBSP}${locale === 'en' ? 'cm' : '厘米'}`;
}

/** A percentage with one decimal: "43.9%". */
export function formatPercent(percent: number, locale: Locale): string {
  return numberFormat(locale, ONE_DECIMAL).format(percent) + '%';
}

/** A signed growth rate: "+43.9%", "−11.0%". */
export function formatGrowth(percent: number, locale: Locale): string {
  const magnitude = formatPercent(Math.abs(percent), locale);
  return `${signOf(percent, magnitude)}${magnitude}`;
}

/** A signed difference of percentages: "+23.9 个百分点", "−4.6 pp". */
export function formatPoints(points: number, locale: Locale): string {
  const magnitude = numberFormat(locale, ONE_DECIMAL).format(Math.abs(points));
  return `${signOf(points, magnitude)}${magnitude}${locale === 'en' ? `${NBSP}pp` : `${NBSP}个百分点`}`;
}

/** A signed relative difference: "−12.5%". */
export function formatRelative(share: number, locale: Locale): string {
  return formatGrowth(share * 100, locale);
}

const periodFormats: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long' }),
  en: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short' }),
};

const shortPeriodFormats: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: '2-digit', month: 'numeric' }),
  en: new Intl.DateTimeFormat('en', { year: '2-digit', month: 'short' }),
};

function periodDate(period: Period): Date {
  // Not `new Date(year, …)`: it reads years 0–99 as 1900–1999.
  const date = new Date(2000, periodMonth(period) - 1, 1);
  date.setFullYear(periodYear(period));
  return date;
}

/** A month: "2020年6月", "Jun 2020". Years below 1000 keep four digits ("Mar 0050"), so a year never reads as a day. */
export function formatPeriod(period: Period, locale: Locale): string {
  const year = periodYear(period);
  if (year >= 1000) return periodFormats[locale].format(periodDate(period));
  const month = periodMonth(period);
  const yearText = String(year).padStart(4, '0');
  if (locale === 'zh-CN') return `${yearText}年${month}月`;
  const monthName = new Intl.DateTimeFormat('en', { month: 'short' }).format(new Date(2000, month - 1, 1));
  return `${monthName} ${yearText}`;
}

/** A month for a crowded axis: "20/6", "Jun 20". */
export function formatPeriodShort(period: Period, locale: Locale): string {
  return shortPeriodFormats[locale].format(periodDate(period));
}

const monthNames: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { month: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }),
};

/** A month of the year on its own (a month list): "6月", "Jun". */
export function formatMonthName(month: number, locale: Locale): string {
  return monthNames[locale].format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** A count of months: "6 个月", "6 months", "1 month". */
export function formatMonthCount(count: number, locale: Locale): string {
  if (locale === 'en') return `${count}${NBSP}${count === 1 ? 'month' : 'months'}`;
  return `${count}${NBSP}个月`;
}

/** A point in time, e.g. the last refresh: "2026/11/25 11:09:35", "Nov 25, 2026, 11:09:35 AM". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

const dayFormats: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

/** A day as the feed dates a publication (`YYYY-MM-DD`): "2020年7月15日", "Jul 15, 2020". Anything else is shown as given. */
export function formatDay(day: string, locale: Locale): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  return date === null || Number.isNaN(date.getTime()) ? day : dayFormats[locale].format(date);
}

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const YEAR_PATTERN = /^\d{4}$/;

/** A month, quarter (`2020-Q1`) or year key: "2020年6月" / "2020年第1季度" / "2020年"; "Jun 2020" / "Q1 2020" / "2020". */
export function formatPeriodKey(key: string, locale: Locale): string {
  const quarter = QUARTER_PATTERN.exec(key);
  if (quarter !== null) return locale === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `${quarter[1]}年第${quarter[2]}季度`;
  if (YEAR_PATTERN.test(key)) return locale === 'en' ? key : `${key}年`;
  return formatPeriod(key, locale);
}

/** The same, short enough for an axis. */
export function formatPeriodKeyShort(key: string, locale: Locale): string {
  const quarter = QUARTER_PATTERN.exec(key);
  if (quarter !== null) return locale === 'en' ? `Q${quarter[2]} ${quarter[1]?.slice(2)}` : `${quarter[1]?.slice(2)}Q${quarter[2]}`;
  if (YEAR_PATTERN.test(key)) return key;
  return formatPeriodShort(key, locale);
}

/** A target level as plans state it, without padding: "16 个月", "4 months", "13.8 months". */
export function formatTargetValue(value: number, unit: KpiUnit, locale: Locale): string {
  if (unit !== 'months') return formatValue(value, unit, locale);
  const number = numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return locale === 'en' ? `${number}${NBSP}${value === 1 ? 'month' : 'months'}` : `${number}${NBSP}个月`;
}

/** A growth target as plans state it: "20%", "12.5%". */
export function formatTargetPercent(percent: number, locale: Locale): string {
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(percent)}%`;
}

/** A figure's source title with its publication date: "人民日报（2021-01-25）", "People’s Daily (2021-01-25)". */
export function formatSourceTitle(source: { title: string; publishedOn: string | null }, locale: Locale): string {
  if (source.publishedOn === null) return source.title;
  return locale === 'en' ? `${source.title} (${source.publishedOn})` : `${source.title}（${source.publishedOn}）`;
}

/** A source as one line of text (tables, tooltips): the title, the date and the address. */
export function formatSource(source: { title: string; url: string | null; publishedOn: string | null } | null, locale: Locale): string {
  if (source === null) return '';
  return source.url === null ? formatSourceTitle(source, locale) : `${formatSourceTitle(source, locale)} ${source.url}`;
}
