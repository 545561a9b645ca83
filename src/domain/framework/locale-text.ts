import { z } from 'zod';

/** A BCP 47 language tag such as `en`, `fr`, `zh-Hans` or `es-419`. */
export const localeCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "zh-Hans"');

/** Every text in a framework is a map of locale to string; English is required. */
export const localeTextSchema = z
  .record(localeCodeSchema, z.string().trim().min(1, 'must not be empty'))
  .refine((text) => typeof text.en === 'string', {
    message: 'English text ("en") is required',
  });

export type LocaleText = z.infer<typeof localeTextSchema>;

/**
 * Picks the best text for a locale: the exact tag, then its language (`fr` for `fr-CA`),
 * then English.
 */
export function localize(text: LocaleText, locale: string): string {
  const language = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[language] ?? text.en ?? '';
}
