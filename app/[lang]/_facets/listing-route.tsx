import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { resolveFacetListing, type FacetKind } from '@/lib/listing';
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
    /**
     * Nothing is pre-rendered: each page renders on its first request (p95 39 ms at full scale) and is then cached.
     * A pre-rendered page costs every rebuild ~25–29 ms (measured 2026-12-01 at full scale: the 182 first pages of
     * categories and agencies took ~5 s of a 40.5 s rebuild after one new release).
     */
    generateStaticParams() {
      return [];
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
