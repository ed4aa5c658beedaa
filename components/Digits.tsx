import { toThaiDigits } from '@/lib/thai';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A date or number the site itself shows. On Thai pages both digit sets are in the HTML and CSS shows the one the
 * reader chose (Arabic by default, so it works without JavaScript); the article text never goes through this.
 */
export function Digits({ text, lang }: { text: string; lang: Locale }) {
  if (lang !== 'th') return <>{text}</>;
  const thai = toThaiDigits(text);
  if (thai === text) return <>{text}</>;
  return (
    <>
      <span className="digits-arabic">{text}</span>
      <span className="digits-thai">{thai}</span>
    </>
  );
}
