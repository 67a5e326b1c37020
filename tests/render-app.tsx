import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { App, createQueryClient } from '../src/app/app';
import type { RuntimeConfig } from '../src/app/runtime-config';
import { fixtureFeedBaseUrl } from '../src/feed/fixture-feed';

// No retries by default: a failure shows at once, and each test sets the feed's behaviour itself.
export const TEST_CONFIG: RuntimeConfig = {
  feed: { mode: 'fixtures' },
  refreshIntervalSeconds: null,
  requestTimeoutSeconds: 15,
  retries: 0,
  publicationLagMonths: null,
};

/** The whole app at `search`, on the MSW fixture feed (tests/setup.ts starts the server). */
export function renderApp(search = '', config: Partial<RuntimeConfig> = {}) {
  window.history.replaceState(null, '', `/${search}`);
  const merged = { ...TEST_CONFIG, ...config };
  return render(
    <App
      config={merged}
      feedBaseUrl={fixtureFeedBaseUrl('http://localhost')}
      fixtures={{ scenario: 'normal', unknownScenario: null, scenarios: ['normal'] }}
      queryClient={createQueryClient(merged)}
    />,
  );
}

/** The figure a card lists under `term`, as a screen reader pairs a term with its definition. */
export function figure(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term, { selector: 'dt' });
  // Whitespace as a reader sees it: the no-break space between a number and its unit reads as a space.
  return (dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ');
}

/** A KPI's card once it has left its loading state. */
export async function settledCard(name: string, { timeout = 1000 } = {}): Promise<HTMLElement> {
  const card = await screen.findByRole('article', { name });
  await waitFor(() => expect(card).not.toHaveAttribute('data-status', 'loading'), { timeout });
  return card;
}
