import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { FIXTURE_SERIES } from '../../mocks/fixtures';
import { OBSERVATIONS_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { figure, renderApp, settledCard } from '../../tests/render-app';

const TRADEMARK = '商标注册平均审查周期';

afterEach(() => {
  onlineManager.setOnline(true);
});

test('a transient failure is retried with backoff and recovers without the user noticing', async () => {
  let failuresLeft = 1;
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) => {
      if (params.kpiId !== 'trademark-registration-review-cycle' || failuresLeft === 0) return undefined;
      failuresLeft -= 1;
      return HttpResponse.json({ error: 'busy' }, { status: 503 });
    }),
  );
  renderApp('', { retries: 1 });
  // The retry waits a second (backoff) before asking again.
  const trademark = await settledCard(TRADEMARK, { timeout: 5000 });
  // The first answer was a 503; the retry a second later got the data.
  expect(trademark).toHaveAttribute('data-status', 'met');
  expect(failuresLeft).toBe(0);
});

test('a malformed answer is not retried: it will not change by asking again', async () => {
  let requests = 0;
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) => {
      if (params.kpiId !== 'trademark-registration-review-cycle') return undefined;
      requests += 1;
      return HttpResponse.json({ kpiId: 'trademark-registration-review-cycle', unit: 'days', observations: [] });
    }),
  );
  renderApp('', { retries: 2 });
  const trademark = await settledCard(TRADEMARK);
  expect(trademark).toHaveAttribute('data-status', 'error');
  expect(within(trademark).getByRole('alert')).toHaveTextContent('"days"');
  expect(requests).toBe(1);
});

test('a refresh that fails keeps the figures on screen and says since when they are stale', async () => {
  const user = userEvent.setup();
  renderApp();
  const trademark = await settledCard(TRADEMARK);
  expect(trademark).toHaveAttribute('data-status', 'met');

  server.use(http.get(OBSERVATIONS_PATH, () => HttpResponse.json({ error: 'down' }, { status: 500 })));
  await user.click(screen.getByRole('button', { name: '刷新数据' }));

  await waitFor(() => expect(trademark).toHaveAttribute('data-stale', 'true'));
  // The figures and the verdict stay; the badge and the error say the refresh failed.
  expect(trademark).toHaveAttribute('data-status', 'met');
  expect(within(trademark).getByText(/刷新失败：显示的是 .* 获取的数据/)).toBeInTheDocument();
  expect(within(trademark).getByRole('alert')).toHaveTextContent('HTTP 500');
  expect(within(trademark).getByText('最新值', { selector: 'dt' })).toBeInTheDocument();
});

test('a feed that stopped updating is shown as such when a publication lag is configured', async () => {
  // The fixture feed ends in December 2020, long before today.
  renderApp('', { publicationLagMonths: 2 });
  const trademark = await settledCard(TRADEMARK);
  expect(trademark).toHaveAttribute('data-freshness', 'behind');
  expect(within(trademark).getByText(/数据源最新月份为 2020年12月/)).toBeInTheDocument();
});

test('going offline pauses fetching visibly, and coming back recovers without a reload', async () => {
  const user = userEvent.setup();
  renderApp();
  const trademark = await settledCard(TRADEMARK);
  expect(figure(trademark, '最新值')).toContain('4.0 个月');

  act(() => onlineManager.setOnline(false));
  expect(await screen.findByText(/网络已断开/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '刷新数据' }));
  expect(await within(trademark).findByText(/离线：已暂停获取/)).toBeInTheDocument();
  expect(trademark).toHaveAttribute('data-status', 'met');

  // While offline the feed revised December (4.0 → 3.9); coming back must fetch it by itself.
  const revised = FIXTURE_SERIES['trademark-registration-review-cycle'].map(({ period, value }) => ({ period, value: period === '2020-12' ? 3.9 : value }));
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) =>
      params.kpiId === 'trademark-registration-review-cycle'
        ? HttpResponse.json({ kpiId: 'trademark-registration-review-cycle', unit: 'months', observations: revised })
        : undefined,
    ),
  );
  act(() => onlineManager.setOnline(true));
  await waitFor(() => expect(screen.queryByText(/网络已断开/)).not.toBeInTheDocument());
  await waitFor(() => expect(figure(trademark, '最新值')).toContain('3.9 个月'));
  // …and say that the figure changed, from what.
  expect(within(trademark).getByText(/^原为 4\.0 个月；本页于 .+ 发现数据源更改了此数$/)).toBeInTheDocument();
  expect(within(trademark).queryByText(/离线：已暂停获取/)).not.toBeInTheDocument();
  expect(trademark).toHaveAttribute('data-status', 'met');
});

test('text from the feed is shown as text, never as HTML', async () => {
  server.use(
    http.get(OBSERVATIONS_PATH, ({ params }) =>
      params.kpiId === 'trademark-registration-review-cycle'
        ? HttpResponse.json({
            kpiId: 'trademark-registration-review-cycle',
            unit: 'months',
            observations: [{ period: '2020-01', value: '<img src=x onerror="window.pwnedByFeed=1">' }],
          })
        : undefined,
    ),
  );
  renderApp();
  const trademark = await settledCard(TRADEMARK);
  const alert = within(trademark).getByRole('alert');
  expect(alert).toHaveTextContent('<img src=x');
  expect(alert.querySelector('img')).toBeNull();
  expect((window as unknown as { pwnedByFeed?: number }).pwnedByFeed).toBeUndefined();
});
