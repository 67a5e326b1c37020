import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

// The part of the test set-up that needs no DOM: the MSW feed and the console.error rule. The
// mutation runs (vitest.mutation.config.ts) use it alone, which spares each mutant the DOM
// libraries; tests/setup.ts adds the rest for jsdom.

// Imported when the tests start rather than with this file: the fixtures build their series on
// import, and a mutant that breaks that would otherwise fail every test file at load, which the
// mutation runner miscounts as a survivor. Here it fails the tests, and is counted as killed.
// The error is thrown from each test (a failing beforeAll would only skip them).
let server: (typeof import('../mocks/node'))['server'] | undefined;
let startError: unknown = null;
beforeAll(async () => {
  try {
    ({ server } = await import('../mocks/node'));
    server.listen({ onUnhandledRequest: 'error' });
  } catch (error) {
    startError = error;
  }
});
beforeEach(() => {
  if (startError !== null) throw startError;
});

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
  server?.resetHandlers();
  const logged = consoleErrors;
  consoleErrors = [];
  if (logged.length > 0) {
    throw new Error(`console.error was called during the test:\n${logged.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});

afterAll(() => server?.close());
