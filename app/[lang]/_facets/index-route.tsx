import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { otherLocale } from '@/lib/i18n/locales';
import { paths, resolveFacetIndex, type FacetKind } from '@/lib/listing';
import { breadcrumbJsonLd, facetIndexMetadata } from '@/lib/seo';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FacetIndex } from '@/components/FacetIndex';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitch } from '@/components/LanguageSwitch';

interface FacetIndexProps {
  params: Promise<{ lang: string }>;
}

/**
 * The route of the index of every category (`/th/category`) or every agency (`/th/agency`) that has releases, each
 * linking to its listing: both route files are this one route with the kind as parameter.
 */
export function facetIndexRoute(kind: FacetKind) {
  async function resolve(params: FacetIndexProps['params']) {
    const { lang } = await params;
    assertLocale(lang);
    return resolveFacetIndex(getArchive(), lang, kind);
  }

  return {
    async generateMetadata({ params }: FacetIndexProps): Promise<Metadata> {
      return facetIndexMetadata(await resolve(params));
    },

    async Page({ params }: FacetIndexProps) {
      const { lang, title, crumbs, path, registry, counts } = await resolve(params);
      return (
        <div className="page">
          <JsonLd data={breadcrumbJsonLd(crumbs, path)} />
          <LanguageSwitch lang={lang} href={paths.facetIndex(otherLocale(lang), kind)} />
          <Breadcrumbs crumbs={crumbs} lang={lang} />
          <h1>{title}</h1>
          <FacetIndex lang={lang} kind={kind} registry={registry} counts={counts} />
        </div>
      );
    },
  };
}
