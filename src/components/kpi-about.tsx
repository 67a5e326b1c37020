import type { KpiDefinition } from '../kpi/kpi-definitions';
import { targetForYear } from '../kpi/kpi-definitions';
import { AT_RISK_TOLERANCE } from '../kpi/kpi-status';
import { formatPercent } from '../i18n/format';
import { describeTarget } from '../i18n/target-text';
import { useI18n } from '../i18n/i18n-context';

/**
 * What a KPI is and how it is judged: the measure's definition, the target's source (with its
 * quotation) and the status rule. The card's ⓘ panel and the presenter notes show the same list.
 */
export function KpiAbout({ definition, year, className, isLinked = true }: { definition: KpiDefinition; year: number; className?: string; isLinked?: boolean }) {
  const { locale, t } = useI18n();
  const target = targetForYear(definition, year);
  return (
    <dl className={className}>
      <dt>{t('card.definition')}</dt>
      <dd>{definition.definition[locale]}</dd>
      <dt>{t('card.targetSource')}</dt>
      <dd>
        {target === null ? (
          t('basis.no-target', { year })
        ) : (
          <>
            {describeTarget(target, definition.unit, locale, { judgedYear: year })}
            {target.source.quote !== null ? (
              <>
                {' · '}
                <q lang="zh-CN">{target.source.quote}</q>
              </>
            ) : null}
            {' — '}
            {target.source.url === null || !isLinked ? (
              target.source.title[locale]
            ) : (
              <a href={target.source.url} rel="noreferrer noopener" target="_blank">
                {target.source.title[locale]}
              </a>
            )}
            {target.isDerived ? t('card.targetSourceDerived') : ''}
          </>
        )}
      </dd>
      <dt>{t('card.howJudged')}</dt>
      <dd>{t('card.howJudgedText', { tolerance: formatPercent(AT_RISK_TOLERANCE * 100, locale) })}</dd>
    </dl>
  );
}
