/** The site's languages, declared once; everything else derives from this list. Thai is the default. */
export const locales = ['th', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'th';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The locale a route parameter names; the `[lang]` layout has already turned any other value into a 404. */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}
