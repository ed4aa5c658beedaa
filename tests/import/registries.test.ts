import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { registrySchema } from '@/lib/content/schema';
import { AGENCY_ALIASES, agencyFinder } from '@/lib/import/agencies';
import { categoryOfPath, categoryOfSection, SECTION_SPELLINGS } from '@/lib/import/sections';

const registry = (name: string) => registrySchema.parse(yaml.load(readFileSync(`content/${name}.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }));
const agencies = registry('agencies');
const categories = registry('categories');

describe('sections → categories', () => {
  it('gives every thaigov section a category with Thai and English names', () => {
    expect(Object.keys(SECTION_SPELLINGS).filter((id) => !categories[id])).toEqual([]);
    expect(Object.keys(categories).filter((id) => !SECTION_SPELLINGS[id])).toEqual([]);
    expect(categories.economy).toEqual({ th: 'ด้านเศรษฐกิจ', en: 'Economy' });
  });

  it.each([
    ['23/ด้านสังคม_215.txt', 'society'],
    ['2023/03/23/ข่าวคณะโฆษก_1_7967d376-973c-470f-aa81-b551225ba626.txt', 'spokesperson'],
    ['2025/09/03/ด้านความมั่นคง _253_edd50e2e-6efe-40d9-98c2-6f35c4e543cf.txt', 'security'],
    ['2023/11/23/ข่าวรอง นรม  รมตนร_2_b7cca19b-2d63-413e-843c-4e94424d7270.txt', 'deputy-prime-ministers'],
    ['14/สรุปข่าวการประชุม ครม._20.txt', 'cabinet-summary'],
    ['2023/03/21/สรุปข่าวการประชุม ครม_1_25ef7717-9a62-4c2f-be26-a24b24073462.txt', 'cabinet-summary'],
    ['รายการคืนความสุขให้คนในชาติ/2559/8/12.txt', 'returning-happiness'],
    ['2023/11/08/_1_80cefbb0-4598-4b2b-b51b-5ec401295ace.txt', undefined],
    ['telmin-18-2561.txt', undefined],
  ])('%s → %s', (path, category) => {
    expect(categoryOfPath(path)).toBe(category);
  });

  it('reads the section of a title prefix', () => {
    expect(categoryOfSection('ข่าวทำเนียบรัฐบาล')).toBe('government-house');
    expect(categoryOfSection('ข่าวทันสถานการณ์โควิด 19')).toBe('covid-19-news');
  });
});

describe('agencies', () => {
  const finder = agencyFinder(agencies);

  it('lists the 19 ministries and the Office of the Prime Minister of today, and two former ministries', () => {
    expect(Object.keys(agencies)).toHaveLength(22);
    expect(agencies.opm).toEqual({ th: 'สำนักนายกรัฐมนตรี', en: 'Office of the Prime Minister' });
    expect(agencies.mdes).toEqual({ th: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', en: 'Ministry of Digital Economy and Society', short: 'กระทรวงดิจิทัลฯ' });
    expect(Object.keys(AGENCY_ALIASES).filter((id) => !agencies[id])).toEqual([]);
  });

  it('an agency header line is an agency only when the whole line is its name', () => {
    expect(finder.exact('กระทรวงดิจิทัลฯ')).toBe('mdes');
    expect(finder.exact('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมฯ')).toBe('mdes');
    expect(finder.exact('รมว.ดิจิทัลฯ')).toBeUndefined();
  });

  it.each([
    ['นายอาคม เติมพิทยาไพสิฐ รัฐมนตรีว่าการกระทรวงการคลัง เปิดเผยว่า', 'mof'],
    ['ศูนย์ความเป็นเลิศ กระทรวงการอุดมศึกษาวิทยาศาสตร์ วิจัยและนวัตกรรม โดย', 'mhesi'],
    ['รัฐมนตรีว่าการกระทรวง พม. กล่าว', 'msdhs'],
    ['กระทรวงเเรงงาน (a doubled sara e) จัดงาน', 'mol'],
    ['นายอนุชา บูรพชัยศรี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า', 'opm'],
    ['พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม เป็นประธาน', undefined],
    ['พล.ต.อ.พัชรวาท วงษ์สุวรรณ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม มอบหมาย', 'mnre'],
    ['นายกรัฐมนตรี เป็นประธานการประชุม (no agency named)', undefined],
  ])('%s → %s', (text, agency) => {
    expect(finder.first(text)).toBe(agency);
  });
});
