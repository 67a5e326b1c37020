import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, expect, test, vi } from 'vitest';
import { FIXTURE_SERIES, isFixtureKpiId } from '../../../mocks/fixtures';
import { CATALOGUE_PATH, FIXTURE_CATALOGUE, OBSERVATIONS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { figure, renderApp, settledCard } from '../../../tests/render-app';
import { LAZY_CHARTS_FROM } from './kpi-panel';

/** Reports, per observed element, whether it is near the viewport; the test moves the "screen". */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly callback: IntersectionObserverCallback;
  readonly targets: Element[] = [];
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback;
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.targets.push(target);
  }
  disconnect(): void {}
}

function report(card: HTMLElement, isIntersecting: boolean): void {
  const observer = FakeIntersectionObserver.instances.find((candidate) => candidate.targets.some((target) => card.contains(target)));
  if (observer === undefined) throw new Error('no observer watches this card');
  act(() => observer.callback([{ isIntersecting, target: observer.targets[0] } as IntersectionObserverEntry], observer as unknown as IntersectionObserver));
}

afterEach(() => {
  FakeIntersectionObserver.instances = [];
  vi.unstubAllGlobals();
});

const COPIES = Math.ceil(LAZY_CHARTS_FROM / FIXTURE_CATALOGUE.kpis.length);

/** A catalogue of `COPIES` numbered copies of each fixture KPI: a long overview. */
function serveLongCatalogue(): void {
  server.use(
    http.get(CATALOGUE_PATH, () =>
      HttpResponse.json({
        kpis: Array.from({ length: COPIES }, (_, copy) =>
          FIXTURE_CATALOGUE.kpis.map((kpi) => ({ ...kpi, id: `${kpi.id}-${copy + 1}`, name: { 'zh-CN': `${kpi.name['zh-CN']}（${copy + 1}）`, en: `${kpi.name.en} (${copy + 1})` } })),
        ).flat(),
      }),
    ),
    http.get(OBSERVATIONS_PATH, ({ params }) => {
      const id = String(params.kpiId);
      const base = id.replace(/-\d+$/, '');
      if (!isFixtureKpiId(base)) return HttpResponse.json({ error: 'no such KPI' }, { status: 404 });
      return HttpResponse.json({ kpiId: id, unit: base === 'ip-pledge-financing' ? 'cny-100m' : 'months', observations: FIXTURE_SERIES[base] });
    }),
  );
}

const caption = (card: HTMLElement) => card.querySelector('figcaption')?.textContent ?? null;

test('a long overview draws a chart when its card comes near the screen, and leaves far charts as they were on an as-of change', async () => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  serveLongCatalogue();
  renderApp();
  const [firstKpi, secondKpi] = FIXTURE_CATALOGUE.kpis;
  const first = await settledCard(`${firstKpi?.name['zh-CN']}（1）`);
  const second = await settledCard(`${secondKpi?.name['zh-CN']}（1）`);
  expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(LAZY_CHARTS_FROM);

  // Nothing reported near yet: placeholders, and each card's table all the same.
  expect(first.querySelector('figure')).toBeNull();
  expect(first.querySelector('.kpi-chart-pending')).not.toBeNull();
  expect(within(first).getByText('查看数据表')).toBeInTheDocument();

  report(first, true);
  await waitFor(() => expect(caption(first)).toMatch(/2020年12月/));

  // The first card is on screen and follows the month; the second, never near, has no chart to redraw.
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('数据截至'), '2019-06');
  await waitFor(() => expect(caption(first)).toMatch(/2019年/));
  expect(figure(first, '最新值')).toMatch(/2019年6月/);
  expect(caption(first)).not.toMatch(/2020年12月/);
  expect(second.querySelector('figure')).toBeNull();

  // Scrolled away: its numbers follow the next month, its chart stays as drawn until it is back.
  report(first, false);
  await user.selectOptions(screen.getByLabelText('数据截至'), '2020-12');
  await waitFor(() => expect(figure(first, '最新值')).toMatch(/2020年12月/));
  // Let the deferred (chart) render run: it would redraw here if far charts were not left alone.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  const drawnWhileAway = caption(first);
  expect(drawnWhileAway).not.toMatch(/2020年12月/);
  report(first, true);
  await waitFor(() => expect(caption(first)).toMatch(/2020年12月/));
});
