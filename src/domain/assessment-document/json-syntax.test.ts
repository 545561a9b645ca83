import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './json-syntax.js';

describe('findJsonSyntaxProblem', () => {
  it('names the line and column of the first error', () => {
    expect(findJsonSyntaxProblem('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      line: 3,
      column: 8,
      message:
        'expected a value (object, array, string, number, true, false or null) but found “t”',
    });
    expect(findJsonSyntaxProblem('{"a": 1')).toMatchObject({
      line: 1,
      column: 8,
      message: 'expected “,” or “}” after a member but found the end of the file',
    });
    expect(findJsonSyntaxProblem('{"a": 1,}')).toMatchObject({ line: 1, column: 9 });
    expect(findJsonSyntaxProblem('[1 2]')).toMatchObject({ line: 1, column: 4 });
    expect(findJsonSyntaxProblem('"a\nb"')).toMatchObject({ line: 1, column: 3 });
    expect(findJsonSyntaxProblem('{} x')).toMatchObject({ column: 4 });
    expect(findJsonSyntaxProblem('')).toMatchObject({ line: 1, column: 1 });
  });

  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxProblem(text)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('}', ',', '"', ':', 'x', ''),
        (text, at, insert) => {
          const index = at % (text.length + 1);
          const changed = text.slice(0, index) + insert + text.slice(index + 1);
          let valid = true;
          try {
            JSON.parse(changed);
          } catch {
            valid = false;
          }
          expect(findJsonSyntaxProblem(changed) === undefined).toBe(valid);
        },
      ),
    );
  });
});
