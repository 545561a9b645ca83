import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type LocaleText } from '../../domain/framework/index.js';
import { FALLBACK_LANGUAGE } from './i18n.js';

/** Framework text in the interface language, falling back to English where it is untranslated. */
export function useLocalize(): (text: LocaleText) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useCallback((text: LocaleText) => localize(text, language), [language]);
}
