import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { asLocale, locales } from '@/lib/i18n/locales';
import { facetCounts } from '@/lib/listing';
import { listingMetadata, resolveFacetListing } from '@/lib/listing-route';
import { JsonLd } from '@/components/JsonLd';
import { ListingView } from '@/components/ListingView';

/** The releases of one agency: `/th/agency/<id>`, later pages `…/page/2`, English `…/translated`. */

/** Pre-render the first page of each agency that has releases; later pages render on demand. */
export function generateStaticParams() {
  const counts = facetCounts(getArchive(), 'agency');
  return locales.flatMap((lang) => counts.map(({ id }) => ({ lang, id, rest: [] })));
}

async function resolve(params: PageProps<'/[lang]/agency/[id]/[[...rest]]'>['params']) {
  const { lang, id, rest } = await params;
  return resolveFacetListing(getArchive(), asLocale(lang), 'agency', id, rest) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<'/[lang]/agency/[id]/[[...rest]]'>): Promise<Metadata> {
  return listingMetadata(await resolve(params));
}

export default async function AgencyPage({ params }: PageProps<'/[lang]/agency/[id]/[[...rest]]'>) {
  const resolved = await resolve(params);
  return (
    <>
      <JsonLd data={resolved.jsonLd} />
      <ListingView {...resolved} agencies={getArchive().agencies} />
    </>
  );
}
