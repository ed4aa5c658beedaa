import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { locales } from '@/lib/i18n/locales';
import { facetCounts, resolveFacetListing, type FacetKind } from '@/lib/listing';
import { breadcrumbJsonLd, listingMetadata } from '@/lib/seo';
import { JsonLd } from '@/components/JsonLd';
import { ListingView } from '@/components/ListingView';

interface FacetListingProps {
  params: Promise<{ lang: string; id: string; rest?: string[] }>;
}

/**
 * The route of the releases of one category or agency (`/th/category/<id>`, `/th/agency/<id>`, later pages
 * `…/page/2`, English `…/with-thai`): both route files are this one route with the kind as parameter.
 */
export function facetListingRoute(kind: FacetKind) {
  async function resolve(params: FacetListingProps['params']) {
    const { lang, id, rest } = await params;
    assertLocale(lang);
    return resolveFacetListing(getArchive(), lang, kind, id, rest) ?? notFound();
  }

  return {
    /** Pre-render the first page of each category or agency that has releases; later pages render on demand. */
    generateStaticParams() {
      const counts = facetCounts(getArchive(), kind);
      return locales.flatMap((lang) => counts.map(({ id }) => ({ lang, id, rest: [] })));
    },

    async generateMetadata({ params }: FacetListingProps): Promise<Metadata> {
      return listingMetadata(await resolve(params));
    },

    async Page({ params }: FacetListingProps) {
      const resolved = await resolve(params);
      return (
        <>
          <JsonLd data={breadcrumbJsonLd(resolved.crumbs, resolved.path)} />
          <ListingView {...resolved} agencies={getArchive().agencies} />
        </>
      );
    },
  };
}
