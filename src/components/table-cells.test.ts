import { expect, test } from 'vitest';
import { chartRow } from '../../tests/kpi-builders';
import { valueCell } from './table-cells';

const row = (value: number | null, projection: number | null) => chartRow('2020-12', { value, projection });

test('a projected month’s cell has the precision the card gives the projection (12.99 → 13.0 months; 1,749.8 → 1,750 亿元 / 175.0 bn), a reported one the published precision', () => {
  expect(valueCell(row(null, 12.99), 'months', 'zh-CN')).toBe('13.0');
  expect(valueCell(row(null, 1749.8), 'cny-100m', 'zh-CN')).toBe('1,750');
  expect(valueCell(row(null, 1749.8), 'cny-100m', 'en')).toBe('175.0');
  expect(valueCell(row(7.07, 12.99), 'months', 'zh-CN')).toBe('7.07');
  expect(valueCell(row(null, null), 'months', 'en')).toBe('—');
});
