import { describe, expect, test } from 'vitest';
import { definitionsOf, parseCatalogue, usableDefinitions } from './catalogue-schema';
import type { CatalogueEntry } from './catalogue-schema';
import { FeedError } from './feed-error';

const entry: CatalogueEntry = {
  id: 'ip-pledge-financing',
  name: { 'zh-CN': '知识产权质押融资', en: 'IP pledge financing' },
  definition: { 'zh-CN': '专利商标质押融资登记金额。', en: 'Registered patent and trademark pledge amount.' },
  unit: 'cny-100m',
  direction: 'higher-is-better',
  measure: 'ytd-cumulative',
};
const SOURCE = { title: '2020 年全国知识产权局局长会议工作报告' };

function only(body: unknown) {
  const items = parseCatalogue(body);
  expect(items).toHaveLength(1);
  return items[0];
}
const isUsable = (candidate: Record<string, unknown>) => only({ kpis: [{ ...entry, ...candidate }] })?.kind === 'kpi';

const quoted = (quote: string) => isUsable({ baselines: [{ year: 2019, value: 1515, source: { title: 'x', quote } }] });
const inYear = (year: number) => isUsable({ baselines: [{ year, value: 1, source: SOURCE }] });
const announcedIn = (year: number) => isUsable({ targets: [{ year: 2025, setIn: year, kind: 'at-least', value: 1, source: SOURCE }] });
const dueIn2020SetIn = (setIn: number) => isUsable({ targets: [{ year: 2020, setIn, kind: 'at-most', value: 16, source: SOURCE }] });
const targets = (count: number) => Array.from({ length: count }, (_, index) => ({ year: 2000 + (index % 100), kind: 'at-least' as const, value: 1, source: SOURCE }));
const baselines = (count: number) => Array.from({ length: count }, () => ({ year: 2019, value: 1, source: SOURCE }));
const events = (count: number) => Array.from({ length: count }, () => ({ period: '2020-01', label: { 'zh-CN': '事', en: 'E' }, source: SOURCE }));
function refusal(body: unknown): unknown {
  try {
    parseCatalogue(body);
  } catch (error) {
    return error;
  }
  return null;
}

describe('a catalogue entry becomes a KPI definition', () => {
  test('names, unit, measure and direction are taken as written; missing lists are empty', () => {
    expect(only({ kpis: [entry] })).toEqual({
      kind: 'kpi',
      definition: { ...entry, targets: [], baselines: [], events: [] },
    });
  });

  test('a target set in the year it is due, from a source titled in one language, cited as it is', () => {
    const item = only({ kpis: [{ ...entry, targets: [{ year: 2020, kind: 'growth-at-least', value: 20, source: SOURCE }] }] });
    expect(item?.kind === 'kpi' ? item.definition.targets : null).toEqual([
      { year: 2020, setIn: 2020, kind: 'growth-at-least', value: 20, isDerived: false, source: { title: { 'zh-CN': SOURCE.title, en: SOURCE.title }, url: null, quote: null } },
    ]);
  });

  test('a multi-year, derived target keeps its announcement year, its address and the source’s own words', () => {
    const source = { title: { 'zh-CN': '十四五规划', en: '14th Five-Year Plan' }, url: 'https://www.gov.cn/plan', quote: '3200亿元' };
    const item = only({ kpis: [{ ...entry, targets: [{ year: 2025, setIn: 2021, kind: 'at-least', value: 3200, source, derived: true }] }] });
    expect(item?.kind === 'kpi' ? item.definition.targets[0] : null).toEqual({ year: 2025, setIn: 2021, kind: 'at-least', value: 3200, isDerived: true, source });
  });

  test('baselines and events keep their year or month, value or label, and source', () => {
    const item = only({
      kpis: [{ ...entry, baselines: [{ year: 2019, value: 1515, source: SOURCE }], events: [{ period: '2020-02', label: { 'zh-CN': '疫情', en: 'COVID-19' }, source: SOURCE }] }],
    });
    const definition = item?.kind === 'kpi' ? item.definition : null;
    const cited = { title: { 'zh-CN': SOURCE.title, en: SOURCE.title }, url: null, quote: null };
    expect(definition?.baselines).toEqual([{ year: 2019, value: 1515, source: cited }]);
    expect(definition?.events).toEqual([{ period: '2020-02', label: { 'zh-CN': '疫情', en: 'COVID-19' }, source: cited }]);
  });
});

describe('what an entry may hold', () => {
  test('an id is lower-case letters, digits and dashes, starting with a letter or digit, at most 80 long', () => {
    expect(isUsable({ id: `a${'b'.repeat(79)}` })).toBe(true);
    expect(isUsable({ id: '2020-plan' })).toBe(true);
    expect(isUsable({ id: `a${'b'.repeat(80)}` })).toBe(false);
    expect(isUsable({ id: '-pledge' })).toBe(false);
    expect(isUsable({ id: 'Pledge' })).toBe(false);
    expect(isUsable({ id: 'pledge financing' })).toBe(false);
    expect(isUsable({ id: 'x\npledge' })).toBe(false);
  });

  test('a broken entry with a usable id is named by it; one whose id is unusable is named by its position only', () => {
    expect(only({ kpis: [{ ...entry, unit: 'yuan' }] })).toMatchObject({ kind: 'invalid', id: 'ip-pledge-financing', error: { kpiId: 'ip-pledge-financing' } });
    expect(only({ kpis: [{ ...entry, id: 'Pledge' }] })).toMatchObject({ kind: 'invalid', id: null, error: { kpiId: '(catalogue)', details: { entry: 1, field: 'kpis.0.id' } } });
    expect(only({ kpis: [{ ...entry, id: 42 }] })).toMatchObject({ kind: 'invalid', id: null });
    expect(only({ kpis: [{ ...entry, id: `a${'b'.repeat(80)}`, unit: 'yuan' }] })).toMatchObject({ kind: 'invalid', id: null });
  });

  test('names and texts are 1 to 2000 characters, in both languages', () => {
    expect(isUsable({ name: { 'zh-CN': '质'.repeat(2000), en: 'x' } })).toBe(true);
    expect(isUsable({ name: { 'zh-CN': '质'.repeat(2001), en: 'x' } })).toBe(false);
    expect(isUsable({ name: { 'zh-CN': '', en: 'x' } })).toBe(false);
    expect(isUsable({ definition: { 'zh-CN': 'x', en: 'y'.repeat(2001) } })).toBe(false);
    expect(isUsable({ definition: { 'zh-CN': 'x', en: '' } })).toBe(false);
    const titled = (title: unknown) => isUsable({ targets: [{ year: 2020, kind: 'at-least', value: 1, source: { title } }] });
    expect(titled('t'.repeat(2000))).toBe(true);
    expect(titled('t'.repeat(2001))).toBe(false);
    expect(titled('')).toBe(false);
    expect(titled({ 'zh-CN': '', en: 'x' })).toBe(false);
  });

  test('a source’s quote is 1 to 2000 characters', () => {
    expect(quoted('q'.repeat(2000))).toBe(true);
    expect(quoted('q'.repeat(2001))).toBe(false);
    expect(quoted('')).toBe(false);
  });

  test('years are whole years from 1900 to 2200', () => {
    expect([1899, 1900, 2200, 2201, 2020.5].map(inYear)).toEqual([false, true, true, false, false]);
    expect([1899, 1900, 2025].map(announcedIn)).toEqual([false, true, true]);
  });

  test('a target may be announced in its own year, not after it', () => {
    expect(dueIn2020SetIn(2020)).toBe(true);
    expect(dueIn2020SetIn(2021)).toBe(false);
  });

  test('an event is dated by a real month', () => {
    const dated = (period: string) => isUsable({ events: [{ period, label: { 'zh-CN': '事件', en: 'Event' }, source: SOURCE }] });
    expect(dated('2020-02')).toBe(true);
    expect(dated('2020-13')).toBe(false);
    expect(only({ kpis: [{ ...entry, events: [{ period: '2020-13', label: { 'zh-CN': '事件', en: 'Event' }, source: SOURCE }] }] })).toMatchObject({
      error: { details: { field: 'kpis.0.events.0.period', expected: 'a real month YYYY-MM', received: '"2020-13"' } },
    });
  });

  test('at most 200 targets, 200 baselines and 500 events', () => {
    expect(isUsable({ targets: targets(200) })).toBe(true);
    expect(isUsable({ targets: targets(201) })).toBe(false);
    expect(isUsable({ baselines: baselines(200) })).toBe(true);
    expect(isUsable({ baselines: baselines(201) })).toBe(false);
    expect(isUsable({ events: events(500) })).toBe(true);
    expect(isUsable({ events: events(501) })).toBe(false);
  });

  test('the direction is one of the two a KPI can have', () => {
    expect(isUsable({ direction: 'lower-is-better' })).toBe(true);
    expect(isUsable({ direction: 'sideways' })).toBe(false);
  });
});

describe('a catalogue as a whole', () => {
  test('an entry that is not an object is refused where it stands, the others kept', () => {
    const items = parseCatalogue({ kpis: [entry, 'pledge', null] });
    expect(items.map((item) => item.kind)).toEqual(['kpi', 'invalid', 'invalid']);
    expect(items[1]).toMatchObject({ id: null, error: { details: { entry: 2, field: 'kpis.1', received: '"pledge"' } } });
    expect(usableDefinitions(items).map((definition) => definition.id)).toEqual(['ip-pledge-financing']);
  });

  test('a list under `kpis` that is not a list is quoted; with no `kpis` at all the body is', () => {
    expect(refusal({ kpis: 'all' })).toMatchObject({ code: 'invalid-catalogue', kpiId: '(catalogue)', details: { field: 'kpis', expected: 'array', received: '"all"' } });
    expect(refusal(null)).toMatchObject({ details: { received: 'null' } });
    expect(refusal([entry])).toBeInstanceOf(FeedError);
    expect(refusal('kpis')).toBeInstanceOf(FeedError);
  });

  test('the second entry with an id already used is refused, naming the id', () => {
    const items = parseCatalogue({ kpis: [entry, { ...entry, name: { 'zh-CN': '另', en: 'Other' } }] });
    expect(items[1]).toMatchObject({
      kind: 'invalid',
      id: null,
      error: { kpiId: 'ip-pledge-financing', details: { entry: 2, field: 'kpis.1.id', received: '"ip-pledge-financing"' } },
    });
  });

  test('the card of a repeated id reads as any broken entry’s: the catalogue is invalid, the id should not be used by an earlier entry', () => {
    const [first, second] = parseCatalogue({ kpis: [entry, { ...entry, name: { 'zh-CN': '另', en: 'Other' } }] });
    expect(first?.kind).toBe('kpi');
    expect(second?.kind === 'invalid' ? second.error : null).toMatchObject({ code: 'invalid-catalogue', details: { expected: 'an id not used by an earlier entry' } });
  });

  test('a catalogue known to be valid gives its definitions; one broken entry makes it throw that entry’s error', () => {
    expect(definitionsOf({ kpis: [entry] }).map((definition) => definition.id)).toEqual(['ip-pledge-financing']);
    expect(() => definitionsOf({ kpis: [entry, { ...entry, id: 'other', unit: 'yuan' }] })).toThrow(FeedError);
    expect(() => definitionsOf({ kpis: [entry, { ...entry, id: 'other', unit: 'yuan' }] })).toThrow(/other: invalid-catalogue .*kpis\.1\.unit/);
  });
});
