import { defineConfig } from 'vitest/config';

/**
 * The unit tests StrykerJS runs against each mutant of src/kpi, src/export and src/feed: only
 * those folders' own tests, in Node rather than jsdom (none of them renders), so one mutant
 * costs a second rather than a page render. `npm run test:mutation` uses it; `npm test` does not.
 */
export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['./tests/setup-node.ts'],
    include: ['src/kpi/**/*.test.ts', 'src/export/**/*.test.ts', 'src/feed/**/*.test.ts'],
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
