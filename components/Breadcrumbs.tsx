import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import type { Crumb } from '@/lib/listing';
import { Digits } from './Digits';

/** Where the page sits: Home › News › 2018 › December › this page (the last step is the page, unlinked). */
export function Breadcrumbs({ crumbs, lang }: { crumbs: readonly Crumb[]; lang: Locale }) {
  return (
    <nav aria-label={messages(lang).breadcrumb} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={i}>
            {crumb.path ? (
              <a href={crumb.path}>
                <Digits text={crumb.name} lang={lang} />
              </a>
            ) : (
              <span aria-current="page">
                <Digits text={crumb.name} lang={lang} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
