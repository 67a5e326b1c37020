import { z } from 'zod';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { KPI_UNITS } from '../kpi/kpi-definitions';
import type { Observation, Vintage } from '../kpi/observation';
import { currentFigure, publishedOn } from '../kpi/vintages';
import { isDay, isPeriod } from '../kpi/period';
import { GROWTH_PCT_RANGE, UNIT_RULES } from '../kpi/units';
import { FeedError } from './feed-error';
import { nextTask } from './next-task';
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

type Entry = z.output<ReturnType<typeof entrySchema>>;

/**
 * The body of `GET {baseUrl}/kpis/{kpiId}/observations` for one KPI (contract v1 and v2), in two
 * parts: the envelope, whose `observations` is only checked to be an array, and the entries, which
 * are validated a slice at a time so that a 100,000-entry answer need not hold the page at once.
 */
function bodySchemas(definition: KpiDefinition) {
  return {
    envelope: z.object({
      kpiId: z.literal(definition.id, { error: 'wrong-kpi' }),
      unit: z.literal(definition.unit, { error: 'wrong-unit' }),
      // Only an array here (not a check per entry: 100,000 of them are checked in slices).
      observations: z.custom<unknown[]>((value) => Array.isArray(value), { error: 'observations' }),
    }, { error: 'body' }),
    entries: z.array(entrySchema(definition.unit)),
  };
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

const schemas = new WeakMap<KpiDefinition, ReturnType<typeof bodySchemas>>();

/** Entries validated per slice by `parseObservationsResponseInSlices`. */
export const ENTRIES_PER_SLICE = 5_000;

/**
 * Validates one KPI's observations response and returns its observations sorted by period.
 * Throws a `FeedError` naming the first rule broken and the first offending entry, with what was
 * received (cut short); never anything else. Unknown fields are ignored, so the feed can grow.
 */
export function parseObservationsResponse(definition: KpiDefinition, body: unknown): Observation[] {
  const steps = parseSteps(definition, body, Number.POSITIVE_INFINITY);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/**
 * The same as `parseObservationsResponse` (the same observations, the same first error), with the
 * entries validated `entriesPerSlice` at a time and a yield to the page between slices, so that a
 * 100,000-entry answer never holds the main thread in one long task.
 */
export async function parseObservationsResponseInSlices(definition: KpiDefinition, body: unknown, entriesPerSlice = ENTRIES_PER_SLICE): Promise<Observation[]> {
  const steps = parseSteps(definition, body, entriesPerSlice);
  let step = steps.next();
  while (step.done !== true) {
    await nextTask();
    step = steps.next();
  }
  return step.value;
}

/** The validation, as steps: it pauses (yields) between slices of entries and before the sort. */
function* parseSteps(definition: KpiDefinition, body: unknown, entriesPerSlice: number): Generator<void, Observation[], void> {
  let schema = schemas.get(definition);
  if (schema === undefined) {
    schema = bodySchemas(definition);
    schemas.set(definition, schema);
  }
  const envelope = schema.envelope.safeParse(body);
  if (!envelope.success) throw invalidBodyError(definition, body, envelope.error.issues[0]);

  const received = envelope.data.observations;
  const entries: Entry[] = [];
  // A large answer's first slice waits for a task of its own too: the answer's JSON.parse was
  // the one before.
  for (let start = 0; start < received.length; start += entriesPerSlice) {
    if (received.length > entriesPerSlice) yield;
    const slice = schema.entries.safeParse(start === 0 && received.length <= entriesPerSlice ? received : received.slice(start, start + entriesPerSlice));
    if (!slice.success) {
      const first = slice.error.issues[0];
      const [index, ...rest] = first?.path ?? [];
      throw invalidBodyError(definition, body, { message: first?.message, path: ['observations', start + Number(index), ...rest] });
    }
    for (const entry of slice.data) entries.push(entry);
  }
  if (received.length > entriesPerSlice) yield;
  return observationsOf(definition.id, entries);
}

/** The `FeedError` for the first issue zod found, its path counted from the body. */
function invalidBodyError(definition: KpiDefinition, body: unknown, first: { message?: string | undefined; path: readonly PropertyKey[] } | undefined): FeedError {
  const kpiId = definition.id;
  const path = first?.path ?? [];
  const entryIndex = typeof path[1] === 'number' ? path[1] : null;
  // An earlier duplicate is the first offending entry, even when a later one is malformed.
  const duplicate = entryIndex === null ? null : firstDuplicate(body, entryIndex);
  if (duplicate !== null) return repeatedPeriodError(kpiId, duplicate);
  const message = first?.message ?? 'body';
  if (path.length === 0) return new FeedError('invalid-body', kpiId, { field: '(body)', expected: 'object', received: quoteReceived(body) });
  if (path[0] === 'kpiId') return new FeedError('wrong-kpi', kpiId, { expected: kpiId, received: quoteReceived(valueAt(body, ['kpiId'])) });
  if (path[0] === 'unit') return new FeedError('wrong-unit', kpiId, { expected: definition.unit, received: quoteReceived(valueAt(body, ['unit'])) });
  if (entryIndex === null) {
    return new FeedError('invalid-body', kpiId, { field: 'observations', expected: 'array', received: quoteReceived(valueAt(body, ['observations'])) });
  }
  const entry = valueAt(body, ['observations', entryIndex]);
  const field = path.length > 2 ? String(path[2]) : '(entry)';
  const period = valueAt(entry, ['period']);
  return new FeedError('invalid-entry', kpiId, {
    entry: entryIndex + 1,
    problem: message as EntryProblem,
    field,
    received: quoteReceived(path.length > 2 ? valueAt(entry, path.slice(2)) : entry),
    ...(field !== 'period' && typeof period === 'string' && isPeriod(period) ? { period } : {}),
  });
}

/** Valid entries as observations: one per period (its current figure), sorted by period. */
function observationsOf(kpiId: KpiDefinition['id'], entries: readonly Entry[]): Observation[] {
  // The common answer, one entry per month in order, needs no grouping and no sort.
  if (entries.every((entry, index) => index === 0 || (entries[index - 1]?.period ?? '') < entry.period)) {
    return entries.flatMap((entry) => currentFigure(entry.period, [vintageOf(entry)]) ?? []);
  }
  const repeated = firstRepeatedPeriod(entries.map((entry) => ({ period: entry.period, publishedOn: entry.source?.publishedOn })), entries.length);
  if (repeated !== null) throw repeatedPeriodError(kpiId, repeated);

  // Each entry is one publication (vintage) of its period; a period published more than once
  // has its vintages ordered by date, and the latest is its current figure.
  const byPeriod = new Map<string, Vintage[]>();
  for (const entry of entries) {
    const vintage = vintageOf(entry);
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

function vintageOf(entry: Entry): Vintage {
  const vintage: Vintage = { value: entry.value, isProvisional: entry.provisional === true };
  // v1 answers keep v1's shape: the v2 fields are set only when the feed sends them.
  if (entry.growthPct !== undefined) vintage.growthPct = entry.growthPct;
  if (entry.source !== undefined) {
    vintage.source = { title: entry.source.title, url: entry.source.url ?? null, publishedOn: entry.source.publishedOn ?? null };
  }
  return vintage;
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
