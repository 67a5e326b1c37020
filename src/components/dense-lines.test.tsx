import { render, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { builtInDefinition } from '../feed/built-in-catalogue';
import { I18nProvider } from '../i18n/i18n-context';
import { makePeriod, shiftPeriod } from '../kpi/period';
import { chartRow } from '../../tests/kpi-builders';
import { densePath } from './dense-lines';
import { DENSE_FROM, KpiChart } from './kpi-chart';

const identity = (value: number) => value;

test('a dense path joins its points, breaks at a gap and rounds to a tenth of a pixel', () => {
  const points = [
    { t: 0, y: 1 },
    { t: 1, y: 2.04 },
    { t: 2, y: null },
    { t: 3, y: 4 },
    { t: 4, y: 5.16 },
  ];
  expect(densePath(points, (t) => t * 10, identity)).toBe('M0,1L10,2M30,4L40,5.2');
  // Step targets hold their value until the next point, as recharts' stepAfter does.
  expect(densePath(points, (t) => t * 10, identity, true)).toBe('M0,1H10V2M30,4H40V5.2');
  expect(densePath([{ t: 0, y: null }], identity, identity)).toBe('');
  // A scale that cannot place a point yet (NaN) leaves it out, never writes "MNaN" into the SVG.
  expect(densePath(points, (t) => (t === 1 ? Number.NaN : t * 10), identity)).toBe('M0,1M30,4L40,5.2');
  expect(densePath(points, () => Number.NaN, identity)).toBe('');
});

/** A review-cycle-like month series from 1900-01, with a gap, a provisional last month and the 2020 target. */
function denseRows(count: number) {
  const first = makePeriod(1900, 1);
  return Array.from({ length: count }, (_, index) => {
    const period = shiftPeriod(first, index);
    const isTargetYear = period.startsWith('2020-');
    return chartRow(period, {
      value: index === 500 ? null : 15 + Math.sin(index / 7),
      isProvisional: index === count - 1,
      target: isTargetYear ? 16 : null,
      targetKind: isTargetYear ? 'at-most' : null,
    });
  });
}

/** The high-value patent review cycle's chart of `rows`, in Chinese, at the test set-up's 800 px. */
function renderChart(rows: ReturnType<typeof denseRows>, targetYear: number) {
  return render(
    <I18nProvider locale="zh-CN">
      <KpiChart definition={builtInDefinition('high-value-patent-review-cycle')} rows={rows} target={16} targetYear={targetYear} baseline={null} />
    </I18nProvider>,
  );
}

test('past DENSE_FROM drawn points, the line is one path of about two points per pixel, on evenly stepped year ticks', async () => {
  const rows = denseRows(2_400);
  const { container } = renderChart(rows, 2020);
  await waitFor(() => expect(container.querySelector('path.dense-line-value')).not.toBeNull());

  expect(container.querySelector('[data-dense="true"]')).not.toBeNull();
  const d = container.querySelector('path.dense-line-value')?.getAttribute('d') ?? '';
  const vertices = d.match(/[ML]/g) ?? [];
  // The test set-up measures 800 px: about 1,600 points drawn of 2,400, more than DENSE_FROM.
  expect(vertices.length).toBeGreaterThan(DENSE_FROM);
  expect(vertices.length).toBeLessThanOrEqual(1_600);
  // The missing month is a gap: the path starts again after it.
  expect(d.match(/M/g)).toHaveLength(2);
  // recharts draws no per-point line of its own: its only series line is invisible (the tooltip's rows).
  const visible = [...container.querySelectorAll('.recharts-line path.recharts-curve')].filter((path) => path.getAttribute('stroke') !== 'none');
  expect(visible).toHaveLength(0);
  // The provisional last month keeps its hollow marker.
  expect(container.querySelectorAll('circle.dot-provisional')).toHaveLength(1);
  // Ticks are Januaries (短格式 "yy/1"), evenly stepped, read from the rows' periods.
  const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((text) => text.textContent ?? '');
  expect(ticks.length).toBeGreaterThan(2);
  expect(ticks.every((label) => /^\d{2}\/1$/.test(label))).toBe(true);
  const years = ticks.map((label) => Number(label.slice(0, 2)));
  const steps = new Set(years.slice(1).map((year, index) => (year - (years[index] ?? 0) + 100) % 100));
  expect(steps.size).toBe(1);
  // The target year's zones and target line are still there, on the numeric axis, over 2020.
  const zones = [...container.querySelectorAll('.recharts-reference-area-rect')];
  expect(zones).toHaveLength(2);
  const target = container.querySelector('line.recharts-reference-line-line');
  expect(target).not.toBeNull();
  // 2020-01 is row 1,440 of 2,400: the target starts 60% of the way along the x axis.
  const axisLine = container.querySelector('.recharts-xAxis line.recharts-cartesian-axis-line');
  const [axisStart, axisEnd] = [Number(axisLine?.getAttribute('x1')), Number(axisLine?.getAttribute('x2'))];
  const targetStart = Number(target?.getAttribute('x1'));
  expect(targetStart).toBeGreaterThan(axisStart + 0.55 * (axisEnd - axisStart));
  expect(targetStart).toBeLessThan(axisStart + 0.65 * (axisEnd - axisStart));
});

test('a chart of a few years keeps recharts’ own line and dots', async () => {
  const rows = denseRows(36);
  const { container } = renderChart(rows, 1902);
  await waitFor(() => expect(container.querySelector('.recharts-line path.recharts-curve')).not.toBeNull());
  expect(container.querySelector('[data-dense="true"]')).toBeNull();
  expect(container.querySelector('path.dense-line-value')).toBeNull();
});
