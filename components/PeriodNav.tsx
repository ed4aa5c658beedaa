import type { Locale } from '@/lib/i18n/locales';
import { fill, messages } from '@/lib/i18n/dictionaries';
import type { PeriodLink } from '@/lib/listing';
import { Digits } from './Digits';

/** A compact list of years or months, each with its number of releases (only periods that have releases). */
export function PeriodNav({ lang, heading, links }: { lang: Locale; heading: string; links: readonly PeriodLink[] }) {
  const t = messages(lang);
  return (
    <nav aria-label={heading} className="period-nav">
      <h2>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>
              <Digits text={link.label} lang={lang} />
            </a>{' '}
            <span className="period-nav__count">
              (<Digits text={fill(link.count === 1 ? t.releaseCountOne : t.releaseCount, { count: link.count })} lang={lang} />)
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
