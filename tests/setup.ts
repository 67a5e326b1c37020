import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// recharts measures its container; jsdom has no layout, so every observed element reports a
// fixed size.
class FixedSizeResizeObserver {
  readonly #callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    const rect = { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 };
    const entry = { target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry;
    this.#callback([entry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}

function fixedBoundingClientRect(): DOMRect {
  const rect = { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 };
  return { ...rect, toJSON: () => rect };
}

if (typeof window !== 'undefined') {
  window.ResizeObserver = FixedSizeResizeObserver;
  // jsdom reports zero-sized boxes; recharts' ResponsiveContainer reads this as well.
  Element.prototype.getBoundingClientRect = fixedBoundingClientRect;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// A React warning or an unexpected error logged during a test is a failure, not noise.
let consoleErrors: unknown[][] = [];
const originalConsoleError = console.error;
beforeAll(() => {
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalConsoleError(...args);
  };
});
afterAll(() => {
  console.error = originalConsoleError;
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  const logged = consoleErrors;
  consoleErrors = [];
  if (logged.length > 0) {
    throw new Error(`console.error was called during the test:\n${logged.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});

afterAll(() => server.close());
