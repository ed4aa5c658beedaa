import type { Metadata } from 'next';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { paths } from '@/lib/listing';
import { pageMetadata } from '@/lib/seo';
import { datasetJsonLd } from '@/lib/data/page';
import { dataPageText } from '@/lib/data/page-text';
import { currentManifest } from '@/lib/data/publication';
import { DataPage } from '@/components/DataPage';
import { JsonLd } from '@/components/JsonLd';

/**
 * `/th/data` and `/en/data`: the open data (lib/data): the bulk files of the manifest being served, their fields,
 * licence and checks, and the API, with schema.org `Dataset` markup. Rendered again after each publication, which
 * marks every page stale (app/api/publish).
 */
export async function generateMetadata({ params }: PageProps<'/[lang]/data'>): Promise<Metadata> {
  const { lang } = await params;
  assertLocale(lang);
  const t = dataPageText(lang);
  return pageMetadata({ lang, path: paths.data(lang), title: t.title, description: t.description, languagePaths: { th: paths.data('th'), en: paths.data('en') } });
}

export default async function DataRoute({ params }: PageProps<'/[lang]/data'>) {
  const { lang } = await params;
  assertLocale(lang);
  const manifest = currentManifest();
  return (
    <>
      <JsonLd data={datasetJsonLd(manifest, lang)} />
      <DataPage lang={lang} t={dataPageText(lang)} manifest={manifest} />
    </>
  );
}
