import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError, parseReleaseFile } from '@/lib/content';
import { contentHash, inspectImage, readMedia, sniffImage } from '@/lib/content/image';
import { isImageAddress } from '@/lib/content/schema';
import { testSite } from '../helpers/site';

const file = 'content/news/2018/2018-12-07-telmin-18.th.md';

function check(image: string): string[] {
  const text = `---\ntitle: ข่าว\ndate: 2018-12-07\nimage: ${JSON.stringify(image)}\nimageAlt: ภาพการประชุม\n---\n\nย่อหน้าแรก\n`;
  return parseReleaseFile(file, text, { agencies: [], categories: [] }).errors.map(formatContentError);
}

describe('image addresses', () => {
  it('rejects a javascript: URL at its line, saying what to write', () => {
    expect(check('javascript:alert(1)')).toEqual([
      `${file}:4: image: "javascript:alert(1)" is not an image address: write a site path such as /images/x.jpg (a file under public/) or the name of a file beside the release (x.jpg)`,
    ]);
  });

  it.each(['JavaScript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'http://example.com/x.png', 'https://tracker.example/pixel.gif', '//tracker.example/x.png', '../../../etc/passwd', 'photos/../../../../x.png', 'a%2e%2e/x.png', 'x.png?track=1', 'a\\b.png', 'vbscript:x'])(
    'refuses %s',
    (address) => {
      expect(isImageAddress(address)).toBe(false);
    },
  );

  it.each(['/images/telmin.jpg', 'telmin.jpg', 'photos/ภาพ-ประชุม_1.jpg', '../../shared/logo.png'])('accepts %s', (address) => {
    expect(isImageAddress(address)).toBe(true);
    expect(check(address)).toEqual([]);
  });
});

const fixture = (name: string) => readFileSync(`tests/fixtures/images/${name}`);
const jpeg = fixture('photo-64x40.jpg');
const png = fixture('photo-64x40.png');

/** A Thai release whose front matter names `image` on line 4. */
function releaseWithImage(image: string): Record<string, string> {
  return { 'news/2018/2018-12-07-telmin-18.th.md': `---\ntitle: ข่าว\ndate: 2018-12-07\nimage: ${image}\nimageAlt: ภาพการประชุม\n---\n\nย่อหน้าแรก\n` };
}

describe('image files', () => {
  it('sniffs formats from their bytes, whatever the name', () => {
    expect(['photo-64x40.jpg', 'photo-64x40.png', 'photo-64x40.webp', 'photo-64x40.avif'].map((name) => sniffImage(fixture(name)))).toEqual(['JPEG', 'PNG', 'WebP', 'AVIF']);
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('GIF');
    expect(sniffImage(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'))).toBe('SVG');
    expect(sniffImage(Buffer.from('---\ntitle: x\n'))).toBeUndefined();
  });

  it('reads the size of every accepted format, and a JPEG turned by its EXIF orientation as it is shown', () => {
    expect(inspectImage(jpeg, 'x/photo.JPG')).toEqual({ type: 'image/jpeg', width: 64, height: 40 });
    expect(inspectImage(png, 'x/photo.png')).toEqual({ type: 'image/png', width: 64, height: 40 });
    expect(inspectImage(fixture('photo-64x40.webp'), 'x/photo.webp')).toEqual({ type: 'image/webp', width: 64, height: 40 });
    expect(inspectImage(fixture('photo-64x40.avif'), 'x/photo.avif')).toEqual({ type: 'image/avif', width: 64, height: 40 });
    expect(inspectImage(fixture('turned-64x40-exif6.jpg'), 'x/turned.jpg')).toEqual({ type: 'image/jpeg', width: 40, height: 64 });
  });

  it('gives a content-folder image its hashed /media/ address and size, shared by both versions', () => {
    const site = testSite({
      ...releaseWithImage('telmin-18.jpg'),
      'news/2018/2018-12-07-telmin-18.en.md': '---\ntitle: News\ndate: 2018-12-07\nimage: telmin-18.jpg\nimageAlt: The meeting\n---\n\nText\n',
      'news/2018/telmin-18.jpg': jpeg,
    });
    expect(site.errors).toEqual([]);
    const hash = contentHash(jpeg);
    const story = site.archive.bySlug.get('2018-12-07-telmin-18')!;
    expect(story.th?.imageFile).toEqual({ src: `/media/${hash}/telmin-18.jpg`, width: 64, height: 40, type: 'image/jpeg' });
    expect(story.en?.imageFile).toEqual(story.th?.imageFile);
    expect([...site.archive.media.keys()]).toEqual([`${hash}/telmin-18.jpg`]);
  });

  it('serves a /media/ address only for the bytes it was made from', async () => {
    const site = testSite({ ...releaseWithImage('photos/ภาพ.jpg'), 'news/2018/photos/ภาพ.jpg': jpeg });
    const hash = contentHash(jpeg);
    expect(site.archive.bySlug.get('2018-12-07-telmin-18')?.th?.imageFile?.src).toBe(`/media/${hash}/%E0%B8%A0%E0%B8%B2%E0%B8%9E.jpg`);
    expect((await readMedia(site.archive.media, hash, 'ภาพ.jpg'))?.bytes.equals(jpeg)).toBe(true);
    expect(await readMedia(site.archive.media, hash, 'other.jpg')).toBeUndefined();
    writeFileSync(join(site.root, 'news/2018/photos/ภาพ.jpg'), png);
    expect(await readMedia(site.archive.media, hash, 'ภาพ.jpg')).toBeUndefined();
  });

  it('serves a site path from public/ as it is', () => {
    const site = testSite(releaseWithImage('/images/telmin-18.png'), { 'images/telmin-18.png': png });
    expect(site.errors).toEqual([]);
    expect(site.archive.bySlug.get('2018-12-07-telmin-18')?.th?.imageFile).toEqual({ src: '/images/telmin-18.png', width: 64, height: 40, type: 'image/png' });
    expect(site.archive.media.size).toBe(0);
  });

  it('reports a missing file at the image: line, saying where it was looked for, and keeps the page without it', () => {
    const site = testSite(releaseWithImage('telmin-18.jpg'));
    expect(site.errors).toEqual([
      `${file}:4: image: content/news/2018/telmin-18.jpg does not exist; put the image file beside the release, or correct the name (letter case counts)`,
    ]);
    expect(site.archive.bySlug.get('2018-12-07-telmin-18')?.th?.imageFile).toBeUndefined();
    expect(testSite(releaseWithImage('/images/x.jpg')).errors).toEqual([
      `${file}:4: image: public/images/x.jpg does not exist; put the image file under public/, or correct the name (letter case counts)`,
    ]);
  });

  it('reports bytes that do not match the extension, naming what the file really is', () => {
    expect(testSite({ ...releaseWithImage('telmin-18.jpg'), 'news/2018/telmin-18.jpg': png }).errors).toEqual([
      `${file}:4: image: content/news/2018/telmin-18.jpg is named .jpg but its bytes are a PNG image; save or export it as a JPEG (.jpg), PNG, WebP or AVIF image with the matching extension`,
    ]);
    expect(testSite({ ...releaseWithImage('telmin-18.png'), 'news/2018/telmin-18.png': 'not an image' }).errors).toEqual([
      `${file}:4: image: content/news/2018/telmin-18.png is named .png but its bytes are not an image; save or export it as a JPEG (.jpg), PNG, WebP or AVIF image with the matching extension`,
    ]);
  });

  it('refuses other formats, oversized and damaged files, and looks for /../x.jpg in public/ as a browser would', () => {
    const errors = (image: string, bytes: Uint8Array) => testSite({ ...releaseWithImage(image), [`news/2018/${image}`]: bytes }).errors;
    expect(errors('anim.gif', Buffer.from('GIF89a'))).toEqual([`${file}:4: image: content/news/2018/anim.gif is a .gif file; use a JPEG (.jpg), PNG, WebP or AVIF image`]);
    expect(errors('big.jpg', Buffer.concat([jpeg, Buffer.alloc(1024 * 1024)]))).toEqual([
      `${file}:4: image: content/news/2018/big.jpg is ${(1024 + Math.ceil(jpeg.length / 1024)).toLocaleString('en')} KB, more than 1,024 KB; resize it to 1,200–1,600 pixels wide and save it again (a JPEG at quality 80 is usually 150–400 KB)`,
    ]);
    expect(errors('cut.jpg', jpeg.subarray(0, 4))).toEqual([`${file}:4: image: content/news/2018/cut.jpg: its size in pixels cannot be read (the file is damaged or cut short); export it again`]);
    expect(testSite(releaseWithImage('/../../secret.jpg')).errors).toEqual([
      `${file}:4: image: public/secret.jpg does not exist; put the image file under public/, or correct the name (letter case counts)`,
    ]);
  });

  it('refuses a caption without an image', () => {
    const site = testSite({ 'news/2018/2018-12-07-telmin-18.th.md': '---\ntitle: ข่าว\ndate: 2018-12-07\nimageCaption: "ภาพ: สำนักโฆษก"\n---\n\nย่อหน้าแรก\n' });
    expect(site.errors).toEqual([`${file}:4: imageCaption: a caption belongs to an image: add image (and imageAlt), or remove imageCaption`]);
  });
});
