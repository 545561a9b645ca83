import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formattingLocale } from './formatting-locale.js';
import { FALLBACK_LANGUAGE } from './i18n.js';

/** A moment (ISO 8601) as people write it where they are, in the interface language, with the time. */
export function useFormatDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(formattingLocale(language, navigator.languages), {
      dateStyle: 'long',
      timeStyle: 'short',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
