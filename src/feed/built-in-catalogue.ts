import builtInBody from './catalogues/built-in.json' with { type: 'json' };
import { definitionsOf } from './catalogue-schema';
import type { KpiDefinition } from '../kpi/kpi-definitions';

/**
 * The 2020 catalogue, used when a feed answers 404 to `GET {baseUrl}/kpis` (a contract v1 feed):
 * the four KPIs of the 2020 plan. It is a data file in the catalogue's own format, validated by
 * the same schema as a feed's.
 */
export const BUILT_IN_CATALOGUE: readonly KpiDefinition[] = definitionsOf(builtInBody);

/** A built-in KPI by id (tests, the benchmark harness); throws on an unknown id. */
export function builtInDefinition(id: string): KpiDefinition {
  const found = BUILT_IN_CATALOGUE.find((definition) => definition.id === id);
  if (found === undefined) throw new Error(`No built-in KPI ${id}`);
  return found;
}
