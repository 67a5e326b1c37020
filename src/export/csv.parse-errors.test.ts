import { expect, test } from 'vitest';
import { parseCsv } from './csv';

// The round-trip checks read exported files back with parseCsv; when a writer emits a broken
// file, the error says what is wrong and where, so the failing test points at the bug.

test.each([
  ['a stray quote inside an unquoted field', 'ab"c"\r\n', 'Invalid CSV at offset 2: quote inside an unquoted field'],
  ['a quoted field that never ends', 'a,"bc\r\n', 'Invalid CSV at offset 3: unterminated quoted field'],
  ['text after a closing quote', '"ab"c\r\n', 'Invalid CSV at offset 4: text after a closing quote'],
  ['a bare CR ending a record', 'a\rb\r\n', 'Invalid CSV at offset 1: CR without LF'],
  ['a bare LF ending a record', 'a,b\nc\r\n', 'Invalid CSV at offset 3: LF without CR'],
])('a file with %s is refused, naming the problem and its offset', (_label, text, message) => {
  expect(() => parseCsv(text)).toThrow(new SyntaxError(message));
});
