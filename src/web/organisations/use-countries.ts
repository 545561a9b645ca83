import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../api/use-resource.js';
import { FALLBACK_LANGUAGE } from '../i18n/i18n.js';
import { organisationsApi } from './organisations.api.js';

/** Every country with its name in the interface language, sorted for that language. */
export function useCountries() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  const load = useCallback(() => organisationsApi.countries(language), [language]);
  return useResource(load);
}
