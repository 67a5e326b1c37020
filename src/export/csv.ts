import { nextTask } from '../feed/next-task';
export type CsvCell = string | number | boolean | null;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

// Excel only detects UTF-8 when the file starts with a BOM; without it, Chinese text is read in
// the legacy ANSI code page and comes out as mojibake.
const BOM = '\uFEFF';
const RECORD_END = '\r\n';

// A cell whose text starts with one of these can be evaluated as a formula (or a DDE call) when
// the file is opened in a spreadsheet (OWASP "CSV Injection"). Tab, CR and LF are in the list
// because some spreadsheets strip leading whitespace before looking for `=`. The fullwidth forms
// are in the list because CJK input methods produce them and Excel in CJK locales folds some of
// them to their ASCII counterparts.
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

/**
 * Writes a number so that it stays a number in the spreadsheet and loses nothing: the shortest
 * decimal that round-trips (what `String` gives), expanded out of exponent notation because
 * spreadsheets either read `1e21` as text or round it on display.
 */
export function formatCsvNumber(value: number): string {
  // An empty cell is the honest rendering of "no value"; "NaN" or "Infinity" would arrive as text
  // and break any SUM over the column.
  if (!Number.isFinite(value)) return '';
  // `String(-0)` is already "0"; the explicit check documents that the sign of zero is dropped
  // on purpose (no spreadsheet distinguishes it).
  if (Object.is(value, -0)) return '0';
  const sign = value < 0 ? '-' : '';
  const plain = String(Math.abs(value));
  const exponential = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
  if (exponential === null) return sign + plain;
  const [, leading = '', fraction = '', exponentText = '0'] = exponential;
  const digits = leading + fraction;
  // Where the decimal point falls, counted in digits from the left of `digits`.
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

// Only the first character is checked, also for multi-line text: the quoted field is a single
// cell, and a spreadsheet decides whether a cell is a formula from the start of the cell alone, so
// a later line beginning with `=` is inert text. Prefixing such lines would corrupt the text for
// nothing.
function neutraliseText(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

function needsQuotes(field: string): boolean {
  // Leading or trailing spaces and tabs are quoted because several readers trim unquoted fields.
  return /["\r\n,]|^[ \t]|[ \t]$/.test(field);
}

function quoteIfNeeded(field: string): string {
  return needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  // Text that merely looks like a number ("-5") is still text: only `number` cells are trusted to
  // start with a minus sign.
  return quoteIfNeeded(neutraliseText(cell));
}

function formatRecord(cells: readonly CsvCell[]): string {
  return cells.map(formatCell).join(',') + RECORD_END;
}

/** Serialises a table: UTF-8 BOM first, RFC 4180 quoting, CRLF line ends (also after the last row), no `sep=` line. */
export function toCsv(table: CsvTable): string {
  // No `sep=,` line: it makes Excel ignore the BOM, which would undo the point of writing one.
  return BOM + formatRecord(table.header) + table.rows.map(formatRecord).join('');
}

/** A CSV as a Blob with type 'text/csv;charset=utf-8'. */
export function csvBlob(table: CsvTable): Blob {
  return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
}

/** Rows serialised per slice before `csvBlobInSlices` lets the browser breathe. */
export const CSV_ROWS_PER_SLICE = 5_000;

/**
 * The same file as `csvBlob`, built a slice of rows at a time with a yield to the event loop
 * between slices, so a 100,000-row export never holds the main thread in one long task.
 */
export async function csvBlobInSlices(table: CsvTable, rowsPerSlice = CSV_ROWS_PER_SLICE): Promise<Blob> {
  const parts: string[] = [BOM + formatRecord(table.header)];
  for (let start = 0; start < table.rows.length; start += rowsPerSlice) {
    if (start > 0) await nextTask();
    parts.push(table.rows.slice(start, start + rowsPerSlice).map(formatRecord).join(''));
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/**
 * Parses RFC 4180 CSV (as written by toCsv; strips a leading BOM) back into string cells; used by tests and round-trip checks.
 *
 * Deliberately strict: records must end in CRLF, and a bare CR or LF outside quotes, a stray
 * quote or an unterminated quoted field throws, so a round-trip check catches a writer that
 * emits them instead of quietly papering over it. The final CRLF is optional.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  // True right after a record ended: input ending here adds no further (empty) record.
  let isAtRecordStart = true;

  const fail = (reason: string): never => {
    throw new SyntaxError(`Invalid CSV at offset ${index}: ${reason}`);
  };

  while (index < input.length) {
    isAtRecordStart = false;
    if (input[index] === '"') {
      if (field !== '') fail('quote inside an unquoted field');
      index += 1;
      for (;;) {
        const close = input.indexOf('"', index);
        if (close === -1) fail('unterminated quoted field');
        field += input.slice(index, close);
        index = close + 1;
        if (input[index] !== '"') break;
        field += '"';
        index += 1;
      }
      const next = input[index];
      if (next !== undefined && next !== ',' && next !== '\r') fail('text after a closing quote');
      continue;
    }
    const char = input[index];
    if (char === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (char === '\r') {
      if (input[index + 1] !== '\n') fail('CR without LF');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
      isAtRecordStart = true;
    } else if (char === '\n') {
      fail('LF without CR');
    } else {
      field += char;
      index += 1;
    }
  }
  if (!isAtRecordStart) {
    record.push(field);
    records.push(record);
  }
  return records;
}
