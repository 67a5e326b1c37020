import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, expect, test } from 'vitest';
import { FIXTURE_SERIES } from '../../mocks/fixtures';
import { CATALOGUE_PATH, FIXTURE_CATALOGUE, OBSERVATIONS_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { CatalogueEntry } from '../feed/catalogue-schema';
import { figure, renderApp, settledCard } from '../../tests/render-app';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const OPPOSITION: CatalogueEntry = {
  id: 'trademark-opposition-review-cycle',
  name: { 'zh-CN': '商标异议审查周期', en: 'Trademark opposition review cycle' },
  definition: { 'zh-CN': '商标异议案件的平均审查周期。', en: 'Average review cycle of trademark oppositions.' },
  unit: 'months',
  direction: 'lower-is-better',
  measure: 'ytd-average',
  targets: [{ year: 2020, kind: 'at-most', value: 12, source: { title: '测试' } }],
};

/** Answers one KPI's observations with `observations`; the others keep the fixtures. */
function serveObservations(kpiId: string, unit: string, observations: unknown[]) {
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) =>
      params.kpiId === kpiId ? HttpResponse.json({ kpiId, unit, observations }) : undefined,
    ),
  );
}

test('a v1 feed (404 at /kpis) shows the four KPIs of the built-in 2020 catalogue', async () => {
  server.use(http.get(CATALOGUE_PATH, () => HttpResponse.json({ error: 'no such route' }, { status: 404 })));
  renderApp();

  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');
  expect(await screen.findAllByRole('article')).toHaveLength(4);
});

test('a fifth KPI in the feed’s catalogue gets its own card, judged against its own target', async () => {
  server.use(http.get(CATALOGUE_PATH, () => HttpResponse.json({ kpis: [...FIXTURE_CATALOGUE.kpis, OPPOSITION] })));
  serveObservations(OPPOSITION.id, 'months', [
    { period: '2020-06', value: 12.8 },
    { period: '2020-12', value: 11.6, source: { title: '测试数据', publishedOn: '2021-01-25' } },
  ]);
  renderApp('?asOf=2020-12');

  const card = await settledCard('商标异议审查周期');
  expect(card).toHaveAttribute('data-status', 'met');
  expect(figure(card, '最新值')).toContain('11.6 个月');
  expect(figure(card, '2020年目标')).toBe('≤ 12.0 个月');
  expect(within(card).getByText(/来源：/).textContent).toBe('来源：测试数据（2021-01-25）');
  expect(screen.getAllByRole('article')).toHaveLength(5);
});

test('an unknown unit is an error on that KPI’s card, naming the field; the other cards are judged', async () => {
  server.use(http.get(CATALOGUE_PATH, () => HttpResponse.json({ kpis: [...FIXTURE_CATALOGUE.kpis, { ...OPPOSITION, unit: 'furlongs' }] })));
  renderApp();

  const alert = await screen.findByText(/指标目录无效/);
  expect(alert.textContent).toContain('kpis.4.unit');
  expect(alert.textContent).toContain('"furlongs"');
  expect(alert.closest('article')).toHaveAttribute('data-status', 'error');
  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');
});

test('a catalogue that cannot be read says so on the page, and Retry recovers it', async () => {
  const user = userEvent.setup();
  let calls = 0;
  server.use(
    http.get(CATALOGUE_PATH, () => {
      calls += 1;
      return calls === 1 ? HttpResponse.json({ error: 'down' }, { status: 500 }) : undefined;
    }),
  );
  renderApp();

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('无法读取指标目录');
  expect(alert.textContent).toContain('HTTP 500');
  await user.click(within(alert).getByRole('button', { name: '重试' }));

  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');
});

test('a context series with a far-future period changes no other card’s verdict and not the default month', async () => {
  serveObservations('invention-patent-review-cycle', 'months', [
    ...FIXTURE_SERIES['invention-patent-review-cycle'].map(({ period, value }) => ({ period, value })),
    { period: '2099-12', value: 9 },
  ]);
  renderApp();

  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');
  expect(await settledCard('知识产权质押融资规模')).toHaveAttribute('data-status', 'met');
  expect(screen.getByLabelText('数据截至')).toHaveValue('2020-12');
});

test('a pledge figure published for 2021-01 does not turn the review-cycle verdicts into “no data”', async () => {
  serveObservations('ip-pledge-financing', 'cny-100m', [
    ...FIXTURE_SERIES['ip-pledge-financing'].map(({ period, value }) => ({ period, value })),
    { period: '2021-01', value: 150 },
  ]);
  renderApp();

  for (const name of ['高价值专利审查周期', '商标注册平均审查周期', '知识产权质押融资规模']) {
    expect(await settledCard(name)).toHaveAttribute('data-status', 'met');
  }
  expect(screen.getByLabelText('数据截至')).toHaveValue('2020-12');
});

test('when the publisher’s growth and the one computed from last year’s checkpoint differ, the card shows the published one and says so', async () => {
  server.use(
    http.get(CATALOGUE_PATH, () =>
      HttpResponse.json({ kpis: FIXTURE_CATALOGUE.kpis.map((kpi) => (kpi.id === 'ip-pledge-financing' ? { ...kpi, measure: 'ytd-cumulative' } : kpi)) }),
    ),
  );
  serveObservations('ip-pledge-financing', 'cny-100m', [
    { period: '2019-06', value: 600 },
    { period: '2019-12', value: 1515 },
    { period: '2020-06', value: 853, growthPct: 45 },
  ]);
  renderApp('?asOf=2020-06');

  const pledge = await settledCard('知识产权质押融资规模');
  expect(figure(pledge, '同比增速（年初至今）')).toBe('+45.0%发布方公布');
  // 853 ÷ 600 − 1 = 42.2%: 2.8 points away from the published 45%.
  await waitFor(() => expect(within(pledge).getByText(/按上年同期数据计算为/).textContent).toContain('+42.2%'));
});

test('a feed marked as v1 in config.json is never asked for a catalogue: a broken /kpis cannot stop the page', async () => {
  server.use(http.get(CATALOGUE_PATH, () => HttpResponse.json({ error: 'down' }, { status: 500 })));
  renderApp('', { feed: { mode: 'http', baseUrl: 'http://localhost/fixture-feed/api/v1', catalogue: 'built-in' } });

  expect(await settledCard('高价值专利审查周期')).toHaveAttribute('data-status', 'met');
  expect(screen.getAllByRole('article')).toHaveLength(4);
});
