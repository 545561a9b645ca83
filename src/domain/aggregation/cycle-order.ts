const RUNS = /\d+|\D+/g;

function codeUnitOrder(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareRuns(a: string, b: string): number {
  if (/^\d/.test(a) && /^\d/.test(b)) {
    const left = a.replace(/^0+/, '');
    const right = b.replace(/^0+/, '');
    return left.length - right.length || codeUnitOrder(left, right);
  }
  return codeUnitOrder(a, b);
}

/**
 * Orders cycle labels naturally: numbers by value ("2024" after "2022", "cycle 10" after
 * "cycle 9"), everything else by code unit, so the order is the same in every runtime and locale
 * and two different labels never tie.
 */
export function compareCycleLabels(a: string, b: string): number {
  const left = a.match(RUNS) ?? [];
  const right = b.match(RUNS) ?? [];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const order = compareRuns(left[index] ?? '', right[index] ?? '');
    if (order !== 0) return order;
  }
  return left.length - right.length || codeUnitOrder(a, b);
}
