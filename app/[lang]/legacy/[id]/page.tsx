import { notFound, permanentRedirect } from 'next/navigation';
import { getArchive } from '@/lib/content';
import { assertLocale } from '@/lib/i18n/assert-locale';
import { paths } from '@/lib/listing';

/**
 * Old links keep working: a thaigov.go.th address (`/news/contents/details/17391`, rewritten here by
 * next.config.ts) answers 308 with the page of the release imported from it, in that release's language (thaigov.go.th
 * gave its English pages ids of their own: such an id leads to `/en/news/<slug>`). An unknown id gets the site's 404,
 * with its search form and latest news. The id of a deleted release still redirects, to its address that answers
 * 410 Gone. A page rather than a route handler, so that the 404 is that page.
 */
export default async function LegacyRedirect({ params }: PageProps<'/[lang]/legacy/[id]'>) {
  const { lang, id } = await params;
  assertLocale(lang);
  const archive = getArchive();
  const legacyId = /^[1-9]\d*$/.test(id) ? Number(id) : undefined;
  if (legacyId === undefined) notFound();
  const target = archive.byLegacyId.get(legacyId);
  if (target) permanentRedirect(paths.article(target.lang, target.story.slug));
  const gone = archive.goneByLegacyId.get(legacyId);
  if (!gone) notFound();
  permanentRedirect(paths.article(lang, gone));
}
