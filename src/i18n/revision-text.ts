import type { KpiUnit } from '../kpi/kpi-definitions';
import type { Revision } from '../kpi/observation';
import { translate } from './i18n-context';
import { formatDateTime, formatDay, formatValue } from './format';
import type { Locale } from './locale';

/**
 * What a revised figure says about the one it replaced, everywhere it is shown (card, tooltip,
 * table, CSV): "原为 15.2 个月（2020年7月15日发布），2020年8月14日修订" / "was 15.2 months
 * (published Jul 15, 2020), revised on Aug 14, 2020". A change this page noticed between two
 * answers says when it was noticed instead.
 */
export function describeRevision(revision: Revision, unit: KpiUnit, locale: Locale): string {
  const previous = formatValue(revision.previous.value, unit, locale);
  const previousOn = revision.previous.source?.publishedOn ?? null;
  const was = previousOn === null ? translate(locale, 'revision.was', { value: previous }) : translate(locale, 'revision.wasPublished', { value: previous, date: formatDay(previousOn, locale) });
  if (revision.seenAt !== null) return translate(locale, 'revision.seen', { was, time: formatDateTime(new Date(revision.seenAt), locale) });
  if (revision.revisedOn !== null) return translate(locale, 'revision.on', { was, date: formatDay(revision.revisedOn, locale) });
  return was;
}
