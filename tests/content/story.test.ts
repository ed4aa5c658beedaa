import { describe, expect, it } from 'vitest';
import { filedRelease, lastChanged, releaseFor } from '@/lib/content';
import { archiveOf } from '../helpers/site';

const archive = archiveOf([
  { slug: '2019-03-10-paired', title: 'ข่าวสองภาษา', agency: 'mfa', en: 'A paired release', updated: '2019-03-12' },
  { slug: '2019-03-09-thai-only', title: 'ข่าวภาษาไทย', category: 'foreign-affairs' },
]);
const paired = archive.bySlug.get('2019-03-10-paired')!;
const thaiOnly = archive.bySlug.get('2019-03-09-thai-only')!;

describe('releaseFor', () => {
  it('gives each reader the version in their language when there is one', () => {
    expect(releaseFor(paired, 'th')).toEqual({ release: paired.th, inOtherLanguage: false });
    expect(releaseFor(paired, 'en')).toEqual({ release: paired.en, inOtherLanguage: false });
    expect(releaseFor(paired, 'en').release.title).toBe('A paired release');
  });

  it('gives the other version, marked, when the story has none in the reader’s language', () => {
    expect(releaseFor(thaiOnly, 'en')).toEqual({ release: thaiOnly.th, inOtherLanguage: true });
    expect(releaseFor(thaiOnly, 'th')).toEqual({ release: thaiOnly.th, inOtherLanguage: false });
  });
});

describe('filedRelease', () => {
  it('files a story under its Thai version’s agency and category', () => {
    expect(filedRelease(paired)).toBe(paired.th);
    expect(filedRelease(thaiOnly).category).toBe('foreign-affairs');
  });
});

describe('lastChanged', () => {
  it('is the latest updated date of any version, else the publication date', () => {
    expect(lastChanged(paired)).toBe('2019-03-12');
    expect(lastChanged(thaiOnly)).toBe('2019-03-09');
  });
});
