import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { searchMessages } from '@/lib/i18n/search';
import { paths } from '@/lib/listing';
import { absoluteUrl } from '@/lib/site';
import { SearchApp } from '@/components/search/SearchApp';

/**
 * `/th/search` and `/en/search`: a static page whose form works as a plain GET; the results come from the static
 * search index (`public/search-index`, built by `npm run build:search`) through the page's one client component,
 * from the generations of the publication the page is rendered from (a publication marks it stale).
 */
export async function generateMetadata({ params }: PageProps<'/[lang]/search'>): Promise<Metadata> {
  const { lang } = await params;
  assertLocale(lang);
  return {
    title: searchMessages(lang).searchTitle,
    description: searchMessages(lang).searchHint,
    alternates: {
      canonical: absoluteUrl(paths.search(lang)),
      languages: { th: absoluteUrl(paths.search('th')), en: absoluteUrl(paths.search('en')) },
    },
  };
}

export default async function SearchPage({ params }: PageProps<'/[lang]/search'>) {
  const { lang } = await params;
  assertLocale(lang);
  const t = searchMessages(lang);
  return (
    // The one page whose content a client component renders: it keeps Next.js's scripts (lib/http/page-payload.mjs).
    <div className="page" data-needs-scripts="">
      <h1>{t.searchTitle}</h1>
      <noscript>
        <p className="notice">{t.searchNeedsScript}</p>
      </noscript>
      <SearchApp lang={lang} t={t} generations={getArchive().publication?.search} />
    </div>
  );
}
