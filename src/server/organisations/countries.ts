import countries from 'i18n-iso-countries';
import { FieldProblemError } from '../http/problems.js';

export type Country = { code: string; name: string };

const alpha2Codes = Object.keys(countries.getAlpha2Codes());

/** Country names per language; the list is fixed for the life of the process, so it is kept. */
const byLanguage = new Map<string, Country[]>();

/** Only ISO 3166-1 alpha-2 codes are accepted (not alpha-3 or numeric). */
export function requireCountryCode(code: string, field = 'countryCode'): string {
  if (!alpha2Codes.includes(code)) {
    throw new FieldProblemError(field, `"${code}" is not an ISO 3166 country code.`);
  }
  return code;
}

/** The language of a locale tag that has country names ("fr-CA" → "fr"), else English. */
function languageOf(locale: string | undefined): string {
  const language = (locale ?? 'en').split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return countries.langs().includes(language) ? language : 'en';
}

/** Every country with its name in the locale's language (English where it has none), by name. */
export function countryList(locale: string | undefined): Country[] {
  const language = languageOf(locale);
  let list = byLanguage.get(language);
  if (!list) {
    const collator = new Intl.Collator(language);
    list = alpha2Codes
      .map((code) => ({
        code,
        name: countries.getName(code, language) ?? countries.getName(code, 'en') ?? code,
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
    byLanguage.set(language, list);
  }
  return list;
}
