// @vitest-environment jsdom
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { getArchive, previewErrors } from '@/lib/content';
import { PreviewErrors } from '@/components/PreviewErrors';
import { releaseFiles, testSite, writeFiles } from '../helpers/site';

const forget = () => {
  for (const name of ['archive', 'preview']) delete (globalThis as Record<symbol, unknown>)[Symbol.for(`thaigov-news-archive.${name}`)];
};
afterAll(() => {
  vi.unstubAllEnvs();
  forget();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the preview (npm run dev)', () => {
  it('sees new, changed and deleted files within a second, and keeps serving when a file is wrong', async () => {
    const { root } = testSite(releaseFiles([{ slug: '2019-03-01-first', title: 'ข่าวแรก' }]));
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENT_DIR', root);
    forget();
    expect(getArchive().stories.map((story) => story.th?.title)).toEqual(['ข่าวแรก']);

    writeFiles(root, releaseFiles([
      { slug: '2019-03-02-second', title: 'ข่าวที่สอง' },
      { slug: '2019-03-03-bad', title: 'ข่าวผิด', agency: 'nope' },
    ]));
    await sleep(1100);
    expect(getArchive().stories.map((story) => story.th?.title)).toEqual(['ข่าวที่สอง', 'ข่าวแรก']);
    expect(previewErrors().map((e) => `${e.file}:${e.line}`)).toEqual(['content/news/2019/2019-03-03-bad.th.md:4']);

    render(<PreviewErrors errors={previewErrors()} lang="th" />);
    expect(screen.getByRole('alert').querySelector('pre')!.textContent).toBe(
      'content/news/2019/2019-03-03-bad.th.md:4: agency: unknown agency "nope" (known: mdes, mfa, moph, unused)',
    );
    expect(screen.getByRole('alert').querySelector('strong')!.textContent).toBe('พบข้อผิดพลาดในไฟล์ข่าว 1 รายการ ไฟล์เหล่านี้จะไม่แสดงและเผยแพร่ไม่ได้จนกว่าจะแก้ไข');

    rmSync(join(root, 'news/2019/2019-03-01-first.th.md'));
    await sleep(1100);
    expect(getArchive().stories.map((story) => story.th?.title)).toEqual(['ข่าวที่สอง']);
  });
});
