import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/**
 * Narrows a route's `lang` parameter once: a language of the site passes, anything else is a 404 (`notFound()`),
 * never a silent fallback to Thai. The `[lang]` layout and every page under it call it first.
 * @example const { lang } = await params; assertLocale(lang); // lang: Locale from here on
 */
export function assertLocale(value: string): asserts value is Locale {
  if (!isLocale(value)) notFound();
}
