import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/listing';
import { dataPageText } from '@/lib/data/page-text';

export function SiteFooter({ lang }: { lang: Locale }) {
  const t = messages(lang);
  return (
    <footer className="site-footer">
      <p>{t.footerNote}</p>
      <p>
        <a href={paths.data(lang)}>{dataPageText(lang).footerLink}</a>
      </p>
    </footer>
  );
}
