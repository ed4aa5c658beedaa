import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import type { AboutLink } from '@/lib/listing';

/**
 * What a Thai-only release is about, in English: "About (derived from the Thai text …, not a translation): Ministry
 * of Finance, Lampang, flood". An agency links to its listing. Renders nothing when there are no terms.
 */
export function AboutLine({ terms, lang, className = 'about-line' }: { terms: readonly AboutLink[]; lang: Locale; className?: string }) {
  if (terms.length === 0) return null;
  const t = messages(lang);
  return (
    <p className={className}>
      <strong>{t.aboutLabel}</strong> <span className="about-line__note">({t.aboutDerived})</span>:{' '}
      {terms.map((term, i) => (
        <span key={term.english} data-kind={term.kind}>
          {i > 0 && ', '}
          {term.href ? <a href={term.href}>{term.english}</a> : term.english}
        </span>
      ))}
    </p>
  );
}
