/** Sub-domains in MNR order (by number, 1–21), whatever order the caller listed them in. */
export function inMnrOrder<T extends { readonly number: number }>(subDomains: readonly T[]): T[] {
  return [...subDomains].sort((a, b) => a.number - b.number);
}
