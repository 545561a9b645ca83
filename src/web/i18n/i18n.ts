import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage } from './detect-language.js';
import type en from './locales/en.json';

export const FALLBACK_LANGUAGE = 'en';

/**
 * Every `locales/<language>.json` is a catalogue: adding a language is adding one file. The
 * catalogues are small, so they ship in the bundle rather than costing a round trip each.
 */
const catalogues = import.meta.glob<typeof en>('./locales/*.json', {
  eager: true,
  import: 'default',
});

const resources = Object.fromEntries(
  Object.entries(catalogues).map(([file, translation]) => [
    file.replace(/^.*\/(.+)\.json$/, '$1'),
    { translation },
  ]),
);

/** Keeps `<html lang dir>` in step with the interface language, so screen readers and RTL work. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

export async function setUpI18n(): Promise<void> {
  i18n.on('languageChanged', applyToDocument);
  await i18n.use(initReactI18next).init({
    resources,
    lng: detectLanguage(navigator.languages, Object.keys(resources), FALLBACK_LANGUAGE),
    fallbackLng: FALLBACK_LANGUAGE,
    // React escapes what it renders; escaping here as well would show entities to the reader.
    interpolation: { escapeValue: false },
  });
}
