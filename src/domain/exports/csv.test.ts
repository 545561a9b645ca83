import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { restoreNeutralised } from './neutralise-formula.js';

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends, quoted fields and protected formulas', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', -3, null, '=1+1']])).toBe(
      '\uFEFFa,"b,c","say ""hi""","two\nlines",-3,,\'=1+1\r\n',
    );
  });

  it('reads back as the same cells with an independent CSV reader', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const read = parse(toCsv(rows), { bom: true, relax_column_count: true }) as string[][];
          expect(read.map((row) => row.map(restoreNeutralised))).toEqual(
            rows.map((row) => row.map(String)),
          );
        },
      ),
    );
  });
});
