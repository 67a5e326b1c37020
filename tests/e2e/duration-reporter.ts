import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Lists the slowest tests against their timeout at the end of a run. A test that needs more
 * than a third of its timeout is one loaded machine away from failing: with
 * `E2E_STRICT_DURATION=1` (what `npm run test:flakes` sets) that fails the run.
 */
export class DurationReporter implements Reporter {
  readonly #runs: { title: string; duration: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#runs.push({ title: `${test.location.file.split('/').at(-1) ?? ''}:${test.location.line} › ${test.title}`, duration: result.duration, timeout: test.timeout });
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    const slowest = [...this.#runs].sort((a, b) => b.duration / b.timeout - a.duration / a.timeout);
    const lines = slowest.slice(0, 5).map((run) => `  ${(run.duration / 1000).toFixed(1)} s of ${run.timeout / 1000} s  ${run.title}`);
    console.log(`\nSlowest tests (a test should stay under a third of its timeout):\n${lines.join('\n')}`);
    const tooSlow = slowest.filter((run) => run.duration > run.timeout / 3);
    if (tooSlow.length === 0) return undefined;
    console.log(`${tooSlow.length} test run(s) took more than a third of their timeout.`);
    if (process.env.E2E_STRICT_DURATION === '1' && result.status === 'passed') return { status: 'failed' };
    return undefined;
  }
}

export default DurationReporter;
