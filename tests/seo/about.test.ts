import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pageAbout } from '@/lib/listing';
import { aboutPageJsonLd, buildFeed, feedXml, jsonLdText } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site';
import { testSite } from '../helpers/site';

/** Two real Thai-only releases (tests/fixtures/about/README.md). */
const slugs = ['2022-12-29-63255', '2025-07-22-98653'];
const { archive } = testSite({
  'agencies.yaml': readFileSync('content/agencies.yaml', 'utf8'),
  'categories.yaml': readFileSync('content/categories.yaml', 'utf8'),
  ...Object.fromEntries(slugs.map((slug) => [`news/${slug.slice(0, 4)}/${slug}.th.md`, readFileSync(`tests/fixtures/about/${slug}.th.md`, 'utf8')])),
});
const story = archive.bySlug.get('2022-12-29-63255')!;

describe('the About terms in structured data and feeds', () => {
  it('makes the English page a WebPage about what the Thai text names, its main entity the Thai article', () => {
    const data = JSON.parse(jsonLdText(aboutPageJsonLd(archive, story, 'en', pageAbout(archive, story, 'en'))));
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: absoluteUrl('/en/news/2022-12-29-63255'), inLanguage: 'en' });
    expect(data.about).toEqual([
      { '@type': 'Organization', name: 'Ministry of Public Health', url: absoluteUrl('/en/agency/moph') },
      { '@type': 'Place', name: 'Sa Kaeo' },
      { '@type': 'Place', name: 'Cambodia' },
      { '@type': 'Place', name: 'Chonburi' },
      { '@type': 'Place', name: 'Nakhon Ratchasima' },
      { '@type': 'Place', name: 'Rayong' },
      { '@type': 'Thing', name: 'hospital' },
      { '@type': 'Thing', name: 'patient' },
    ]);
    expect(data.keywords).toBe('Ministry of Public Health, Sa Kaeo, Cambodia, Chonburi, Nakhon Ratchasima, Rayong, hospital, patient');
    expect(data.mainEntity).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'th', url: absoluteUrl('/th/news/2022-12-29-63255'), headline: story.th!.title });
    expect(data.mainEntity['@context']).toBeUndefined();
  });

  it('puts a Thai-only item’s About line before its summary in English feeds, and nothing in Thai feeds', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'item' });
    const english = parser.parse(feedXml(buildFeed(archive, 'en', { kind: 'all' })!, 'rss')).rss.channel.item;
    expect(english[1].description).toBe(
      `About (derived from the Thai text, not a translation): Ministry of Public Health, Sa Kaeo, Cambodia, injured.\n${story.th!.excerpt}`,
    );
    const thai = parser.parse(feedXml(buildFeed(archive, 'th', { kind: 'all' })!, 'rss')).rss.channel.item;
    expect(thai[1].description).toBe(story.th!.excerpt);
  });
});
