import { normalizeThai } from '../thai';

/**
 * The sections of thaigov.go.th, as the two corpus archives spell them, and the category id each maps to
 * (`content/categories.yaml` gives every id its Thai and English names).
 *
 * Measured over both archives (91,796 files): the first line's `รัฐบาลไทย-<section>-` prefix says
 * `ข่าวทำเนียบรัฐบาล` on 91,504 of them, whatever the real section, so the section is read from the file name
 * (`ด้านสังคม_215.txt`, `ข่าวคณะโฆษก_1_<uuid>.txt`) or a folder named after one (`รายการคืนความสุขให้คนในชาติ/2559/8/12.txt`),
 * and the title prefix is the fallback. Spellings are compared after {@link sectionKey}.
 */
export const SECTION_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'government-house': ['ข่าวทำเนียบรัฐบาล'],
  economy: ['ด้านเศรษฐกิจ'],
  society: ['ด้านสังคม'],
  security: ['ด้านความมั่นคง'],
  law: ['ด้านกฎหมายฯ'],
  education: ['ด้านการศึกษาฯ'],
  'culture-tourism': ['ด้านวัฒนธรรมท่องเที่ยวฯ'],
  spokesperson: ['ข่าวคณะโฆษก'],
  'prime-minister': ['ข่าวนายกรัฐมนตรี'],
  'deputy-prime-ministers': ['ข่าวรองนายกรัฐมนตรี รัฐมนตรีประจำสำนักนายกรัฐมนตรี', 'ข่าวรอง นรม รมตนร'],
  'agency-announcements': ['ข่าวสารและประกาศของหน่วยงาน และหน่วยงานอื่นๆ'],
  'general-announcements': ['ข่าวประชาสัมพันธ์ทั่วไป'],
  'government-news': ['Government News'],
  'cabinet-synopsis': ['Cabinet Meeting Synopsis'],
  statements: ['Statements'],
  'cabinet-summary': ['สรุปข่าวการประชุม ครม.', 'สรุปข่าวการประชุม ครม'],
  'line-thaikhufa': ['ทัน LINE ไทยคู่ฟ้า'],
  'radio-thaikhufa': ['รายการวิทยุไทยคู่ฟ้า'],
  'voice-from-the-heart': ['รายการเสียงจากใจ ไทยคู่ฟ้า'],
  'thaikhufa-highlights': ['ไฮไลต์ ไทยคู่ฟ้า'],
  'news-update': ['ทันข่าว'],
  highlights: ['ประเด็นเด่น'],
  clarifications: ['ชี้แจงประเด็นสำคัญ'],
  'ask-clearly': ['ถามให้ชัด รัฐจะเคลียร์'],
  'government-answers': ['รัฐบาลมีคำตอบ'],
  'parliamentary-answers': ['สรุปคำตอบกระทู้ถาม'],
  'parliament-questions': ['กระทู้จากสภา มาทำเนียบ'],
  'meet-the-press': ['สื่ออยากรู้+MeetThePress'],
  speeches: ['คำกล่าวสุนทรพจน์'],
  'pm-addresses': ['คำกล่าวของนายกรัฐมนตรี'],
  'pm-messages': ['สารจากนายกรัฐมนตรี'],
  'from-the-prime-minister': ['จากใจนายกรัฐมนตรี'],
  'returning-happiness': ['รายการคืนความสุขให้คนในชาติ', 'รายการคืนความสุขให้ทุกคนในชาติ'],
  'kings-philosophy': ['ศาสตร์พระราชาสู่การพัฒนา อย่างยั่งยืน'],
  'weekly-performance': ['การแถลงผลงานรัฐบาลประจำสัปดาห์'],
  'covid-19-news': ['ข่าวทันสถานการณ์โควิด-19', 'ข่าวทันสถานการณ์โควิด 19'],
  'covid-19-learning': ['เรียนรู้สู้โควิด-19', 'เรียนรู้สู้โควิด 19'],
  ccsa: ['ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)'],
  surveillance: ['มาตรการเฝ้าระวัง'],
  'relief-measures': ['มาตรการเยียวยาฯ'],
  'situation-news': ['ข่าวสถานการณ์'],
  'emergency-news': ['ข่าวสถานการณ์ฉุกเฉิน'],
  'thai-cambodian-border': ['ความคืบหน้าสถานการณ์ชายแดนไทย - กัมพูชา'],
  'asean-summit-35': ['การประชุมสุดยอดอาเซียน ครั้งที่ 35'],
  'national-reform': ['การเตรียมการปฏิรูปประเทศ'],
  innovation: ['นวัตกรรมสร้างชาติ'],
  'regional-missions': ['ภารกิจส่วนภูมิภาค'],
  'srettha-missions': ['ภารกิจ นายเศรษฐา ทวีสิน นายกรัฐมนตรี', 'Mr Srettha Thavisin, the 30th Prime Minister of Thailand'],
  'retirees-2564': ['ผู้เกษียณอายุราชการสำนักเลขาธิการนายกรัฐมนตรี ปี 2564', 'ผู้เกษียณอายุราชการสำนักเลขาธิการนายกรัฐมนตรีื ปี 2564'],
  'education-reform': ['ปฏิรูปการศึกษาและสร้างสังคมแห่งการเรียนรู้ตลอดชีวิต'],
  infrastructure: ['การพัฒนาโครงสร้างพื้นฐาน'],
  environment: ['การดูแลสิ่งแวดล้อม'],
  'digital-government': ['รัฐบาลดิจิทัล'],
  'armed-forces': ['การพัฒนากองทัพ'],
  'energy-costs': ['ลดภาระค่าใช้จ่ายประชาชนด้านพลังงานและระบบสาธารณูปโภค'],
  'global-role': ['บทบาทประเทศไทยบนเวทีโลก'],
  'trade-investment': ['ภาคการค้าการลงทุน'],
  'quality-of-life': ['ยกระดับคุณภาพชีวิต'],
  'better-living': ['สร้างคุณภาพชีวิต'],
  'drug-suppression': ['การปราบปรามยาเสพติด'],
  'bilateral-relations': ['ความสัมพันธ์และความร่วมมือระหว่างประเทศ(ทวิภาคี)'],
  'multilateral-relations': ['ความสัมพันธ์และความร่วมมือระหว่างประเทศ(พหุภาคี)'],
  'soft-power': ['การผลักดัน Soft Power', 'Soft Power'],
  'sme-debt': ['การประคองภาระหนี้สินและต้นทุนทางการเงินภาคธุรกิจ SMEs'],
  'farm-debt': ['การแก้ไขปัญหาหนี้สินภาคการเกษตร'],
  'household-debt': ['การแก้ไขปัญหาหนี้สินภาคประชาชน'],
  'debt-relief': ['แก้ปัญหาหนี้สิน'],
  'farmer-debt-moratorium': ['พักหนี้เกษตรกร'],
  'digital-wallet': ['นโยบาย Digital Wallet'],
  constitution: ['แก้ไขปัญหาความเห็นต่างรัฐธรรมนูญ พศ 2560'],
  'land-rights': ['สิทธิที่ทำกิน'],
  'land-income': ['สร้างรายได้จากผืนดินและส่งเสริมสิ่งแวดล้อม'],
  'tourism-sector': ['ภาคการท่องเที่ยว'],
  other: ['อื่นๆ', 'other', 'Others'],
};

/** How spellings are compared: invisible repairs, runs of whitespace as one space, trimmed. */
export function sectionKey(name: string): string {
  return normalizeThai(name).replace(/\s+/g, ' ').trim();
}

const CATEGORY_BY_SECTION = new Map(
  Object.entries(SECTION_SPELLINGS).flatMap(([id, spellings]) => spellings.map((spelling) => [sectionKey(spelling), id] as const)),
);

/** Every thaigov section spelling, longest first (so a title prefix is matched by its longest section name). */
export const SECTION_NAMES: readonly string[] = [...CATEGORY_BY_SECTION.keys()].sort((a, b) => b.length - a.length);

/**
 * The category id of a section name, or undefined when it is not a known section.
 * @example categoryOfSection('ข่าวรอง นรม  รมตนร') // 'deputy-prime-ministers'
 */
export function categoryOfSection(name: string): string | undefined {
  return CATEGORY_BY_SECTION.get(sectionKey(name));
}

const UUID_SUFFIX = /_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The category id a corpus path names: its file name `<section>_<n>[_<uuid>].txt`, else the nearest folder named
 * after a section; undefined when neither is a known section.
 * @example categoryOfPath('23/ด้านสังคม_215.txt') // 'society'
 * @example categoryOfPath('รายการคืนความสุขให้คนในชาติ/2559/8/12.txt') // 'returning-happiness'
 */
export function categoryOfPath(path: string): string | undefined {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const fileName = (parts.pop() ?? '').replace(/\.txt$/i, '').replace(UUID_SUFFIX, '').replace(/_\d+$/, '');
  for (const name of [fileName, ...parts.reverse()]) {
    const category = categoryOfSection(name);
    if (category) return category;
  }
  return undefined;
}
