import { shownYearToDate } from '../kpi/evaluate-kpi';
import type { CycleEvaluation, FlowEvaluation, KpiEvaluation } from '../kpi/evaluate-kpi';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { baselineFor } from '../kpi/kpi-definitions';
import { GROWTH_DISAGREEMENT_POINTS } from '../kpi/year-to-date';
import type { ReportChange } from '../kpi/change';
import { describeTarget } from '../i18n/target-text';
import { SourceNote } from './source-note';
import { RevisionNote } from './replay';
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
export function KpiFigures({
  definition,
  evaluation,
  change = null,
  showProjectionRule = true,
}: {
  definition: KpiDefinition;
  evaluation: KpiEvaluation;
  /** How the latest report moved from the one before (beside the value). */
  change?: ReportChange | null;
  /** The overview's card keeps the projection rule in its ⓘ panel rather than repeating it on every card. */
  showProjectionRule?: boolean;
}) {
  const { locale, t } = useI18n();
  const { latest, target, year } = evaluation;
  const { unit } = definition;

  // The heading names the target's deadline year ("2025 年目标"), so the value does not repeat it.
  const targetText = target === null ? t('card.noTarget') : describeTarget(target, unit, locale);
  const baseline = baselineFor(definition, year);
  // The figure the card leads with: a cumulative checkpoint, the month a flow is summed to, or the latest level.
  const headlineReport = evaluation.kind === 'total' ? (evaluation.yearToDate.checkpoint ?? latest) : latest;

  return (
    <>
      <dl className="kpi-figures">
        {evaluation.kind === 'total' ? <FlowHeadline evaluation={evaluation} definition={definition} change={change} /> : null}
        {latest !== null && evaluation.measure !== 'ytd-cumulative' ? (
          <div className="figure">
            <dt>{evaluation.kind === 'total' ? t('card.asOfMonth') : t('card.latest')}</dt>
            <dd>
              <span className={evaluation.kind === 'level' ? 'figure-value' : undefined}>
                {evaluation.kind === 'total'
                  ? t('pattern.labelled', { label: formatPeriod(latest.period, locale), value: formatValue(latest.value, unit, locale) })
                  : formatValue(latest.value, unit, locale)}
              </span>
              {latest.isProvisional ? <span className="tag tag-provisional">{t('card.provisional')}</span> : null}
              {evaluation.kind === 'level' ? <span className="figure-note">{formatPeriod(latest.period, locale)}</span> : null}
              {evaluation.kind === 'level' && change !== null ? <ChangeNote change={change} unit={unit} /> : null}
            </dd>
          </div>
        ) : null}
        <div className="figure">
          <dt>{t('card.target', { year: target?.year ?? year })}</dt>
          <dd>{targetText}</dd>
        </div>
        {evaluation.gap !== null ? (
          <div className="figure">
            <dt>{t('card.gap')}</dt>
            <dd>{evaluation.kind === 'level' ? <CycleGapText evaluation={evaluation} definition={definition} /> : <FlowGapText evaluation={evaluation} unit={unit} />}</dd>
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
                deadline: formatPeriod(evaluation.targetDeadline, locale),
              })}
            </dd>
          </div>
        ) : null}
        {baseline !== null ? (
          <div className="figure">
            <dt>{t('chart.baselineLegend', { year: baseline.year })}</dt>
            <dd>{formatValue(baseline.value, unit, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {headlineReport !== null ? <SourceNote source={headlineReport.source ?? null} /> : null}
      {headlineReport?.revision != null ? <RevisionNote revision={headlineReport.revision} unit={unit} /> : null}
      {evaluation.isLatestBeforeAsOf && latest !== null ? (
        <p className="note note-stale">
          {t('card.reportAge', { period: formatPeriod(latest.period, locale), months: evaluation.latestAgeMonths })}
        </p>
      ) : null}
      {evaluation.basis === 'projection' && !showProjectionRule ? null : (
        <p className="note note-basis">
          {t(`basis.${evaluation.basis}`, {
            year,
            tolerance: formatPercent(AT_RISK_TOLERANCE * 100, locale),
            months:
              evaluation.kind === 'total'
                ? evaluation.yearToDate.missingMonths.map((period) => formatPeriod(period, locale)).join(locale === 'zh-CN' ? '、' : ', ')
                : '',
            deadlineYear: target?.year ?? year,
            startYear: evaluation.path?.startYear ?? (target === null ? year : target.setIn - 1),
            startValue: evaluation.path === null ? '' : formatValue(evaluation.path.startValue, unit, locale),
            required: evaluation.path === null ? '' : formatValue(evaluation.path.required, unit, locale),
          })}
        </p>
      )}
    </>
  );
}

/** "较上期（2020年6月）−1.2 个月，向好": coloured by better or worse, and saying which in words. */
function ChangeNote({ change, unit }: { change: ReportChange; unit: KpiDefinition['unit'] }) {
  const { locale, t } = useI18n();
  const period = formatPeriod(change.previousPeriod, locale);
  return (
    <span className={`figure-note figure-change change-${change.direction}`} data-change={change.direction}>
      {change.direction === 'unchanged'
        ? t('card.changeNone', { period })
        : t('card.change', {
            period,
            delta: change.measures === 'level' ? formatSignedValue(change.delta, unit, locale) : formatPoints(change.delta, locale),
            verdict: t(`change.${change.direction}`),
          })}
    </span>
  );
}

function FlowHeadline({ evaluation, definition, change }: { evaluation: FlowEvaluation; definition: KpiDefinition; change: ReportChange | null }) {
  const { locale, t } = useI18n();
  const { yearToDate } = evaluation;
  if (shownYearToDate(evaluation) === null) return null;
  const checkpoint = evaluation.measure === 'ytd-cumulative' ? yearToDate.checkpoint : null;
  const { growthPercent, computedGrowthPercent, growthSource } = yearToDate;
  const differs =
    growthSource === 'published' && growthPercent !== null && computedGrowthPercent !== null && Math.abs(growthPercent - computedGrowthPercent) > GROWTH_DISAGREEMENT_POINTS;
  return (
    <>
      <div className="figure">
        <dt>{t('card.latestYtd')}</dt>
        <dd>
          <span className="figure-value">{formatValue(yearToDate.total, definition.unit, locale)}</span>
          {checkpoint !== null ? <span className="figure-note">{t('card.checkpoint', { period: formatPeriod(checkpoint.period, locale) })}</span> : null}
          {checkpoint?.isProvisional === true ? <span className="tag tag-provisional">{t('card.provisional')}</span> : null}
        </dd>
      </div>
      <div className="figure">
        <dt>{t('card.growth')}</dt>
        <dd>
          {growthPercent === null ? '—' : formatGrowth(growthPercent, locale)}
          {growthSource !== null && evaluation.measure === 'ytd-cumulative' ? (
            <span className="figure-note">{growthSource === 'published' ? t('card.growthPublished') : t('card.growthComputed')}</span>
          ) : null}
          {change !== null && growthPercent !== null ? <ChangeNote change={change} unit={definition.unit} /> : null}
        </dd>
      </div>
      {differs && computedGrowthPercent !== null ? (
        <p className="note note-differs">
          {t('card.growthDiffers', { computed: formatGrowth(computedGrowthPercent, locale), points: formatPoints(GROWTH_DISAGREEMENT_POINTS, locale) })}
        </p>
      ) : null}
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

function FlowGapText({ evaluation, unit }: { evaluation: FlowEvaluation; unit: KpiDefinition['unit'] }) {
  const { locale, t } = useI18n();
  const gap = evaluation.gap;
  if (gap === null) return null;
  if (gap.growthPoints === null) return <>{t('card.gapLevel', { amount: formatSignedValue(gap.absolute, unit, locale) })}</>;
  return (
    <>
      {t('card.gapGrowth', {
        points: formatPoints(gap.growthPoints, locale),
        amount: formatSignedValue(gap.absolute, unit, locale),
      })}
    </>
  );
}

function ProjectionText({ evaluation, definition }: { evaluation: KpiEvaluation; definition: KpiDefinition }) {
  const { locale, t } = useI18n();
  if (evaluation.kind === 'level') {
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
