// The import's CSV reader must read exactly what csv-parse reads (records and their lines), in
// whatever chunks the file arrives, and refuse the same broken files.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvReader, type CsvRow } from './csv-records.js';

function read(text: string, cuts: number[] = []): CsvRow[] {
  const reader = new CsvReader();
  const rows: CsvRow[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...reader.push(text.slice(from)), ...reader.end());
  return rows;
}

function csvParse(text: string): CsvRow[] {
  const out = parse(text, { bom: true, info: true, relax_column_count: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return out.map((r) => ({ line: r.info.lines, fields: r.record }));
}

describe('CsvReader', () => {
  it.each([
    ['plain', 'a,b\n1,2\n3,4\n'],
    ['no final line break', 'a,b\n1,2\n3,4'],
    ['quoted commas, quotes and line breaks', 'a,b\n"x, y","say ""hi"""\n"two\nlines",3\n4,5\n'],
    ['CRLF', 'a,b\r\n1,2\r\n"",""\r\n4\r\n5,6,7\r\n'],
    ['CRLF inside quotes', 'a,b\r\n"x\r\ny",3\r\n4,5\r\n'],
    ['CR only', 'a,b\r1,2\r3,4'],
    ['a CR inside an LF file stays in the field', 'a,b\n1,2\r\n3,4\n'],
    ['empty lines are records of one empty field', 'a,b\n1,2\n\n4,5\n\n'],
    ['byte order mark', '\uFEFFa,b\n1,2\n'],
    ['empty file', ''],
    ['header only', 'a,b\n'],
  ])('reads %s like csv-parse', (_, text) => {
    expect(read(text)).toEqual(csvParse(text));
  });

  it.each([
    ['a quote inside an unquoted field', 'a,b\n1,x"y\n'],
    ['text after a closing quote', 'a,b\n1,"x"y\n'],
    ['a quote never closed', 'a,b\n1,"xy\n'],
    ['a space before a quote', 'a,b\n1, "2"\n'],
  ])('refuses %s, as csv-parse does', (_, text) => {
    expect(() => csvParse(text)).toThrow();
    expect(() => read(text)).toThrow(CsvError);
  });

  it('gives the same records and lines as csv-parse, in any chunks', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z ]{0,6}$/),
      fc.stringMatching(/^[a-z ,"\r\n]{0,8}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const row = fc.array(field, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, eol, trailing, cuts) => {
          const text = rows.map((r) => r.join(',')).join(eol) + (trailing ? eol : '');
          expect(
            read(
              text,
              cuts.map((c) => c % (text.length + 1)),
            ),
          ).toEqual(csvParse(text));
        },
      ),
    );
  });
});
