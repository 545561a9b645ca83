import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralised } from './neutralise-formula.js';

const DANGEROUS_STARTS = ['=', '+', '-', '@', '\t', '\r'];

describe('neutraliseFormula', () => {
  it('protects text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutraliseFormula('+44 20 7946 0958')).toBe("'+44 20 7946 0958");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves plain numbers and ordinary text as they are', () => {
    for (const text of [
      '-3',
      '+4.5',
      '-0.25',
      '1e-3',
      '-.5',
      '42',
      '',
      'Plan = done',
      'مرحبا',
      '中文',
    ]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('adds one more apostrophe to text that already starts with one before a formula start', () => {
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(neutraliseFormula("'plain")).toBe("'plain");
  });
});

describe('neutraliseFormula properties', () => {
  const textArb = fc.oneof(
    fc.string(),
    fc
      .tuple(fc.constantFrom(...DANGEROUS_STARTS, "'", "''="), fc.string())
      .map(([start, rest]) => start + rest),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  );

  it('never leaves a cell starting with a formula character unless it is a plain number', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const safe = neutraliseFormula(text);
        if (DANGEROUS_STARTS.some((start) => safe.startsWith(start))) {
          expect(Number.isFinite(Number(safe))).toBe(true);
        }
      }),
    );
  });

  it('is undone exactly by restoreNeutralised', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
      }),
    );
  });

  it('keeps numbers as written', () => {
    fc.assert(
      fc.property(fc.integer(), (value) => {
        expect(neutraliseFormula(String(value))).toBe(String(value));
      }),
    );
  });
});
