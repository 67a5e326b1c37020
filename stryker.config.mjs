// `npm run test:mutation`: StrykerJS on the pure core and the boundaries (slow, not in `npm test`).
// One file while iterating: `npx stryker run --mutate src/kpi/period.ts --concurrency 1`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // 9.6.x: StrykerJS 10 needs Node 22.
  testRunner: 'vitest',
  // related: false: a mutant covered outside any test (module-level code) is run against every
  // test file. With vitest's "related files" lookup instead, such mutants were run against no
  // file in the sandbox and miscounted as survivors.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/kpi/**/*.ts', 'src/export/**/*.ts', 'src/feed/**/*.ts', 'src/feed/**/*.tsx', '!**/*.test.ts'],
  // Points nowhere on purpose: TypeScript 7 has no JavaScript API, and Stryker's tsconfig
  // rewrite crashes on it (`ts.parseConfigFileTextToJson is not a function`).
  tsconfigFile: 'tsconfig.stryker-skip.json',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: build and test output (a Playwright run beside a mutation run
  // rewrites test-results/ mid-copy) and other runs' sandboxes.
  ignorePatterns: ['dist', 'test-results', 'playwright-report', 'reports', 'bench-results', 'tests/.tmp', '.stryker-tmp*'],
  cleanTempDir: 'always',
};
