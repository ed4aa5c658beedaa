/** The site's languages, declared once; everything else derives from this list. Thai is the default. */
export const locales = ['th', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'th';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The site's other language: where the language switch leads, and the version a release falls back to.
 * @example otherLocale('th') // 'en'
 */
export function otherLocale(lang: Locale): Locale {
  return lang === 'th' ? 'en' : 'th';
}
