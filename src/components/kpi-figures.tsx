import type { CycleEvaluation, FlowEvaluation, KpiEvaluation } from '../kpi/evaluate-kpi';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { AT_RISK_TOLERANCE } from '../kpi/kpi-status';
import {
  formatGrowth,
  formatMonthCount,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatRelative,
  formatSignedValue,
  formatValue,
  formatEstimate,
} from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

/** The card's numbers: latest value, target, gap, projection and time left, each labelled. */
export function KpiFigures({ definition, evaluation }: { definition: KpiDefinition; evaluation: KpiEvaluation }) {
  const { locale, t } = useI18n();
  const { latest, target, year } = evaluation;
  const { unit } = definition;

  const targetText =
    target === null
      ? t('card.noTarget')
      : target.rule.kind === 'at-most'
        ? t('card.targetAtMost', { value: formatValue(target.rule.value, unit, locale) })
        : t('card.targetGrowth', { percent: formatPercent(target.rule.percent, locale) });

  return (
    <>
      <dl className="kpi-figures">
        {evaluation.measure === 'monthly-flow' ? <FlowHeadline evaluation={evaluation} definition={definition} /> : null}
        {latest !== null ? (
          <div className="figure">
            <dt>{evaluation.measure === 'monthly-flow' ? t('card.asOfMonth') : t('card.latest')}</dt>
            <dd>
              <span className={evaluation.measure === 'ytd-average' ? 'figure-value' : undefined}>
                {evaluation.measure === 'monthly-flow'
                  ? `${formatPeriod(latest.period, locale)}: ${formatValue(latest.value, unit, locale)}`
                  : formatValue(latest.value, unit, locale)}
              </span>
              {latest.isProvisional ? <span className="tag tag-provisional">{t('card.provisional')}</span> : null}
              {evaluation.measure === 'ytd-average' ? <span className="figure-note">{formatPeriod(latest.period, locale)}</span> : null}
            </dd>
          </div>
        ) : null}
        <div className="figure">
          <dt>{t('card.target', { year })}</dt>
          <dd>{targetText}</dd>
        </div>
        {evaluation.gap !== null ? (
          <div className="figure">
            <dt>{t('card.gap')}</dt>
            <dd>{evaluation.measure === 'ytd-average' ? <CycleGapText evaluation={evaluation} definition={definition} /> : <FlowGapText evaluation={evaluation} />}</dd>
          </div>
        ) : null}
        {evaluation.basis === 'projection' ? (
          <div className="figure figure-projection">
            <dt>{t('card.projection', { period: formatPeriod(evaluation.deadline, locale) })}</dt>
            <dd>
              <ProjectionText evaluation={evaluation} definition={definition} />
            </dd>
          </div>
        ) : null}
        {target !== null && evaluation.basis !== 'final' ? (
          <div className="figure">
            <dt>{t('card.monthsLeft')}</dt>
            <dd>
              {t('card.monthsLeftValue', {
                count: formatMonthCount(evaluation.monthsLeft, locale),
                deadline: formatPeriod(evaluation.deadline, locale),
              })}
            </dd>
          </div>
        ) : null}
        {definition.baseline !== null ? (
          <div className="figure">
            <dt>{t('chart.baselineLegend', { year: definition.baseline.year })}</dt>
            <dd>{formatValue(definition.baseline.value, unit, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {evaluation.isLatestBeforeAsOf && latest !== null ? (
        <p className="note note-stale">
          {t('card.staleNote', { period: formatPeriod(latest.period, locale), asOf: formatPeriod(evaluation.asOf, locale) })}
        </p>
      ) : null}
      <p className="note note-basis">
        {t(`basis.${evaluation.basis}`, {
          year,
          tolerance: formatPercent(AT_RISK_TOLERANCE * 100, locale),
          months:
            evaluation.measure === 'monthly-flow'
              ? evaluation.yearToDate.missingMonths.map((period) => formatPeriod(period, locale)).join(', ')
              : '',
        })}
      </p>
    </>
  );
}

function FlowHeadline({ evaluation, definition }: { evaluation: FlowEvaluation; definition: KpiDefinition }) {
  const { locale, t } = useI18n();
  const { yearToDate } = evaluation;
  if (evaluation.latest === null || yearToDate.missingMonths.length > 0) return null;
  return (
    <>
      <div className="figure">
        <dt>{t('card.latestYtd')}</dt>
        <dd>
          <span className="figure-value">{formatValue(yearToDate.total, definition.unit, locale)}</span>
        </dd>
      </div>
      <div className="figure">
        <dt>{t('card.growth')}</dt>
        <dd>{yearToDate.growthPercent === null ? '—' : formatGrowth(yearToDate.growthPercent, locale)}</dd>
      </div>
    </>
  );
}

function CycleGapText({ evaluation, definition }: { evaluation: CycleEvaluation; definition: KpiDefinition }) {
  const { locale, t } = useI18n();
  const gap = evaluation.gap;
  if (gap === null) return null;
  const magnitude = formatValue(Math.abs(gap.absolute), definition.unit, locale);
  const relative = formatRelative(gap.relative, locale);
  if (Math.abs(gap.absolute) < 0.005) return <>{t('card.gapOn')}</>;
  return <>{gap.absolute > 0 ? t('card.gapAbove', { value: magnitude, relative }) : t('card.gapBelow', { value: magnitude, relative })}</>;
}

function FlowGapText({ evaluation }: { evaluation: FlowEvaluation }) {
  const { locale, t } = useI18n();
  const gap = evaluation.gap;
  if (gap === null) return null;
  return (
    <>
      {t('card.gapGrowth', {
        points: formatPoints(gap.growthPoints, locale),
        amount: formatSignedValue(gap.absolute, 'cny-100m', locale),
      })}
    </>
  );
}

function ProjectionText({ evaluation, definition }: { evaluation: KpiEvaluation; definition: KpiDefinition }) {
  const { locale, t } = useI18n();
  if (evaluation.measure === 'ytd-average') {
    if (evaluation.projection === null) return <>{t('card.projectionNone')}</>;
    return <>{t('card.projectionCycle', { value: formatEstimate(evaluation.projection.value, definition.unit, locale) })}</>;
  }
  const projection = evaluation.projection;
  if (projection === null) return <>{t('card.projectionNone')}</>;
  const total = formatEstimate(projection.total, definition.unit, locale);
  if (projection.method === 'seasonal-profile' && projection.growthPercent !== null) {
    return <>{t('card.projectionFlow', { total, growth: formatGrowth(projection.growthPercent, locale) })}</>;
  }
  return <>{t('card.projectionFlowRunRate', { total })}</>;
}
