import { within } from '@testing-library/react';
import { delay, http } from 'msw';
import { expect, test } from 'vitest';
import { OBSERVATIONS_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp, settledCard } from '../../tests/render-app';

const TRADEMARK = '商标注册平均审查周期';

// A feed that accepts the connection and never answers, for the trademark KPI only. Returns when
// the first request arrived (performance.now()), once it has.
function hangTrademark(): { firstRequestAt: () => number | null } {
  let firstRequestAt: number | null = null;
  server.use(
    http.get(OBSERVATIONS_PATH, async ({ params }) => {
      if (params.kpiId !== 'trademark-registration-review-cycle') return undefined;
      firstRequestAt ??= performance.now();
      await delay('infinite');
      return undefined;
    }),
  );
  return { firstRequestAt: () => firstRequestAt };
}

test('a hung feed: the error says how long the card really waited, every try and the pause between them', async () => {
  const feed = hangTrademark();
  // 1 s timeout, one retry: 1 s, a 1 s pause, 1 s more: about 3 s in all, not the 1 s of one try.
  renderApp('', { requestTimeoutSeconds: 1, retries: 1 });
  const trademark = await settledCard(TRADEMARK, { timeout: 15_000 });
  const waited = (performance.now() - (feed.firstRequestAt() ?? Number.NaN)) / 1000;

  expect(trademark).toHaveAttribute('data-status', 'error');
  const message = within(trademark).getByRole('alert').textContent ?? '';
  expect(message).toContain('数据源在约 3 秒内没有响应（共尝试 2 次，每次最多等待 1 秒，含重试间隔），已放弃。');
  // And the figure it names is the wait the reader just sat through.
  expect(waited).toBeGreaterThan(2.8);
  // Generous above: two cores shared with other test runs can delay rendering the error.
  expect(waited).toBeLessThan(12);
});

test('a hung feed with no retries: one try, and the message names that one timeout', async () => {
  hangTrademark();
  renderApp('?lang=en', { requestTimeoutSeconds: 1, retries: 0 });
  const trademark = await settledCard('Trademark registration review cycle', { timeout: 5000 });
  expect(within(trademark).getByRole('alert')).toHaveTextContent('The feed did not answer within 1 s; the request was abandoned.');
});
