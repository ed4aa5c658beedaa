import type { Metadata } from 'next';
import { getArchive } from '@/lib/content';
import { NotFoundView } from '@/components/NotFoundView';
import './fonts.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'ไม่พบหน้าที่ต้องการ · Page not found',
  robots: { index: false },
};

/** A 404 for an address outside every route: both languages, since the URL does not say which one the reader wants. */
export default function GlobalNotFound() {
  const archive = getArchive();
  return (
    <html lang="th">
      <body>
        <main id="main">
          <NotFoundView langs={['th', 'en']} latest={{ stories: archive.stories.slice(0, 3), agencies: archive.agencies }} />
        </main>
      </body>
    </html>
  );
}
