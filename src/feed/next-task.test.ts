import { afterEach, expect, test, vi } from 'vitest';
import { nextTask } from './next-task';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('where the browser has scheduler.yield, the page is given its turn by it', async () => {
  const turn = Promise.resolve();
  const scheduler = { yield: vi.fn<() => Promise<void>>(() => turn) };
  vi.stubGlobal('scheduler', scheduler);

  const given = nextTask();

  expect(given).toBe(turn);
  expect(scheduler.yield).toHaveBeenCalledTimes(1);
});

test('elsewhere a 0 ms timer gives the turn: what is already queued runs first', async () => {
  vi.stubGlobal('scheduler', undefined);
  const order: string[] = [];
  setTimeout(() => order.push('queued before'), 0);

  await nextTask();
  order.push('after the turn');

  expect(order).toEqual(['queued before', 'after the turn']);
});
