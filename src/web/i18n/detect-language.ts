/**
 * Picks the interface language: the first of the person's preferred languages (browser order)
 * that has a catalogue, matching the exact tag first and then the bare language (`fr` for
 * `fr-CA`), else the fallback.
 */
export function detectLanguage(
  preferred: readonly string[],
  available: readonly string[],
  fallback: string,
): string {
  const byLowerCase = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const match = byLowerCase.get(lower) ?? byLowerCase.get(lower.split('-')[0] ?? lower);
    if (match) return match;
  }
  return fallback;
}
