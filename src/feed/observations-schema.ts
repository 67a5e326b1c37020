import { z } from 'zod';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { KPI_UNITS } from '../kpi/kpi-definitions';
import type { Observation, Vintage } from '../kpi/observation';
import { currentFigure, publishedOn } from '../kpi/vintages';
import { isDay, isPeriod } from '../kpi/period';
import { GROWTH_PCT_RANGE, UNIT_RULES } from '../kpi/units';
import { FeedError } from './feed-error';
import type { EntryProblem } from './feed-error';
import { quoteReceived, valueAt } from './quote';

const problem = (code: EntryProblem) => ({ error: code });
const missingOr = (missing: EntryProblem, wrong: EntryProblem) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong),
});

/** Where a figure was published (contract v2, optional). */
export const observationSourceSchema = z.object(
  {
    title: z.string(problem('source-invalid')).min(1, problem('source-invalid')).max(500, problem('source-invalid')),
    url: z.url({ protocol: /^https?$/, ...problem('source-invalid') }).optional(),
    publishedOn: z.string(problem('source-invalid')).refine(isDay, problem('source-invalid')).optional(),
  },
  problem('source-invalid'),
);

/** One observation as the feed sends it, for a KPI of `unit`. Unknown fields are ignored. */
function entrySchema(unit: KpiDefinition['unit']) {
  const rules = UNIT_RULES[unit];
  const valueSchema = z
    .number(missingOr('value-missing', 'value-not-a-number'))
    .check(
      rules.allowsZero ? z.gte(0, problem('value-negative')) : z.gt(0, problem('value-not-positive')),
      z.lte(rules.max, problem('value-implausible')),
    );
  return z.object(
    {
      period: z.string(missingOr('period-missing', 'period-invalid')).refine(isPeriod, problem('period-invalid')),
      value: valueSchema,
      provisional: z.boolean(problem('provisional-not-boolean')).optional(),
      growthPct: z
        .number(problem('growth-invalid'))
        .check(z.gt(GROWTH_PCT_RANGE.min, problem('growth-invalid')), z.lte(GROWTH_PCT_RANGE.max, problem('growth-invalid')))
        .optional(),
      // A v1 feed may carry free text under `source`; only an object is a v2 source.
      source: z.preprocess((value) => (typeof value === 'object' && value !== null ? value : undefined), observationSourceSchema.optional()),
    },
    problem('not-an-object'),
  );
}

/** The body of `GET {baseUrl}/kpis/{kpiId}/observations` for one KPI (contract v1 and v2). */
function bodySchema(definition: KpiDefinition) {
  return z.object({
    kpiId: z.literal(definition.id, { error: 'wrong-kpi' }),
    unit: z.literal(definition.unit, { error: 'wrong-unit' }),
    observations: z.array(entrySchema(definition.unit), { error: 'observations' }),
  }, { error: 'body' });
}

/** The wire shape, as the mocks and test servers write it. */
export const observationsBodyShape = z.object({
  kpiId: z.string(),
  unit: z.enum(KPI_UNITS),
  observations: z.array(
    z.object({
      period: z.string(),
      value: z.number(),
      provisional: z.boolean().optional(),
      growthPct: z.number().optional(),
      source: observationSourceSchema.optional(),
    }),
  ),
});
export type ObservationsBody = z.input<typeof observationsBodyShape>;
export type ObservationWire = ObservationsBody['observations'][number];

const schemas = new WeakMap<KpiDefinition, ReturnType<typeof bodySchema>>();

/**
 * Validates one KPI's observations response and returns its observations sorted by period.
 * Throws a `FeedError` naming the first rule broken and the first offending entry, with what was
 * received (cut short); never anything else. Unknown fields are ignored, so the feed can grow.
 */
export function parseObservationsResponse(definition: KpiDefinition, body: unknown): Observation[] {
  const kpiId = definition.id;
  let schema = schemas.get(definition);
  if (schema === undefined) {
    schema = bodySchema(definition);
    schemas.set(definition, schema);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues;
    const first = issues[0];
    const path = first?.path ?? [];
    const entryIndex = typeof path[1] === 'number' ? path[1] : null;
    // An earlier duplicate is the first offending entry, even when a later one is malformed.
    const duplicate = entryIndex === null ? null : firstDuplicate(body, entryIndex);
    if (duplicate !== null) throw repeatedPeriodError(kpiId, duplicate);
    const message = first?.message ?? 'body';
    if (path.length === 0) throw new FeedError('invalid-body', kpiId, { field: '(body)', expected: 'object', received: quoteReceived(body) });
    if (path[0] === 'kpiId') throw new FeedError('wrong-kpi', kpiId, { expected: kpiId, received: quoteReceived(valueAt(body, ['kpiId'])) });
    if (path[0] === 'unit') throw new FeedError('wrong-unit', kpiId, { expected: definition.unit, received: quoteReceived(valueAt(body, ['unit'])) });
    if (entryIndex === null) {
      throw new FeedError('invalid-body', kpiId, { field: 'observations', expected: 'array', received: quoteReceived(valueAt(body, ['observations'])) });
    }
    const entry = valueAt(body, ['observations', entryIndex]);
    const field = path.length > 2 ? String(path[2]) : '(entry)';
    const period = valueAt(entry, ['period']);
    throw new FeedError('invalid-entry', kpiId, {
      entry: entryIndex + 1,
      problem: message as EntryProblem,
      field,
      received: quoteReceived(path.length > 2 ? valueAt(entry, path.slice(2)) : entry),
      ...(field !== 'period' && typeof period === 'string' && isPeriod(period) ? { period } : {}),
    });
  }

  const repeated = firstRepeatedPeriod(result.data.observations.map((entry) => ({ period: entry.period, publishedOn: entry.source?.publishedOn })), result.data.observations.length);
  if (repeated !== null) throw repeatedPeriodError(kpiId, repeated);

  // Each entry is one publication (vintage) of its period; a period published more than once
  // has its vintages ordered by date, and the latest is its current figure.
  const byPeriod = new Map<string, Vintage[]>();
  for (const entry of result.data.observations) {
    const vintage: Vintage = { value: entry.value, isProvisional: entry.provisional === true };
    // v1 answers keep v1's shape: the v2 fields are set only when the feed sends them.
    if (entry.growthPct !== undefined) vintage.growthPct = entry.growthPct;
    if (entry.source !== undefined) {
      vintage.source = { title: entry.source.title, url: entry.source.url ?? null, publishedOn: entry.source.publishedOn ?? null };
    }
    const vintages = byPeriod.get(entry.period);
    if (vintages === undefined) byPeriod.set(entry.period, [vintage]);
    else vintages.push(vintage);
  }
  const observations: Observation[] = [];
  for (const [period, vintages] of byPeriod) {
    const ordered = vintages.length > 1 ? vintages.sort((a, b) => compareText(publishedOn(a) ?? '', publishedOn(b) ?? '')) : vintages;
    const figure = currentFigure(period, ordered);
    if (figure !== null) observations.push(figure);
  }
  return observations.sort((a, b) => compareText(a.period, b.period));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface RepeatedPeriod {
  entry: number;
  period: string;
  /** The repeated publication date, when both entries carry the same one. */
  publishedOn: string | null;
}

/**
 * The first entry (among the first `before`) that repeats a period without being a new vintage
 * of it: a period may appear more than once only when every entry of it carries a publication
 * date, and no two the same date.
 */
function firstRepeatedPeriod(entries: readonly { period: unknown; publishedOn: unknown }[], before: number): RepeatedPeriod | null {
  const dates = new Map<string, (string | null)[]>();
  for (let index = 0; index < Math.min(before, entries.length); index += 1) {
    const entry = entries[index];
    if (entry === undefined || typeof entry.period !== 'string') continue;
    const date = typeof entry.publishedOn === 'string' && isDay(entry.publishedOn) ? entry.publishedOn : null;
    const seen = dates.get(entry.period);
    if (seen === undefined) {
      dates.set(entry.period, [date]);
      continue;
    }
    if (date === null || seen.includes(null)) return { entry: index + 1, period: entry.period, publishedOn: null };
    if (seen.includes(date)) return { entry: index + 1, period: entry.period, publishedOn: date };
    seen.push(date);
  }
  return null;
}

function repeatedPeriodError(kpiId: string, repeated: RepeatedPeriod): FeedError {
  return repeated.publishedOn === null
    ? new FeedError('duplicate-period', kpiId, { entry: repeated.entry, period: repeated.period })
    : new FeedError('duplicate-vintage', kpiId, { entry: repeated.entry, period: repeated.period, received: repeated.publishedOn });
}

function firstDuplicate(body: unknown, before: number): RepeatedPeriod | null {
  const entries = valueAt(body, ['observations']);
  if (!Array.isArray(entries)) return null;
  return firstRepeatedPeriod(
    entries.slice(0, before).map((entry: unknown) => ({ period: valueAt(entry, ['period']), publishedOn: valueAt(entry, ['source', 'publishedOn']) })),
    before,
  );
}
