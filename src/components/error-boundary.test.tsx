import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('chart code failed to load');
  return <p>chart drawn</p>;
}

// This test provokes errors on purpose: React and the boundary log them, which tests/setup.ts
// would otherwise count as failures.
let restore: () => void = () => {};
beforeEach(() => {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  restore = () => spy.mockRestore();
});
afterEach(() => restore());

test('a failing part shows its fallback instead of taking the page down, and retry renders it again', async () => {
  const user = userEvent.setup();
  shouldThrow = true;
  render(
    <main>
      <h1>overview</h1>
      <ErrorBoundary renderFallback={(error, onRetry) => (
        <div role="alert">
          {error instanceof Error ? error.message : 'failed'}
          <button type="button" onClick={onRetry}>retry</button>
        </div>
      )}>
        <Fragile />
      </ErrorBoundary>
    </main>,
  );
  expect(screen.getByRole('heading', { name: 'overview' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('chart code failed to load');

  shouldThrow = false;
  await user.click(screen.getByRole('button', { name: 'retry' }));
  expect(screen.getByText('chart drawn')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
