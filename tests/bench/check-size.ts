/**
 * `npm test`'s size check: the initial JavaScript of the build must stay within 240 KiB gzip
 * (issue 6) and carry no MSW code, which http mode must never download.
 *
 *   tsx tests/bench/check-size.ts [--dir <build dir>]   (default: dist)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findInitialChunks, formatKiB, INITIAL_JS_BUDGET_BYTES } from './initial-chunks';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dir = resolve(values.dir);

try {
  const { chunks, gzipTotal, source } = await findInitialChunks(dir);
  const listing = chunks
    .map((chunk) => `  ${chunk.file}  ${formatKiB(chunk.bytes)} raw, ${formatKiB(chunk.gzipBytes)} gzip${chunk.hasMsw ? '  <- contains MSW code' : ''}`)
    .join('\n');
  const problems: string[] = [];
  if (gzipTotal > INITIAL_JS_BUDGET_BYTES) {
    problems.push(
      `initial JavaScript is ${formatKiB(gzipTotal)} gzip, over the ${formatKiB(INITIAL_JS_BUDGET_BYTES)} budget by ${formatKiB(gzipTotal - INITIAL_JS_BUDGET_BYTES)}`,
    );
  }
  const withMsw = chunks.filter((chunk) => chunk.hasMsw);
  if (withMsw.length > 0) {
    problems.push(`MSW code is in initial chunk(s) ${withMsw.map((chunk) => chunk.file).join(', ')}: it must only be imported dynamically`);
  }
  if (problems.length > 0) {
    console.error(`Size check failed for ${dir}:\n- ${problems.join('\n- ')}\nInitial chunks (from ${source}):\n${listing}`);
    process.exit(1);
  }
  console.log(
    `Size check passed: initial JS ${formatKiB(gzipTotal)} gzip of ${formatKiB(INITIAL_JS_BUDGET_BYTES)} in ${chunks.length} chunk(s) (${chunks.map((chunk) => chunk.file).join(', ')}), no MSW code.`,
  );
} catch (error) {
  console.error(`Size check could not read the build in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
