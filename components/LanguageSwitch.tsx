import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';

/** A link to the same page in the other language; `href` always exists (see the article route). */
export function LanguageSwitch({ lang, href }: { lang: Locale; href: string }) {
  const other = otherLocale(lang);
  return (
    <p className="language-switch">
      <a href={href} hrefLang={other} lang={other}>
        {messages(lang).readInOther}
      </a>
    </p>
  );
}
