import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/listing';
import { SearchBox } from './SearchBox';

/** Site name (the link home), main navigation (news, categories, agencies) and (on Thai pages) the Thai-digits toggle. */
export function SiteHeader({ lang }: { lang: Locale }) {
  const t = messages(lang);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-name" href={paths.home(lang)}>
          {t.siteName}
          <span className="site-tagline">{t.siteTagline}</span>
        </a>
        <nav aria-label={t.mainNavigation} className="site-nav">
          <a href={paths.listing(lang, { kind: 'all' })}>{t.news}</a>
          <a href={paths.facetIndex(lang, 'category')}>{t.categories}</a>
          <a href={paths.facetIndex(lang, 'agency')}>{t.agencies}</a>
          {lang === 'th' && (
            <label className="digits-toggle" title={t.digitsToggleLabel}>
              <input type="checkbox" data-digits-toggle /> {t.digitsToggle}
            </label>
          )}
        </nav>
        <SearchBox lang={lang} />
      </div>
    </header>
  );
}
