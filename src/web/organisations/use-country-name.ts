import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE } from '../i18n/i18n.js';

/** A country's name from its ISO 3166 code, in the interface language (the code if unknown). */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => {
    const names = new Intl.DisplayNames([language, FALLBACK_LANGUAGE], { type: 'region' });
    return (code: string) => names.of(code) ?? code;
  }, [language]);
}
