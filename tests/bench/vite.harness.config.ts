import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { InlineConfig } from 'vite';

/**
 * Builds the chart harness (tests/bench/harness) into tests/.tmp/bench-harness. A named export
 * rather than a default one: `run.ts` passes it to Vite's `build()` with `configFile: false`.
 */
export const harnessConfig: InlineConfig = {
  configFile: false,
  root: fileURLToPath(new URL('harness', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.tmp/bench-harness', import.meta.url)),
    emptyOutDir: true,
  },
};
