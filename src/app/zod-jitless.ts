import { z } from 'zod';

/**
 * zod 4 decides, while an object schema is being *constructed*, whether to compile a fast parser
 * with `new Function`, and probes for that by trying it. Under our CSP (no 'unsafe-eval') the
 * probe is caught but still reported as a violation. `jitless` skips probe and compilation, so it
 * must be set before any module that defines a schema is evaluated: main.tsx imports this first.
 */
z.config({ jitless: true });
