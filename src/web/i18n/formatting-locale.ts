/**
 * The locale to write dates and numbers in: the person's own regional variant of the interface
 * language when their browser prefers one (`en-GB` writes "10 December 2026, 16:29"), else the
 * interface language itself.
 */
export function formattingLocale(language: string, preferred: readonly string[]): string {
  const base = language.toLowerCase().split('-')[0];
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === base) ?? language;
}
