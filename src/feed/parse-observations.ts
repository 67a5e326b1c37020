import { getKpiDefinition } from '../kpi/kpi-definitions';
import type { KpiId } from '../kpi/kpi-definitions';
import type { Observation } from '../kpi/observation';
import { isPeriod } from '../kpi/period';
import { FeedError, quoteReceived } from './feed-error';
import type { EntryProblem } from './feed-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one KPI's observations response against feed contract v1 and returns its
 * observations sorted by period. Throws a `FeedError` naming the first rule broken (and the first
 * offending entry); never anything else. Unknown fields are ignored, so the feed can grow.
 */
export function parseObservationsResponse(kpiId: KpiId, body: unknown): Observation[] {
  const definition = getKpiDefinition(kpiId);
  if (!isRecord(body)) {
    throw new FeedError('invalid-body', kpiId, { field: '(body)', expected: 'object', received: quoteReceived(body) });
  }
  if (body.kpiId !== kpiId) {
    throw new FeedError('wrong-kpi', kpiId, { expected: kpiId, received: quoteReceived(body.kpiId) });
  }
  if (body.unit !== definition.unit) {
    throw new FeedError('wrong-unit', kpiId, { expected: definition.unit, received: quoteReceived(body.unit) });
  }
  const entries = body.observations;
  if (!Array.isArray(entries)) {
    throw new FeedError('invalid-body', kpiId, { field: 'observations', expected: 'array', received: quoteReceived(entries) });
  }

  const isAmount = definition.unit === 'cny-100m';
  const seen = new Set<string>();
  const observations: Observation[] = [];
  entries.forEach((entry: unknown, index) => {
    const fail = (problem: EntryProblem, field: string, received: unknown, period?: string): never => {
      throw new FeedError('invalid-entry', kpiId, {
        entry: index + 1,
        problem,
        field,
        received: quoteReceived(received),
        ...(period === undefined ? {} : { period }),
      });
    };
    if (!isRecord(entry)) return fail('not-an-object', '(entry)', entry);
    const { period, value, provisional } = entry;
    if (period === undefined) return fail('period-missing', 'period', period);
    if (!isPeriod(period)) return fail('period-invalid', 'period', period);
    if (value === undefined) return fail('value-missing', 'value', value, period);
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail('value-not-a-number', 'value', value, period);
    if (isAmount && value < 0) return fail('value-negative', 'value', value, period);
    if (!isAmount && value <= 0) return fail('value-not-positive', 'value', value, period);
    if (provisional !== undefined && typeof provisional !== 'boolean') {
      return fail('provisional-not-boolean', 'provisional', provisional, period);
    }
    if (seen.has(period)) throw new FeedError('duplicate-period', kpiId, { entry: index + 1, period });
    seen.add(period);
    observations.push({ period, value, isProvisional: provisional === true });
  });

  return observations.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
