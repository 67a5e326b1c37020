import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { NEAR_MARGIN, useNearViewport } from './near-viewport';

/** An IntersectionObserver the test drives: `enter()` / `leave()` report the observed element. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly callback: IntersectionObserverCallback;
  readonly options: IntersectionObserverInit | undefined;
  target: Element | null = null;
  isDisconnected = false;
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    this.callback = callback;
    this.options = options;
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.target = target;
  }
  disconnect(): void {
    this.isDisconnected = true;
  }
  report(isIntersecting: boolean): void {
    act(() => this.callback([{ isIntersecting, target: this.target } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
  }
}

afterEach(() => {
  FakeIntersectionObserver.instances = [];
  vi.unstubAllGlobals();
});

function Probe({ isEnabled }: { isEnabled: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  return <div ref={ref}>{useNearViewport(ref, isEnabled) ? 'near' : 'far'}</div>;
}

test('disabled: always near, and nothing is observed', () => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  render(<Probe isEnabled={false} />);
  expect(screen.getByText('near')).toBeInTheDocument();
  expect(FakeIntersectionObserver.instances).toHaveLength(0);
});

test('enabled: far until the element comes within half a screen, far again when it leaves', () => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  render(<Probe isEnabled />);
  expect(screen.getByText('far')).toBeInTheDocument();
  const [observer] = FakeIntersectionObserver.instances;
  expect(observer?.options?.rootMargin).toBe(NEAR_MARGIN);
  expect(observer?.target).toBe(screen.getByText('far'));

  observer?.report(true);
  expect(screen.getByText('near')).toBeInTheDocument();
  observer?.report(false);
  expect(screen.getByText('far')).toBeInTheDocument();
});

test('printing makes every element near for good', () => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  render(<Probe isEnabled />);
  expect(screen.getByText('far')).toBeInTheDocument();

  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getByText('near')).toBeInTheDocument();
  expect(FakeIntersectionObserver.instances[0]?.isDisconnected).toBe(true);
});

test('without IntersectionObserver (an old browser), everything is near', () => {
  vi.stubGlobal('IntersectionObserver', undefined);
  render(<Probe isEnabled />);
  expect(screen.getByText('near')).toBeInTheDocument();
});
