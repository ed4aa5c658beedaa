import type { Locale } from '@/lib/i18n/locales';
import { fill, messages } from '@/lib/i18n/dictionaries';
import { Digits } from './Digits';

/** Page numbers shown on each side of the current one. */
const SPAN = 2;

/**
 * Numbered pages with first, previous, next and last. Links that would lead nowhere (previous on page 1) are left
 * out rather than disabled; the current page is marked `aria-current`.
 */
export function Pagination({ lang, page, pageCount, href }: { lang: Locale; page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount < 2) return null;
  const t = messages(lang);
  const from = Math.max(1, Math.min(page - SPAN, pageCount - 2 * SPAN));
  const to = Math.min(pageCount, from + 2 * SPAN);
  const numbers = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const step = (target: number, label: string, rel?: string) => (
    <li className="pagination__step">
      <a href={href(target)} rel={rel}>
        {label}
      </a>
    </li>
  );
  return (
    <nav aria-label={t.pagination} className="pagination">
      <ul>
        {page > 1 && step(1, t.firstPage)}
        {page > 1 && step(page - 1, t.previousPage, 'prev')}
        {numbers.map((n) => (
          <li key={n}>
            <a href={href(n)} aria-label={fill(t.pageLabel, { page: n })} aria-current={n === page ? 'page' : undefined}>
              <Digits text={String(n)} lang={lang} />
            </a>
          </li>
        ))}
        {page < pageCount && step(page + 1, t.nextPage, 'next')}
        {page < pageCount && step(pageCount, t.lastPage)}
      </ul>
    </nav>
  );
}
