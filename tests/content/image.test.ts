import { describe, expect, it } from 'vitest';
import { formatContentError, parseReleaseFile } from '@/lib/content';
import { isImageAddress } from '@/lib/content/schema';

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
