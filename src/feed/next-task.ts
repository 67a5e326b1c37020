interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the browser breathe between slices of a long job (validating a 100,000-entry feed answer,
 * writing a 100,000-row CSV): input and painting run, then the job goes on. `scheduler.yield()`
 * resumes ahead of other tasks where the browser has it; elsewhere a 0 ms timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
