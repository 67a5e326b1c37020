import './setup-node';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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

// Registered after setup-node's hooks, so it runs before them: components unmount before the
// console.error check.
afterEach(() => {
  cleanup();
});
