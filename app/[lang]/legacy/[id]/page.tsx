import { notFound, permanentRedirect } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { paths } from '@/lib/listing';

/**
 * Old links keep working: a thaigov.go.th address (`/news/contents/details/17391`, rewritten here by
 * next.config.ts) answers 308 with the page of the release imported from it, in that release's language (thaigov.go.th
 * gave its English pages ids of their own: such an id leads to `/en/news/<slug>`). An unknown id gets the site's 404,
 * with its search form and latest news. A page rather than a route handler, so that the 404 is that page.
 */
export default async function LegacyRedirect({ params }: PageProps<'/[lang]/legacy/[id]'>) {
  const { lang, id } = await params;
  assertLocale(lang);
  const target = /^[1-9]\d*$/.test(id) ? getArchive().byLegacyId.get(Number(id)) : undefined;
  if (!target) notFound();
  permanentRedirect(paths.article(target.lang, target.story.slug));
}
