import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_DIR, fontFiles, preloadedFonts } from '@/lib/site';

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/sarabun/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const served = (href: string) => join('public', href);

describe('Sarabun font files', () => {
  it('are the installed @fontsource/sarabun files, in a folder named after its version', () => {
    expect(FONT_DIR, 'after updating @fontsource/sarabun, copy its files to public/fonts/sarabun-<version>/ and update lib/site/fonts.ts and app/fonts.css').toBe(`/fonts/sarabun-${version}`);
    for (const file of fontFiles) {
      expect(readFileSync(served(`${FONT_DIR}/${file}`)).equals(readFileSync(join(packageDir, 'files', file))), file).toBe(true);
    }
  });

  it('are what app/fonts.css declares, one @font-face each, and what pages preload', () => {
    const declared = [...readFileSync('app/fonts.css', 'utf8').matchAll(/url\('([^']+)'\)/g)].map((match) => match[1]);
    expect(declared.sort()).toEqual([...preloadedFonts].sort());
  });
});
