import { useId, useState } from 'react';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import type { Observation, Revision } from '../kpi/observation';
import { evaluateKpi } from '../kpi/evaluate-kpi';
import type { KpiStatus } from '../kpi/kpi-status';
import type { Period } from '../kpi/period';
import { isDay } from '../kpi/period';
import { beforeRevisions } from '../kpi/vintages';
import type { KeptReason } from '../feed/fetch-observations';
import type { ReplaySummary } from '../feed/replay';
import { formatDateTime, formatDay, formatPeriod } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { describeRevision } from '../i18n/revision-text';
import { BadgeIcon } from './badge-icon';

/**
 * The known-on day control: a date field beside "as of" (shown when the feed dates its figures)
 * and a button that leaves the replay. A half-typed date stays in the field until it is a day.
 */
export function KnownOnControl({ value, min, max, onChange }: { value: string | null; min: string | null; max: string; onChange: (day: string | null) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="known-on">
      <label htmlFor={id}>{t('replay.label')}</label>
      <input
        id={id}
        type="date"
        value={draft ?? value ?? ''}
        min={min ?? undefined}
        max={max}
        onChange={(event) => {
          const next = event.target.value;
          if (next === '') {
            setDraft(null);
            onChange(null);
          } else if (isDay(next)) {
            setDraft(null);
            onChange(next);
          } else {
            setDraft(next);
          }
        }}
        onBlur={() => setDraft(null)}
      />
      {value !== null ? (
        <button type="button" onClick={() => onChange(null)}>
          {t('replay.clear')}
        </button>
      ) : null}
    </div>
  );
}

/** Says that the page replays the figures as published by a day, and what it could not place. */
export function ReplayBanner({ knownOn, summaries }: { knownOn: string; summaries: readonly (ReplaySummary | undefined)[] }) {
  const { locale, t } = useI18n();
  const undated = summaries.reduce((sum, summary) => sum + (summary?.undatedFigures ?? 0), 0);
  return (
    <p className="notice notice-replay" role="status" data-known-on={knownOn}>
      <BadgeIcon name="replay" /> {t('replay.banner', { date: formatDay(knownOn, locale) })}
      {/* Chinese sentences follow each other without a space. */}
      {undated > 0 ? `${locale === 'zh-CN' ? '' : ' '}${t('replay.undated', { count: undated })}` : ''}
    </p>
  );
}

/** Why the card shows earlier data than the feed's latest answer, and since when. */
export function KeptNote({ kept }: { kept: KeptReason }) {
  const { locale, t } = useI18n();
  const time = formatDateTime(new Date(kept.since), locale);
  let text: string;
  if (kept.reason === 'lost-periods') {
    const first = kept.lost[0];
    const last = kept.lost.at(-1);
    const periods =
      first === undefined || last === undefined
        ? ''
        : kept.lost.length === 1
          ? formatPeriod(first, locale)
          : t('kept.periodRange', { first: formatPeriod(first, locale), last: formatPeriod(last, locale), count: kept.lost.length });
    text = t('kept.lost-periods', { time, periods });
  } else {
    text = t(`kept.${kept.reason}`, { time });
  }
  return (
    <p className="badge-stale" role="note" data-kept={kept.reason}>
      <BadgeIcon name="paused" /> {text}
    </p>
  );
}

/** "修订 原为 …" under a figure that replaced an earlier one. */
export function RevisionNote({ revision, unit }: { revision: Revision; unit: KpiDefinition['unit'] }) {
  const { locale, t } = useI18n();
  return (
    <p className="note note-revised">
      <span className="tag tag-revised">{t('revision.tag')}</span> <span className="revision-detail">{describeRevision(revision, unit, locale)}</span>
    </p>
  );
}

/**
 * When a revision changed the KPI's status at `asOf` (e.g. 已实现 → 未实现), says what it was
 * before the revision; nothing otherwise.
 */
export function RevisionStatusNote({ definition, observations, asOf, status }: { definition: KpiDefinition; observations: readonly Observation[]; asOf: Period; status: KpiStatus }) {
  const { t } = useI18n();
  const before = beforeRevisions(observations);
  if (before === null) return null;
  const previous = evaluateKpi(definition, before, asOf).status;
  if (previous === status) return null;
  return (
    <p className="note note-revised" role="note" data-status-before={previous}>
      {t('revision.statusFlip', { before: t(`status.${previous}`) })}
    </p>
  );
}
