import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// The part of the test set-up that needs no DOM: the MSW feed and the console.error rule. The
// mutation runs (vitest.mutation.config.ts) use it alone, which spares each mutant the DOM
// libraries; tests/setup.ts adds the rest for jsdom.

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
  server.resetHandlers();
  const logged = consoleErrors;
  consoleErrors = [];
  if (logged.length > 0) {
    throw new Error(`console.error was called during the test:\n${logged.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});

afterAll(() => server.close());
