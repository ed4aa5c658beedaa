import type { Registry } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { fill, messages } from '@/lib/i18n/dictionaries';
import { paths, type FacetKind } from '@/lib/listing';
import { Digits } from './Digits';

/** Every category or agency that has releases, by name in the page's language, with its number of releases. */
export function FacetIndex({ lang, kind, registry, counts }: { lang: Locale; kind: FacetKind; registry: Registry; counts: readonly { id: string; count: number }[] }) {
  const t = messages(lang);
  const collator = new Intl.Collator(lang);
  const entries = counts
    .map(({ id, count }) => ({ id, count, name: registry[id]?.[lang] ?? id }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <ul className="facet-index">
      {entries.map(({ id, count, name }) => (
        <li key={id}>
          <a href={paths.listing(lang, { kind, id })}>{name}</a>{' '}
          <span className="facet-index__count">
            <Digits text={fill(count === 1 ? t.releaseCountOne : t.releaseCount, { count })} lang={lang} />
          </span>
        </li>
      ))}
    </ul>
  );
}
