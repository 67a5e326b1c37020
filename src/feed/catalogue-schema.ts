import { z } from 'zod';
import type { Bilingual, KpiDefinition, SourceRef } from '../kpi/kpi-definitions';
import { KPI_MEASURES, KPI_UNITS, TARGET_KINDS } from '../kpi/kpi-definitions';
import { isPeriod } from '../kpi/period';
import { FeedError } from './feed-error';
import { quoteReceived, valueAt } from './quote';

/**
 * The KPI catalogue, `GET {baseUrl}/kpis` (feed contract v2): which KPIs the dashboard shows, in
 * display order, with their names, units, measures, targets, baselines and events, each with a
 * source. The built-in catalogue (for v1 feeds) and the fixture catalogue are files in this shape.
 */

const bilingual = z.object({ 'zh-CN': z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
/** A plain string serves both languages (a Chinese source's title is cited as it is). */
const text = z.union([z.string().min(1).max(2000), bilingual]);

const sourceSchema = z.object({
  title: text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  quote: z.string().min(1).max(2000).optional(),
});

const year = z.int().min(1900).max(2200);

const targetSchema = z
  .object({
    year,
    kind: z.enum(TARGET_KINDS),
    value: z.number(),
    setIn: year.optional(),
    source: sourceSchema,
    derived: z.boolean().optional(),
  })
  .refine((target) => target.setIn === undefined || target.setIn <= target.year, { message: 'setIn must not be after year', path: ['setIn'] });

const kpiSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  name: bilingual,
  definition: bilingual,
  unit: z.enum(KPI_UNITS),
  direction: z.enum(['lower-is-better', 'higher-is-better']),
  measure: z.enum(KPI_MEASURES),
  targets: z.array(targetSchema).max(200).default([]),
  baselines: z.array(z.object({ year, value: z.number(), source: sourceSchema })).max(200).default([]),
  events: z.array(z.object({ period: z.string().refine(isPeriod, 'a real month YYYY-MM'), label: bilingual, source: sourceSchema })).max(500).default([]),
});

/** The catalogue as a feed writes it: the type the mocks, the data files and the test servers use. */
export type CatalogueBody = z.input<typeof catalogueShape>;
export type CatalogueEntry = z.input<typeof kpiSchema>;
const catalogueShape = z.object({ kpis: z.array(kpiSchema) });

/** One catalogue entry: a KPI to show, or an entry the dashboard cannot use and says why. */
export type CatalogueItem = { kind: 'kpi'; definition: KpiDefinition } | { kind: 'invalid'; id: string | null; error: FeedError };

const CATALOGUE = '(catalogue)';

function toBilingual(value: z.output<typeof text>): Bilingual {
  return typeof value === 'string' ? { 'zh-CN': value, en: value } : value;
}

function toSource(value: z.output<typeof sourceSchema>): SourceRef {
  return { title: toBilingual(value.title), url: value.url ?? null, quote: value.quote ?? null };
}

function toDefinition(entry: z.output<typeof kpiSchema>): KpiDefinition {
  return {
    id: entry.id,
    unit: entry.unit,
    measure: entry.measure,
    direction: entry.direction,
    name: entry.name,
    definition: entry.definition,
    targets: entry.targets.map((target) => ({
      year: target.year,
      setIn: target.setIn ?? target.year,
      kind: target.kind,
      value: target.value,
      source: toSource(target.source),
      isDerived: target.derived === true,
    })),
    baselines: entry.baselines.map((baseline) => ({ year: baseline.year, value: baseline.value, source: toSource(baseline.source) })),
    events: entry.events.map((event) => ({ period: event.period, label: event.label, source: toSource(event.source) })),
  };
}

function describeIssue(issue: z.core.$ZodIssue | undefined, root: unknown, prefix: readonly PropertyKey[]) {
  const path = [...prefix, ...(issue?.path ?? [])];
  return {
    field: path.map(String).join('.') || '(body)',
    expected: issue?.message ?? '',
    received: quoteReceived(valueAt(root, path)),
  };
}

/**
 * Validates a catalogue. A body that is not a catalogue at all throws a `FeedError`; a broken
 * entry becomes an `invalid` item (its card says what is wrong) and the other KPIs are kept.
 */
export function parseCatalogue(body: unknown): CatalogueItem[] {
  const list = valueAt(body, ['kpis']);
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray(list)) {
    throw new FeedError('invalid-catalogue', CATALOGUE, { field: 'kpis', expected: 'array', received: quoteReceived(list === undefined ? body : list) });
  }
  const seen = new Set<string>();
  return list.map((entry: unknown, index): CatalogueItem => {
    const rawId = valueAt(entry, ['id']);
    const id = typeof rawId === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(rawId) ? rawId : null;
    const result = kpiSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0];
      return { kind: 'invalid', id, error: new FeedError('invalid-catalogue', id ?? CATALOGUE, { entry: index + 1, ...describeIssue(issue, body, ['kpis', index]) }) };
    }
    if (seen.has(result.data.id)) {
      return { kind: 'invalid', id: null, error: new FeedError('invalid-catalogue', result.data.id, { entry: index + 1, field: `kpis.${index}.id`, expected: 'an id not used by an earlier entry', received: quoteReceived(result.data.id) }) };
    }
    seen.add(result.data.id);
    return { kind: 'kpi', definition: toDefinition(result.data) };
  });
}

/** The KPIs a catalogue's usable entries define, in display order (the invalid ones left out). */
export function usableDefinitions(items: readonly CatalogueItem[]): KpiDefinition[] {
  return items.flatMap((item) => (item.kind === 'kpi' ? [item.definition] : []));
}

/** The KPIs of a catalogue known to be valid (the built-in one, test data): throws otherwise. */
export function definitionsOf(body: unknown): KpiDefinition[] {
  return parseCatalogue(body).map((item) => {
    if (item.kind === 'invalid') throw item.error;
    return item.definition;
  });
}
