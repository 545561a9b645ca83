import fc from 'fast-check';

export const thresholdArb = fc.integer({ min: 3, max: 8 });

/** Counts that are often zero, often small and often large, so every rule gets exercised. */
const countArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 },
  { arbitrary: fc.integer({ min: 5, max: 15 }), weight: 3 },
);

/** A table of counts (without margins) of the given size bounds. */
export function cellsArb(maxRows: number, maxColumns: number): fc.Arbitrary<number[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(countArb, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
}
