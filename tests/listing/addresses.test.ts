import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { facetKinds, parseFacetPath, parseListingTail, parseNewsPath, paths, type ListingScope, type NewsRoute } from '@/lib/listing';

/**
 * Reads a built address back the way the routes do: `/<lang>/news/…` through `parseNewsPath` (the news catch-all),
 * `/<lang>/<category|agency>/<id>/…` through `parseFacetPath` (the facet routes).
 */
function readBack(path: string): { lang: string; route: NewsRoute | null } {
  const [lang = '', section, ...rest] = path.split('/').slice(1);
  if (section === 'news') return { lang, route: parseNewsPath(rest) };
  const kind = facetKinds.find((k) => k === section);
  const [id = '', ...tail] = rest;
  return { lang, route: kind ? parseFacetPath(kind, id, tail) : null };
}

describe('the URL scheme', () => {
  it('builds every listing address from one place, CE numbers and two-digit months', () => {
    expect(paths.listing('th', { kind: 'all' })).toBe('/th/news');
    expect(paths.listing('th', { kind: 'all' }, { page: 2 })).toBe('/th/news/page/2');
    expect(paths.listing('th', { kind: 'year', year: 2018 })).toBe('/th/news/2018');
    expect(paths.listing('th', { kind: 'month', year: 2018, month: 3 }, { page: 1 })).toBe('/th/news/2018/03');
    expect(paths.listing('en', { kind: 'agency', id: 'mfa' }, { page: 3, withThai: true })).toBe('/en/agency/mfa/with-thai/page/3');
    expect(paths.listing('th', { kind: 'category', id: 'foreign-affairs' })).toBe('/th/category/foreign-affairs');
    expect(paths.feed('en', { kind: 'all' }, 'atom')).toBe('/en/news/atom.xml');
    expect(paths.feed('th', { kind: 'agency', id: 'mfa' }, 'rss')).toBe('/th/agency/mfa/rss.xml');
  });

  it('reads every address it builds back to the same listing', () => {
    const cases = [
      { scope: { kind: 'all' as const }, page: 1, withThai: false },
      { scope: { kind: 'year' as const, year: 2018 }, page: 7, withThai: false },
      { scope: { kind: 'month' as const, year: 2018, month: 12 }, page: 2, withThai: true },
    ];
    for (const route of cases) {
      const segments = paths.listing('en', route.scope, route).split('/').slice(3);
      expect(parseNewsPath(segments)).toEqual({ kind: 'listing', ...route });
    }
  });

  it('tells a release from a year, and refuses anything else', () => {
    expect(parseNewsPath(['2018-12-07-telmin-18'])).toEqual({ kind: 'article', slug: '2018-12-07-telmin-18' });
    expect(parseNewsPath(undefined)).toEqual({ kind: 'listing', scope: { kind: 'all' }, page: 1, withThai: false });
    expect(parseNewsPath(['2018'])).toEqual({ kind: 'listing', scope: { kind: 'year', year: 2018 }, page: 1, withThai: false });
    for (const bad of [['2018-12-07-telmin-18', 'x'], ['2018', '13'], ['2018', '1'], ['page', '1'], ['page', '02'], ['page'], ['201'], ['x'], ['2018', '12', 'with-thai', 'with-thai']]) {
      expect(parseNewsPath(bad), bad.join('/')).toBeNull();
    }
    expect(parseListingTail([])).toEqual({ page: 1, withThai: false });
    expect(parseListingTail(['page', '12'])).toEqual({ page: 12, withThai: false });
    expect(parseListingTail(['page', 'two'])).toBeNull();
  });

  it('reads every address it builds back to the same page, in every language, scope, page and view', () => {
    const scopes: ListingScope[] = [
      { kind: 'all' },
      { kind: 'year', year: 2018 },
      { kind: 'month', year: 2018, month: 1 },
      { kind: 'month', year: 2018, month: 12 },
      { kind: 'category', id: 'foreign-affairs' },
      { kind: 'agency', id: 'mfa' },
    ];
    for (const lang of locales) {
      for (const scope of scopes) {
        for (const page of [1, 2, 13]) {
          for (const withThai of [false, true]) {
            const path = paths.listing(lang, scope, { page, withThai });
            expect(readBack(path), path).toEqual({ lang, route: { kind: 'listing', scope, page, withThai } });
          }
        }
      }
      const article = paths.article(lang, '2018-12-07-telmin-18');
      expect(readBack(article), article).toEqual({ lang, route: { kind: 'article', slug: '2018-12-07-telmin-18' } });
    }
  });

  it('refuses a facet address with anything but a listing tail after the id', () => {
    expect(parseFacetPath('agency', 'mfa', ['page', '1'])).toBeNull();
    expect(parseFacetPath('agency', 'mfa', ['rss.xml'])).toBeNull();
    expect(parseFacetPath('category', 'foreign-affairs', ['with-thai', 'page', '2'])).toEqual({ kind: 'listing', scope: { kind: 'category', id: 'foreign-affairs' }, page: 2, withThai: true });
  });
});
