import { expect, test } from 'vitest';
import builtIn from './catalogues/built-in.json' with { type: 'json' };
import publishedCatalogue from '../../public/feeds/published/kpis.json' with { type: 'json' };
import { definitionsOf, parseCatalogue } from './catalogue-schema';
import type { CatalogueEntry } from './catalogue-schema';
import { FeedError } from './feed-error';

const fifth: CatalogueEntry = {
  id: 'trademark-opposition-review-cycle',
  name: { 'zh-CN': '商标异议审查周期', en: 'Trademark opposition review cycle' },
  definition: { 'zh-CN': '商标异议案件的平均审查周期。', en: 'Average review cycle of trademark oppositions.' },
  unit: 'months',
  direction: 'lower-is-better',
  measure: 'ytd-average',
  targets: [{ year: 2020, kind: 'at-most', value: 12, source: { title: 'Test' } }],
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

test('the built-in catalogue is the four KPIs of the 2020 plan, in display order, with the plan’s targets', () => {
  const definitions = definitionsOf(builtIn);

  expect(definitions.map((definition) => definition.id)).toEqual([
    'high-value-patent-review-cycle',
    'trademark-registration-review-cycle',
    'invention-patent-review-cycle',
    'ip-pledge-financing',
  ]);
  const targets2020 = definitions.map((definition) => definition.targets.find((target) => target.year === 2020));
  expect(targets2020.map((target) => (target === undefined ? null : [target.kind, target.value]))).toEqual([
    ['at-most', 16],
    ['at-most', 4],
    null,
    ['growth-at-least', 20],
  ]);
  expect(targets2020[0]?.source.quote).toBe('高价值专利审查周期压减至16个月以内');
});

test('the published catalogue reads pledge financing as year-to-date checkpoints', () => {
  const pledge = definitionsOf(publishedCatalogue).find((definition) => definition.id === 'ip-pledge-financing');
  expect(pledge?.measure).toBe('ytd-cumulative');
  expect(pledge?.unit).toBe('cny-100m');
});

test('a fifth KPI is read from the catalogue like the others: no code names it', () => {
  const items = parseCatalogue({ kpis: [...builtIn.kpis, fifth] });

  expect(items).toHaveLength(5);
  expect(items[4]).toMatchObject({
    kind: 'kpi',
    definition: {
      name: { en: 'Trademark opposition review cycle' },
      targets: [{ year: 2020, setIn: 2020, kind: 'at-most', value: 12, isDerived: false }],
      baselines: [],
    },
  });
});

test('an unknown unit is an error on that KPI only, naming the entry, the field and what was received', () => {
  const items = parseCatalogue({ kpis: [builtIn.kpis[0], { ...fifth, unit: 'furlongs' }] });

  expect(items[0]?.kind).toBe('kpi');
  expect(items[1]).toMatchObject({
    kind: 'invalid',
    id: 'trademark-opposition-review-cycle',
    error: { code: 'invalid-catalogue', kpiId: 'trademark-opposition-review-cycle', details: { entry: 2, field: 'kpis.1.unit', received: '"furlongs"' } },
  });
});

test('a target announced after its deadline year is refused', () => {
  const items = parseCatalogue({ kpis: [{ ...fifth, targets: [{ year: 2020, setIn: 2021, kind: 'at-most', value: 12, source: { title: 'x' } }] }] });

  expect(items[0]).toMatchObject({ kind: 'invalid', error: { details: { field: 'kpis.0.targets.0.setIn' } } });
});

test('a repeated KPI id is refused on the second entry', () => {
  const items = parseCatalogue({ kpis: [fifth, fifth] });

  expect(items.map((item) => item.kind)).toEqual(['kpi', 'invalid']);
});

test('a body without a `kpis` list is not a catalogue at all', () => {
  const error = thrown(() => parseCatalogue({ kpi: [] }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-catalogue', details: { field: 'kpis', expected: 'array' } });
  expect(thrown(() => parseCatalogue([1, 2]))).toBeInstanceOf(FeedError);
  expect(thrown(() => parseCatalogue(null))).toBeInstanceOf(FeedError);
});

test('a source URL must be http(s): a javascript: link in a catalogue is refused', () => {
  const items = parseCatalogue({ kpis: [{ ...fifth, targets: [{ year: 2020, kind: 'at-most', value: 12, source: { title: 'x', url: 'javascript:alert(1)' } }] }] });

  expect(items[0]?.kind).toBe('invalid');
});
