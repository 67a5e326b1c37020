import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csvBlob, csvBlobInSlices, formatCsvNumber, parseCsv, toCsv } from './csv';
import type { CsvCell, CsvTable } from './csv';

const BOM = '\uFEFF';
const DANGEROUS_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'] as const;

function startsDangerously(text: string): boolean {
  return (DANGEROUS_STARTS as readonly string[]).includes(text.charAt(0));
}

/** The records between BOM and end, split on CRLF outside quoted fields. */
function splitRecordsOutsideQuotes(csv: string): { records: string[]; strayLineBreaks: number } {
  const records: string[] = [];
  let strayLineBreaks = 0;
  let isQuoted = false;
  let start = 0;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index];
    // A doubled quote toggles twice, which leaves the state as it was: no special case needed.
    if (char === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (char === '\r' && csv[index + 1] === '\n') {
      records.push(csv.slice(start, index));
      index += 1;
      start = index + 1;
    } else if (char === '\r' || char === '\n') strayLineBreaks += 1;
  }
  records.push(csv.slice(start));
  return { records, strayLineBreaks };
}

// ---------------------------------------------------------------------------------------------
// Examples

test('the file starts with a BOM, then the header, and every record ends in CRLF', () => {
  const csv = toCsv({ header: ['kpi', 'year', 'value'], rows: [['grants', 2024, 12.5]] });
  expect(csv).toBe('\uFEFFkpi,year,value\r\ngrants,2024,12.5\r\n');
});

test('a table without rows is the BOM and the header record', () => {
  expect(toCsv({ header: ['a', 'b'], rows: [] })).toBe('\uFEFFa,b\r\n');
});

test('no sep= line is written, since it makes Excel ignore the BOM', () => {
  expect(toCsv({ header: ['a'], rows: [['b']] })).not.toContain('sep=');
});

test('Chinese text passes through intact and unquoted', () => {
  const csv = toCsv({ header: ['指标'], rows: [['高价值专利审查周期']] });
  expect(csv).toBe('\uFEFF指标\r\n高价值专利审查周期\r\n');
  expect(parseCsv(csv)).toEqual([['指标'], ['高价值专利审查周期']]);
});

test('fields with a comma, a quote or a line break are quoted, with inner quotes doubled', () => {
  const csv = toCsv({ header: ['text'], rows: [['a,b'], ['say "hi"'], ['line 1\nline 2'], ['cr\r\nlf']] });
  expect(csv).toBe('\uFEFFtext\r\n"a,b"\r\n"say ""hi"""\r\n"line 1\nline 2"\r\n"cr\r\nlf"\r\n');
});

test('fields beginning or ending with a space or tab are quoted', () => {
  const csv = toCsv({ header: ['text'], rows: [[' lead'], ['trail '], ['tab\t'], ['inner space']] });
  expect(csv).toBe('\uFEFFtext\r\n" lead"\r\n"trail "\r\n"tab\t"\r\ninner space\r\n');
});

test('a negative number stays a bare negative number', () => {
  const csv = toCsv({ header: ['growth'], rows: [[-4.59]] });
  expect(csv).toBe('\uFEFFgrowth\r\n-4.59\r\n');
});

test.each(['=SUM(A1)', '+1', '-1', '@x', '\tx', '\rx', '\nx', '＝1', '＋1', '－1', '＠x'])(
  'text starting with a formula trigger (%j) is prefixed with a single quote',
  (text) => {
    const [, row] = parseCsv(toCsv({ header: ['text'], rows: [[text]] }));
    expect(row).toEqual([`'${text}`]);
  },
);

test('negative zero (a gap of exactly nothing, or a growth of −0) is written as 0, never -0', () => {
  const csv = toCsv({ header: ['gap', 'growth'], rows: [[-0, Math.round(-0.04)], [Math.ceil(-0.5), -0]] });
  expect(csv).toBe('\uFEFFgap,growth\r\n0,0\r\n0,0\r\n');
  expect(formatCsvNumber(-0)).toBe('0');
  expect(formatCsvNumber(-Number.MIN_VALUE / 2)).toBe('0');
});

test('text that looks like a negative number is still text and is neutralised', () => {
  expect(toCsv({ header: ['text'], rows: [['-5']] })).toBe("\uFEFFtext\r\n'-5\r\n");
});

test('header cells are neutralised like any other text', () => {
  expect(toCsv({ header: ['=cmd'], rows: [] })).toBe("\uFEFF'=cmd\r\n");
});

test('only the start of a multi-line cell is neutralised, since the whole field is one cell', () => {
  const [, row] = parseCsv(toCsv({ header: ['text'], rows: [['note\n=SUM(A1)']] }));
  expect(row).toEqual(['note\n=SUM(A1)']);
});

test('text with a formula trigger after leading whitespace is left alone apart from quoting', () => {
  expect(toCsv({ header: ['text'], rows: [[' =1']] })).toBe('\uFEFFtext\r\n" =1"\r\n');
});

test('null is an empty cell and booleans are true/false', () => {
  expect(toCsv({ header: ['a', 'b', 'c'], rows: [[null, true, false]] })).toBe('\uFEFFa,b,c\r\n,true,false\r\n');
});

test('numbers are written at full precision', () => {
  expect(formatCsvNumber(0.1 + 0.2)).toBe('0.30000000000000004');
  expect(toCsv({ header: ['x'], rows: [[0.1 + 0.2]] })).toBe('\uFEFFx\r\n0.30000000000000004\r\n');
});

test('very large and very small numbers are written without exponent notation', () => {
  expect(formatCsvNumber(1e21)).toBe('1000000000000000000000');
  expect(formatCsvNumber(1e-7)).toBe('0.0000001');
  expect(formatCsvNumber(-1.5e-7)).toBe('-0.00000015');
  expect(formatCsvNumber(1.2345e22)).toBe('12345000000000000000000');
  expect(formatCsvNumber(Number.MIN_VALUE)).toBe(`0.${'0'.repeat(323)}5`);
});

test('non-finite numbers are empty cells and -0 is 0', () => {
  expect(formatCsvNumber(Number.NaN)).toBe('');
  expect(formatCsvNumber(Number.POSITIVE_INFINITY)).toBe('');
  expect(formatCsvNumber(Number.NEGATIVE_INFINITY)).toBe('');
  expect(formatCsvNumber(-0)).toBe('0');
  expect(toCsv({ header: ['a', 'b'], rows: [[Number.NaN, -0]] })).toBe('\uFEFFa,b\r\n,0\r\n');
});

test('the blob is UTF-8 CSV starting with the BOM bytes', async () => {
  const blob = csvBlob({ header: ['指标'], rows: [['专利']] });
  expect(blob.type).toBe('text/csv;charset=utf-8');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF指标\r\n专利\r\n');
});

test('parseCsv reads a single-column empty record as one empty cell', () => {
  expect(parseCsv('\uFEFFa\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
});

test('parseCsv accepts a missing final CRLF and input without a BOM', () => {
  expect(parseCsv('a,"b ""c"""\r\n1,2')).toEqual([
    ['a', 'b "c"'],
    ['1', '2'],
  ]);
});

test.each([
  ['a bare LF', 'a\nb\r\n'],
  ['a bare CR', 'a\rb\r\n'],
  ['an unterminated quote', '"abc\r\n'],
  ['text after a closing quote', '"a"b\r\n'],
  ['a quote inside an unquoted field', 'a"b"\r\n'],
])('parseCsv rejects %s so a round trip cannot hide a writer bug', (_label, text) => {
  expect(() => parseCsv(text)).toThrow(SyntaxError);
});

// ---------------------------------------------------------------------------------------------
// Properties

// Texts biased towards the characters that matter to CSV, so the interesting cases are frequent
// rather than relying on random graphemes to hit them.
const csvSensitiveText = fc
  .tuple(
    fc.constantFrom('', ...DANGEROUS_STARTS, ' ', '"', ',', "'", '-5'),
    fc.string({ unit: fc.constantFrom('a', '中', ' ', '\t', '"', ',', '\r', '\n', '\r\n', '=', '-', '＝') }),
  )
  .map(([start, rest]) => start + rest);

const textCell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string(), csvSensitiveText);

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  textCell,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);

const table: fc.Arbitrary<CsvTable> = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc.record({
    header: fc.array(textCell, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 20 }),
  }),
);

function expectedCell(source: CsvCell): string {
  if (source === null) return '';
  if (typeof source === 'boolean') return source ? 'true' : 'false';
  if (typeof source === 'number') return formatCsvNumber(source);
  return startsDangerously(source) ? `'${source}` : source;
}

test('any table round-trips through parseCsv(toCsv(table))', () => {
  fc.assert(
    fc.property(table, (source) => {
      const parsed = parseCsv(toCsv(source));
      const sourceRecords: readonly (readonly CsvCell[])[] = [source.header, ...source.rows];
      expect(parsed).toEqual(sourceRecords.map((record) => record.map(expectedCell)));
      // Full precision: each number reads back as the very same double (the sign of zero aside),
      // written without exponent notation.
      const numberMismatches = sourceRecords.flatMap((record, recordIndex) =>
        record.flatMap((sourceCell, cellIndex) => {
          if (typeof sourceCell !== 'number') return [];
          const parsedCell = parsed[recordIndex]?.[cellIndex] ?? '';
          const expected = Object.is(sourceCell, -0) ? 0 : sourceCell;
          return Object.is(Number(parsedCell), expected) && !/e/i.test(parsedCell) ? [] : [{ sourceCell, parsedCell }];
        }),
      );
      expect(numberMismatches).toEqual([]);
    }),
  );
});

test('no parsed cell starts with a formula trigger unless it is a number written from a number cell', () => {
  fc.assert(
    fc.property(table, (source) => {
      const parsed = parseCsv(toCsv(source));
      const sourceRecords: readonly (readonly CsvCell[])[] = [source.header, ...source.rows];
      const dangerousCells = parsed.flatMap((parsedRecord, recordIndex) =>
        parsedRecord.flatMap((parsedCell, cellIndex) => {
          const sourceCell = sourceRecords[recordIndex]?.[cellIndex];
          const isNumberFromNumber = typeof sourceCell === 'number' && Number.isFinite(Number(parsedCell));
          return startsDangerously(parsedCell) && !isNumberFromNumber ? [{ sourceCell, parsedCell }] : [];
        }),
      );
      expect(dangerousCells).toEqual([]);
    }),
  );
});

test('the output starts with a BOM, separates records only with CRLF and ends with CRLF', () => {
  fc.assert(
    fc.property(table, (source) => {
      const csv = toCsv(source);
      expect(csv.startsWith(BOM)).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const { records, strayLineBreaks } = splitRecordsOutsideQuotes(csv.slice(BOM.length));
      expect(strayLineBreaks).toBe(0);
      // One record per row plus the header, and the empty remainder after the final CRLF.
      expect(records).toHaveLength(source.rows.length + 2);
      expect(records.at(-1)).toBe('');
    }),
  );
});

test('the sliced writer produces exactly the same file as the one-go writer', async () => {
  const sample: CsvTable = {
    header: ['期间', '数值', '说明'],
    rows: Array.from({ length: 23 }, (_, index) => [`2020-${String((index % 12) + 1).padStart(2, '0')}`, index - 11.5, index % 3 === 0 ? '=1+1' : '高价值, "专利"']),
  };
  const sliced = await csvBlobInSlices(sample, 5);
  const whole = csvBlob(sample);
  expect(new Uint8Array(await sliced.arrayBuffer())).toEqual(new Uint8Array(await whole.arrayBuffer()));
  expect(sliced.type).toBe('text/csv;charset=utf-8');
});

test('a zero is written 0, never -0: the trademark cycle’s gap to its 4-month target in December 2020', () => {
  expect(formatCsvNumber(0)).toBe('0');
  expect(toCsv({ header: ['期间', '差距'], rows: [['2020-12', 4 - 4]] })).toBe('\uFEFF期间,差距\r\n2020-12,0\r\n');
  // Small negative amounts keep their sign.
  expect(formatCsvNumber(-0.5)).toBe('-0.5');
});

test('an empty file, with or without its BOM, holds no records', () => {
  expect(parseCsv('')).toEqual([]);
  expect(parseCsv('\uFEFF')).toEqual([]);
});

test('parseCsv reads a quoted last cell when the final CRLF is missing', () => {
  expect(parseCsv('a,"b, c"')).toEqual([['a', 'b, c']]);
});
