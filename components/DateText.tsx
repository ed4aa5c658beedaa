import { formatEnglishDate, formatThaiDate } from '@/lib/thai';
import type { Locale } from '@/lib/i18n/locales';
import { Digits } from './Digits';

type Style = 'full' | 'long' | 'medium';

/** `<time datetime="2018-12-07">` with the date as the page's language writes it (BE on Thai pages, CE on English). */
export function DateText({ iso, lang, style = 'long' }: { iso: string; lang: Locale; style?: Style }) {
  const text = lang === 'th' ? formatThaiDate(iso, { style }) : formatEnglishDate(iso, { style });
  return (
    <time dateTime={iso}>
      <Digits text={text} lang={lang} />
    </time>
  );
}
