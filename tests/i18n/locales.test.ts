import { describe, expect, it } from 'vitest';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { isLocale, locales, otherLocale, type Locale } from '@/lib/i18n/locales';

describe('locales', () => {
  it('names the other language of each', () => {
    expect(locales.map(otherLocale)).toEqual(['en', 'th']);
    expect(isLocale('th')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });

  it('narrows a route parameter once: a language passes, anything else is a 404', () => {
    const lang: string = 'en';
    assertLocale(lang);
    const narrowed: Locale = lang;
    expect(narrowed).toBe('en');
    expect(() => assertLocale('xx')).toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(() => assertLocale('')).toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
