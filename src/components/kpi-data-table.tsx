import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import type { Period } from '../kpi/period';
import { formatPeriod, formatUnit } from '../i18n/format';
import { isAmountMeasure, MEASURE_TRAITS } from '../kpi/measure';
import { growthCell, rowKindLabel, sourceCell, targetCell, valueCell } from './table-cells';
import { useI18n } from '../i18n/i18n-context';

/**
 * The chart's numbers as a table: its accessible alternative. Reported months, missing months up
 * to the as-of month (shown as missing, not filled in) and projected months, each named as such.
 */
export function KpiDataTable({ definition, rows, asOf }: { definition: KpiDefinition; rows: readonly ChartRow[]; asOf: Period }) {
  const { locale, t } = useI18n();
  const { unit } = definition;
  const isFlow = isAmountMeasure(definition.measure);
  const hasSources = rows.some((row) => row.source !== null && row.value !== null);
  // A checkpointed series lists its checkpoints; a monthly one also lists its missing months.
  const isCheckpointed = MEASURE_TRAITS[definition.measure].isCheckpointed;
  const shown = rows.filter((row) => row.value !== null || row.projection !== null || (!isCheckpointed && row.period <= asOf));
  const name = definition.name[locale];
  return (
    // A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chart.tableCaption', { name, unit: formatUnit(unit, locale) })}>
      <table className="data-table">
        <caption>{t('chart.tableCaption', { name, unit: formatUnit(unit, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.colPeriod')}</th>
            <th scope="col">{t('chart.colValue', { unit: formatUnit(unit, locale) })}</th>
            {isFlow ? <th scope="col">{t('chart.colGrowth')}</th> : null}
            <th scope="col">{t('chart.colTarget')}</th>
            <th scope="col">{t('chart.colKind')}</th>
            {hasSources ? <th scope="col">{t('chart.colSource')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            return (
              <tr key={row.period}>
                <th scope="row">{formatPeriod(row.period, locale)}</th>
                <td className="num">{valueCell(row, unit, locale)}</td>
                {isFlow ? <td className="num">{growthCell(row, t, locale)}</td> : null}
                <td className="num">{targetCell(row, unit, locale)}</td>
                <td>{rowKindLabel(row, t, unit, locale)}</td>
                {hasSources ? <td className="source-cell">{sourceCell(row, locale)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
