import type { KpiUnit, Target } from '../kpi/kpi-definitions';
import { formatNumber, formatPercent, formatTargetPercent, formatTargetValue, formatValue } from './format';
import { translate } from './i18n-context';
import type { Locale } from './locale';

/**
 * A target as the card, the chart, the table and the info panel state it: "≤ 16.0 个月",
 * "≥ 3,200 亿元（2025 年底前）", "全年增长 ≥ 20%". The one place a target becomes words.
 */
export function describeTarget(target: Target, unit: KpiUnit, locale: Locale, { judgedYear }: { judgedYear?: number } = {}): string {
  const kind = target.kind;
  let text: string;
  switch (kind) {
    case 'at-most':
      text = translate(locale, 'card.targetAtMost', { value: formatValue(target.value, unit, locale) });
      break;
    case 'at-least':
      text = translate(locale, 'card.targetAtLeast', { value: formatValue(target.value, unit, locale) });
      break;
    case 'growth-at-least':
      return translate(locale, 'card.targetGrowth', { percent: formatPercent(target.value, locale) });
    default: {
      const unhandled: never = kind;
      throw new Error(`Unhandled target kind ${String(unhandled)}`);
    }
  }
  // A level due in a later year says when it is due.
  return judgedYear !== undefined && target.year !== judgedYear ? translate(locale, 'card.targetLevelBy', { target: text, year: target.year }) : text;
}

/** A target in the plan's own terms, for a headline: "16 个月以内", "3,200 亿元以上", "增长 20% 以上". */
export function targetPhrase(target: Target, unit: KpiUnit, locale: Locale): string {
  const kind = target.kind;
  switch (kind) {
    case 'at-most':
      return translate(locale, 'present.target.atMost', { value: formatTargetValue(target.value, unit, locale) });
    case 'at-least':
      return translate(locale, 'present.target.atLeast', { value: formatTargetValue(target.value, unit, locale) });
    case 'growth-at-least':
      return translate(locale, 'present.target.growth', { percent: formatTargetPercent(target.value, locale) });
    default: {
      const unhandled: never = kind;
      throw new Error(`Unhandled target kind ${String(unhandled)}`);
    }
  }
}

/**
 * A target value beside a figure: "≤ 16.0 个月", "≥ 20.0%". `withUnit: false` leaves the unit to
 * a table column's heading: "≤ 16.0", "≥ 3,200.0".
 */
export function targetCell(value: number, kind: Target['kind'], unit: KpiUnit, locale: Locale, { withUnit = true }: { withUnit?: boolean } = {}): string {
  const level = withUnit ? formatValue(value, unit, locale) : formatNumber(value, unit, locale);
  switch (kind) {
    case 'at-most':
      return `≤ ${level}`;
    case 'at-least':
      return `≥ ${level}`;
    case 'growth-at-least':
      return `≥ ${formatPercent(value, locale)}`;
    default: {
      const unhandled: never = kind;
      throw new Error(`Unhandled target kind ${String(unhandled)}`);
    }
  }
}
