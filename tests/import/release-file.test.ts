import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { parseReleaseFile } from '@/lib/content';
import { registrySchema } from '@/lib/content/schema';
import { renderMarkdown } from '@/lib/markdown';
import { agencyFinder } from '@/lib/import/agencies';
import { parseThaigov, type ThaigovRelease } from '@/lib/import/parse-thaigov';
import { escapeMarkdown, releaseFileText, releasePath } from '@/lib/import/release-file';

const registry = (name: string) => registrySchema.parse(yaml.load(readFileSync(`content/${name}.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }));
const agencies = registry('agencies');
const known = { agencies: Object.keys(agencies), categories: Object.keys(registry('categories')) };
const finder = agencyFinder(agencies);
const read = (path: string): ThaigovRelease => {
  const result = parseThaigov(readFileSync(`tests/fixtures/thaigov/${path}`, 'utf8'), path, finder);
  if (!result.ok) throw new Error(result.message);
  return result.release;
};

describe('the release file', () => {
  it('is front matter in the content contract, then the paragraphs', () => {
    const release = read('v2/2022/11/06/ด้านสังคม_195_d3d803e0-9426-4c0a-a4df-369c679ebeb6.txt');
    expect(releasePath(release, 'th')).toBe('news/2022/2022-10-07-60195.th.md');
    expect(releaseFileText(release)).toBe(`---
title: "MDES ร่วมงานสถาปนา 11 ปี กสทช."
date: 2022-10-07
agency: mdes
category: society
source: https://www.thaigov.go.th/news/contents/details/60195
legacyId: 60195
---

7 ต.ค. 65 - นางอำไพ จิตรแจ่มใส ผู้ช่วยปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมงานวันคล้ายวันสถาปนา สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (กสทช.) ในโอกาสครบรอบ 11 ปี ณ กสทช. ซอยสายลม กรุงเทพฯ
`);
  });

  it('lists hashtags as tags and passes the loader’s validation', () => {
    const release = read('v2/2023/11/06/ทัน LINE ไทยคู่ฟ้า_1_31ca2391-f161-46e6-90df-f80a3c5ac4c9.txt');
    const text = releaseFileText(release);
    expect(text.split('\n').slice(3, 6)).toEqual(['category: line-thaikhufa', 'tags: ["ไทยคู่ฟ้า", "สื่อสารรัฐบาลไทย"]', 'source: https://www.thaigov.go.th/news/contents/details/74234']);
    const parsed = parseReleaseFile(`content/${releasePath(release, 'th')}`, text, known);
    expect(parsed.errors).toEqual([]);
    expect(parsed.release).toMatchObject({ title: release.title, date: '2023-11-06', tags: ['ไทยคู่ฟ้า', 'สื่อสารรัฐบาลไทย'], legacyId: 74234 });
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*สุขภาพใจเป็นสิ่งสำคัญ ไม่น้อยกว่าสุขภาพกาย* หากกำลังพล', '\\*สุขภาพใจเป็นสิ่งสำคัญ ไม่น้อยกว่าสุขภาพกาย\\* หากกำลังพล'],
    ['# ก่อนเดินทางตรวจสอบประกาศ', '\\# ก่อนเดินทางตรวจสอบประกาศ'],
    ['<span style="color: rgb(28, 43, 51)">คดีที่ 4', '&lt;span style="color: rgb(28, 43, 51)">คดีที่ 4'],
    ['ราคา &quot;พิเศษ&quot; A&B', 'ราคา &amp;quot;พิเศษ&amp;quot; A&B'],
    ['1) พนักงานขับรถโดยสาร สาย 73', '1\\) พนักงานขับรถโดยสาร สาย 73'],
    ['> อ้างถึง', '\\> อ้างถึง'],
    ['[1]: http://www.thaigov.go.th', '\\[1]: http://www.thaigov.go.th'],
    ['`USSD` กด *707# โทรออก C:\\', '\\`USSD\\` กด \\*707# โทรออก C:\\\\'],
    ['1. ข้อแรก ๒๕๖๑ “คำพูด”', '1. ข้อแรก ๒๕๖๑ “คำพูด”'],
  ])('%s', (line, markdown) => {
    expect(escapeMarkdown(line)).toBe(markdown);
  });

  it('renders every imported fixture paragraph as exactly its text', () => {
    const text = (html: string) => html.replace(/<br>\n?/g, '\n').replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&').replace(/&quot;/g, '"').trim();
    const paths = [
      'v1/23/ด้านสังคม_215.txt',
      'v2/2024/01/02/ด้านความมั่นคง_6_3b0afe6e-9721-4569-adac-d08132d16bad.txt',
      'v2/2025/09/03/ด้านความมั่นคง _253_edd50e2e-6efe-40d9-98c2-6f35c4e543cf.txt',
      'v1/thaigov2-10/ข่าวทันสถานการณ์โควิด-19_207.txt',
      'v2/2024/09/09/Government News _2_b2d10fa0-6705-4cb2-ad37-b241948bb60a.txt',
    ];
    for (const paragraph of paths.flatMap((path) => read(path).paragraphs)) {
      expect(text(renderMarkdown(paragraph.split('\n').map(escapeMarkdown).join('\n')))).toBe(paragraph);
    }
  });
});
