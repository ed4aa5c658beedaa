import type { Release } from '@/lib/content';

/**
 * A release's image, above its text: with its width and height, so the browser reserves its place before it arrives
 * (nothing below moves), at most as wide as the text column (globals.css scales it down, keeping its shape). It is
 * fetched at once with high priority, not lazily: on a phone it is in the first screen and often the page's largest
 * element. `imageAlt` is its text alternative; `imageCaption`, when there is one, is shown under it for everyone.
 * @param lang the release's language when it differs from the page's
 */
export function ArticleImage({ release, lang }: { release: Release; lang?: string }) {
  const { imageFile, imageAlt, imageCaption } = release;
  if (!imageFile) return null;
  return (
    <figure className="article__image" lang={lang}>
      <img src={imageFile.src} width={imageFile.width} height={imageFile.height} alt={imageAlt ?? ''} fetchPriority="high" />
      {imageCaption && <figcaption>{imageCaption}</figcaption>}
    </figure>
  );
}
