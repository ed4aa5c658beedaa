import type { Release } from '@/lib/content';

/**
 * A release's image, above its text: with its width and height, so the browser reserves its place before it arrives
 * (nothing below moves), at most as wide as the text column (globals.css scales it down, keeping its shape). It is
 * never lazy: on a large screen it is in the first screen and usually the largest paint, and on a phone it comes
 * right under the title, within the distance at which browsers start a lazy image at once anyway. Its priority is
 * left to the browser, which raises it for an image it lays out on screen. `imageAlt` is its text alternative;
 * `imageCaption`, when there is one, is shown under it for everyone.
 * @param lang the release's language when it differs from the page's
 */
export function ArticleImage({ release, lang }: { release: Release; lang?: string }) {
  const { imageFile, imageAlt, imageCaption } = release;
  if (!imageFile) return null;
  return (
    <figure className="article__image" lang={lang}>
      <img src={imageFile.src} width={imageFile.width} height={imageFile.height} alt={imageAlt ?? ''} decoding="async" />
      {imageCaption && <figcaption>{imageCaption}</figcaption>}
    </figure>
  );
}
