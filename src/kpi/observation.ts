import type { Period } from './period';

/** One validated month of a KPI series. */
export interface Observation {
  period: Period;
  value: number;
  /** The figure may still be revised by its publisher. */
  isProvisional: boolean;
}
