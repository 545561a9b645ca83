import { useTranslation } from 'react-i18next';
import { formattingLocale } from './formatting-locale.js';
import { FALLBACK_LANGUAGE } from './i18n.js';

/** The locale dates, numbers and sizes are written in (`formattingLocale`). */
export function useFormattingLocale(): string {
  const { i18n } = useTranslation();
  return formattingLocale(i18n.resolvedLanguage ?? FALLBACK_LANGUAGE, navigator.languages);
}
