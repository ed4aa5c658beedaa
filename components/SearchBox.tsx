import type { Locale } from '@/lib/i18n/locales';
import { searchMessages } from '@/lib/i18n/search';
import { paths } from '@/lib/listing';
import styles from './SearchBox.module.css';

/**
 * The header's search box: a plain GET form to `/<lang>/search?q=…`, so it works without JavaScript and adds none
 * to the page.
 */
export function SearchBox({ lang }: { lang: Locale }) {
  const t = searchMessages(lang);
  return (
    <form role="search" aria-label={t.searchLabel} action={paths.search(lang)} method="get" className={styles.box}>
      <label htmlFor="site-search" className={styles.label}>
        {t.searchLabel}
      </label>
      <input id="site-search" className={styles.input} type="search" name="q" enterKeyHint="search" autoComplete="off" />
      <button type="submit" className={styles.button}>
        {t.searchButton}
      </button>
    </form>
  );
}
