import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/dictionaries';
import { paths, type FeedScope } from '@/lib/listing';

/** Visible links to a listing's RSS and Atom feeds (the `<head>` announces the same feeds for feed readers). */
export function FeedLinks({ lang, scope }: { lang: Locale; scope: FeedScope }) {
  return (
    <p className="feed-links">
      {messages(lang).feeds}: <a href={paths.feed(lang, scope, 'rss')} type="application/rss+xml">RSS</a>{' '}
      <a href={paths.feed(lang, scope, 'atom')} type="application/atom+xml">Atom</a>
    </p>
  );
}
