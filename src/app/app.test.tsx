import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, expect, test } from 'vitest';
import { createHandlers, OBSERVATIONS_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { figure, renderApp, settledCard } from '../../tests/render-app';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

test('a manager sees the four KPIs judged against their 2020 targets on the published December figures', async () => {
  renderApp();
  const highValue = await settledCard('高价值专利审查周期');
  expect(highValue).toHaveAttribute('data-status', 'met');
  expect(within(highValue).getByText('已实现')).toBeInTheDocument();
  // The published December 2020 figure, formatted.
  expect(figure(highValue, '最新值')).toContain('14.0 个月');
  expect(figure(highValue, '2020年目标')).toBe('≤ 16.0 个月');
  expect(figure(highValue, '距目标')).toBe('低于目标 2.0 个月（−12.5%）');

  const trademark = await settledCard('商标注册平均审查周期');
  expect(trademark).toHaveAttribute('data-status', 'met');
  expect(figure(trademark, '最新值')).toContain('4.0 个月');

  const pledge = await settledCard('知识产权质押融资规模');
  expect(pledge).toHaveAttribute('data-status', 'met');
  expect(figure(pledge, '年初至今累计')).toBe('2,180 亿元');
  // The growth, then how it moved since the previous month's report (src/kpi/change.test.ts checks that figure).
  expect(figure(pledge, '同比增速（年初至今）')).toMatch(/^\+43\.9%较上期（2020年11月）[+−]\d+\.\d 个百分点，(向好|变差)$/);

  const invention = await settledCard('发明专利平均审查周期');
  expect(invention).toHaveAttribute('data-status', 'no-target');
  expect(screen.getByText('样例数据，非实时数据源')).toBeInTheDocument();
});

test('choosing March 2020 re-evaluates pledge financing as behind its target and writes the URL', async () => {
  const user = userEvent.setup();
  renderApp();
  const pledge = await settledCard('知识产权质押融资规模');
  await user.selectOptions(screen.getByLabelText('数据截至'), '2020-03');

  await waitFor(() => expect(pledge).toHaveAttribute('data-status', 'at-risk'));
  expect(within(pledge).getByText('存在风险')).toBeInTheDocument();
  expect(figure(pledge, '年初至今累计')).toBe('337 亿元');
  expect(figure(pledge, '同比增速（年初至今）')).toMatch(/^\+15\.4%较上期（2020年2月）/);
  expect(figure(pledge, '距目标')).toBe('增速差 −4.6 个百分点；累计额差 −13.4 亿元');
  expect(window.location.search).toContain('asOf=2020-03');
});

test('a link with asOf and lang reproduces the English view of June 2020', async () => {
  renderApp('?asOf=2020-06&lang=en');
  const pledge = await settledCard('IP pledge financing');
  expect(pledge).toHaveAttribute('data-status', 'on-track');
  expect(figure(pledge, 'Year to date')).toBe('CNY 85.3 bn');
  expect(figure(pledge, 'Growth, year to date')).toMatch(/^\+45\.1%[+−]\d+\.\d pp since May 2020, (better|worse)$/);
  expect(screen.getByLabelText('As of')).toHaveValue('2020-06');
  expect(document.documentElement.lang).toBe('en');
});

test('an impossible month in the link is named, and the latest month is shown instead', async () => {
  renderApp('?asOf=2020-13');
  expect(await screen.findByText(/“2020-13”/)).toBeInTheDocument();
  const highValue = await settledCard('高价值专利审查周期');
  expect(highValue).toHaveAttribute('data-status', 'met');
  expect(screen.getByLabelText('数据截至')).toHaveValue('2020-12');
});

test('a malformed response breaks only its own card, naming the offending entry', async () => {
  server.use(...createHandlers('malformed'));
  renderApp();
  const pledge = await settledCard('知识产权质押融资规模');
  expect(pledge).toHaveAttribute('data-status', 'error');
  expect(within(pledge).getByRole('alert')).toHaveTextContent('2020年3月');
  expect(within(pledge).getByRole('alert')).toHaveTextContent('"n/a"');

  const trademark = await settledCard('商标注册平均审查周期');
  expect(within(trademark).getByRole('alert')).toHaveTextContent('重复');

  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');
});

test('a failed KPI recovers with its retry button while the others keep their figures', async () => {
  const user = userEvent.setup();
  let isDown = true;
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) =>
      isDown && params.kpiId === 'trademark-registration-review-cycle'
        ? HttpResponse.json({ error: 'down' }, { status: 503 })
        : undefined,
    ),
  );
  renderApp();
  const trademark = await settledCard('商标注册平均审查周期');
  expect(trademark).toHaveAttribute('data-status', 'error');
  expect(within(trademark).getByRole('alert')).toHaveTextContent('HTTP 503');
  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');

  isDown = false;
  await user.click(within(trademark).getByRole('button', { name: '重试' }));
  await waitFor(() => expect(trademark).toHaveAttribute('data-status', 'met'));
  expect(within(trademark).queryByRole('alert')).not.toBeInTheDocument();
});

test('a KPI the feed does not provide, and an empty series, read no-data', async () => {
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) => {
      if (params.kpiId === 'invention-patent-review-cycle') return HttpResponse.json({ error: 'unknown' }, { status: 404 });
      if (params.kpiId === 'high-value-patent-review-cycle') {
        return HttpResponse.json({ kpiId: 'high-value-patent-review-cycle', unit: 'months', observations: [] });
      }
      return undefined;
    }),
  );
  renderApp();
  const invention = await settledCard('发明专利平均审查周期');
  expect(invention).toHaveAttribute('data-status', 'no-data');
  expect(within(invention).getByText(/HTTP 404/)).toBeInTheDocument();
  const highValue = await settledCard('高价值专利审查周期');
  expect(highValue).toHaveAttribute('data-status', 'no-data');
  expect(await settledCard('知识产权质押融资规模')).toHaveAttribute('data-status', 'met');
});

test('every chart has a data table with the feed’s figures and the projection marked as such', async () => {
  renderApp('?asOf=2020-06');
  const highValue = await settledCard('高价值专利审查周期');
  const table = within(highValue).getByRole('table');
  const june = within(table).getByRole('row', { name: /2020年6月/ });
  expect(within(june).getByText('15.2')).toBeInTheDocument();
  expect(within(june).getByText('实际')).toBeInTheDocument();
  const december = within(table).getByRole('row', { name: /2020年12月/ });
  expect(within(december).getByText('预测')).toBeInTheDocument();
  // The chart itself is drawn.
  await waitFor(() => expect(highValue.querySelector('svg.recharts-surface')).not.toBeNull());
});

test('switching language rewrites every string and the URL', async () => {
  const user = userEvent.setup();
  renderApp();
  await settledCard('高价值专利审查周期');
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('article', { name: 'High-value patent review cycle' })).toHaveAttribute('data-status', 'met');
  expect(screen.getByText('Fixture data, not a live feed')).toBeInTheDocument();
  expect(window.location.search).toContain('lang=en');
});

test('mid-year a card does not repeat the projection rule: it is in the card’s ⓘ panel', async () => {
  renderApp('?asOf=2020-06');
  const highValue = await settledCard('高价值专利审查周期');

  expect(highValue).toHaveAttribute('data-status', 'on-track');
  expect(within(highValue).queryByText(/^按预测判定/)).not.toBeInTheDocument();
  expect(within(highValue).getByText(/预测达到目标为“进展顺利”/, { selector: 'dd' })).toBeInTheDocument();
});
