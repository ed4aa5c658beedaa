import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { asLocale, locales } from '@/lib/i18n/locales';
import { facetCounts } from '@/lib/listing';
import { listingMetadata, resolveFacetListing } from '@/lib/listing-route';
import { JsonLd } from '@/components/JsonLd';
import { ListingView } from '@/components/ListingView';

/** The releases of one category: `/th/category/<id>`, later pages `…/page/2`, English `…/translated`. */

/** Pre-render the first page of each category that has releases; later pages render on demand. */
export function generateStaticParams() {
  const counts = facetCounts(getArchive(), 'category');
  return locales.flatMap((lang) => counts.map(({ id }) => ({ lang, id, rest: [] })));
}

async function resolve(params: PageProps<'/[lang]/category/[id]/[[...rest]]'>['params']) {
  const { lang, id, rest } = await params;
  return resolveFacetListing(getArchive(), asLocale(lang), 'category', id, rest) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<'/[lang]/category/[id]/[[...rest]]'>): Promise<Metadata> {
  return listingMetadata(await resolve(params));
}

export default async function CategoryPage({ params }: PageProps<'/[lang]/category/[id]/[[...rest]]'>) {
  const resolved = await resolve(params);
  return (
    <>
      <JsonLd data={resolved.jsonLd} />
      <ListingView {...resolved} agencies={getArchive().agencies} />
    </>
  );
}
