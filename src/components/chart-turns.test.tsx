import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { expect, test } from 'vitest';
import { useChartTurn } from './chart-turns';

// Charts are drawn one per task: a chart that is ready (measured) asks for its turn, and the
// next chart gets one only in a later task after the previous has been drawn with its own.

/** A chart stand-in: shows whether it has its turn, and notes when it was drawn with it. */
function Chart({ name, isReady, drawn }: { name: string; isReady: boolean; drawn: string[] }) {
  const hasTurn = useChartTurn(isReady);
  useEffect(() => {
    if (hasTurn) drawn.push(name);
  }, [hasTurn, name, drawn]);
  return <p data-testid={name}>{hasTurn ? 'drawn' : 'waiting'}</p>;
}

const stateOf = (name: string) => screen.getByTestId(name).textContent;

/** Ready charts, in this order. */
const readyCharts = (names: readonly string[], drawn: string[]) => names.map((name) => <Chart key={name} name={name} isReady drawn={drawn} />);

/** Lets one task pass (the turn is handed on after a 0 ms timer in jsdom). */
async function nextTask() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

test('ready charts are drawn one at a time, in order, each in a later task than the one before', async () => {
  const drawn: string[] = [];
  render(<>{readyCharts(['a', 'b', 'c'], drawn)}</>);

  expect([stateOf('a'), stateOf('b'), stateOf('c')]).toEqual(['drawn', 'waiting', 'waiting']);
  await nextTask();
  expect([stateOf('b'), stateOf('c')]).toEqual(['drawn', 'waiting']);
  await nextTask();
  expect(stateOf('c')).toBe('drawn');
  expect(drawn).toEqual(['a', 'b', 'c']);
});

test('a chart that is not ready never holds the turn: the others are drawn past it', async () => {
  const drawn: string[] = [];
  const { rerender } = render(
    <>
      <Chart name="hidden" isReady={false} drawn={drawn} />
      <Chart name="shown" isReady drawn={drawn} />
    </>,
  );
  await nextTask();
  expect([stateOf('hidden'), stateOf('shown')]).toEqual(['waiting', 'drawn']);

  rerender(
    <>
      <Chart name="hidden" isReady drawn={drawn} />
      <Chart name="shown" isReady drawn={drawn} />
    </>,
  );
  await nextTask();
  expect(stateOf('hidden')).toBe('drawn');
  expect(drawn).toEqual(['shown', 'hidden']);
});

test('a chart removed while it waits, or before it was drawn with its turn, does not stop the others', async () => {
  const drawn: string[] = [];
  const { rerender } = render(<>{readyCharts(['first', 'gone', 'last'], drawn)}</>);
  rerender(<>{readyCharts(['first', 'last'], drawn)}</>);
  await nextTask();
  await nextTask();
  expect(stateOf('last')).toBe('drawn');
  expect(drawn).toEqual(['first', 'last']);
});

test('printing draws every waiting chart at once, before the page is laid out for paper', async () => {
  const drawn: string[] = [];
  render(<>{readyCharts(['p1', 'p2', 'p3'], drawn)}</>);
  expect([stateOf('p2'), stateOf('p3')]).toEqual(['waiting', 'waiting']);

  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });

  expect([stateOf('p1'), stateOf('p2'), stateOf('p3')]).toEqual(['drawn', 'drawn', 'drawn']);
  // The turns handed on afterwards find nobody waiting, and a later chart is drawn at once.
  await nextTask();
  await nextTask();
  await nextTask();
  render(<Chart name="later" isReady drawn={drawn} />);
  await nextTask();
  expect(stateOf('later')).toBe('drawn');
});
