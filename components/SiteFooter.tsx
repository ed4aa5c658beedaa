import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';

export function SiteFooter({ lang }: { lang: Locale }) {
  const t = messages(lang);
  return (
    <footer className="site-footer">
      <p>{t.footerNote}</p>
    </footer>
  );
}
