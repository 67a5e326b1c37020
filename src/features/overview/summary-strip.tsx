import type { KpiEvaluation } from '../../kpi/evaluate-kpi';
import { bulletScale } from '../../kpi/bullet';
import type { BulletScale } from '../../kpi/bullet';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import { formatGrowth, formatPeriod, formatValue } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { describeTarget } from '../../i18n/target-text';
import { StatusBadge } from '../../components/status-badge';
import type { DisplayStatus } from '../../components/status-badge';
import { summaryValue } from '../../components/kpi-summary';

export interface SummaryEntry {
  definition: KpiDefinition;
  evaluation: KpiEvaluation | null;
  status: DisplayStatus;
}

/** The card's element id, so a summary entry can link to its card. */
export function cardAnchor(kpiId: string): string {
  return `kpi-${kpiId}`;
}

/**
 * Every target's status at a glance, above the cards: each KPI with a target first, with its
 * status in words and icon, its figure against the target and a bullet bar. The same
 * `data-kpi-id` and `data-status` hooks as its card.
 */
export function SummaryStrip({ entries }: { entries: readonly SummaryEntry[] }) {
  const { locale, t } = useI18n();
  const ordered = [...entries.filter((entry) => entry.evaluation?.target != null), ...entries.filter((entry) => entry.evaluation?.target == null)];
  return (
    <section className="summary-strip" aria-label={t('summary.label')}>
      <ul>
        {ordered.map(({ definition, evaluation, status }) => {
          const target = evaluation?.target ?? null;
          const scale = evaluation === null ? null : bulletScale(evaluation);
          return (
            <li key={definition.id} className={`summary-entry summary-${status}`} data-kpi-id={definition.id} data-status={status}>
              <a className="summary-entry-name" href={`#${cardAnchor(definition.id)}`}>
                {definition.name[locale]}
              </a>
              <StatusBadge status={status} />
              <span className="summary-entry-figures">
                <span className="summary-entry-value">{summaryValue(definition, evaluation, locale)}</span>
                <span className="summary-entry-target">
                  {target === null ? null : t('pattern.labelled', { label: t('card.target', { year: target.year }), value: describeTarget(target, definition.unit, locale) })}
                </span>
              </span>
              {scale !== null && evaluation !== null ? <BulletBar scale={scale} definition={definition} asOf={evaluation.asOf} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The judged figure (solid), its projection (outlined) and the target (a tick) on one scale; the at-risk band shaded. */
function BulletBar({ scale, definition, asOf }: { scale: BulletScale; definition: KpiDefinition; asOf: string }) {
  const { locale, t } = useI18n();
  const x = (value: number) => `${(Math.max(0, value) / scale.max) * 100}%`;
  const format = (value: number) => (scale.measures === 'growth' ? formatGrowth(value, locale) : formatValue(value, definition.unit, locale));
  const label = t(scale.projection === null ? 'summary.bar' : 'summary.barProjected', {
    value: format(scale.value),
    target: format(scale.target),
    projection: scale.projection === null ? '' : format(scale.projection),
    asOf: formatPeriod(asOf, locale),
  });
  return (
    <svg className="bullet-bar" role="img" aria-label={label} width="100%" height="14" preserveAspectRatio="none">
      <title>{label}</title>
      <rect x="0" y="3" width="100%" height="8" className="bullet-track" />
      <rect
        x={scale.goodSide === 'below' ? '0' : x(scale.target)}
        y="3"
        width={scale.goodSide === 'below' ? x(scale.target) : `${100 - (scale.target / scale.max) * 100}%`}
        height="8"
        className="bullet-good"
      />
      <rect x={x(scale.riskBand[0])} y="3" width={`${((scale.riskBand[1] - scale.riskBand[0]) / scale.max) * 100}%`} height="8" className="bullet-risk" />
      {scale.projection !== null ? <rect x="0" y="4" width={x(scale.projection)} height="6" className="bullet-projection" /> : null}
      <rect x="0" y="5" width={x(scale.value)} height="4" className="bullet-value" />
      <rect x={x(scale.target)} y="0" width="3" height="14" className="bullet-target" transform="translate(-1.5 0)" />
    </svg>
  );
}
