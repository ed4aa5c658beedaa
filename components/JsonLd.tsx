import { jsonLdText } from '@/lib/seo';

/** Structured data for search engines, as the Next.js guide recommends: a plain script tag, `<` escaped. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
