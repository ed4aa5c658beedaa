import { terms } from '../tokenizer';

/**
 * People's names as releases write them, for the index to hold whole: the segmenter cuts most Thai names it does not
 * know into fragments (กอบศักดิ์ → กอบ ศักดิ์, ทิพานัน → ทิพา นัน, and นายกอบศักดิ์ → นายก อบ ศักดิ์), so no term of
 * the index is the name, and a name typed in Latin letters has nothing to sound like (`lexicon-pages.ts`:
 * `layOutSounds`). A name is found where releases mark one: after a title (นาย, นางสาว, พลเอก, ดร., รมว. …), with the
 * surname after one space, and a short quoted run (“ทิพานัน” เผย …, as titles quote the person who speaks).
 */

/** Thai letters, vowels and tone marks, without ฯ and ๆ (which end a name). */
const THAI = '[\\u0E01-\\u0E2E\\u0E30-\\u0E3A\\u0E40-\\u0E45\\u0E47-\\u0E4E]';
/** Titles written before a person's name and surname, longest first (นางสาว before นาง). */
const TITLES = ['นางสาว', 'นาง', 'นาย', 'น.ส.', 'พลเอก', 'พล.อ.', 'พลตำรวจเอก', 'พล.ต.อ.', 'ดร.', 'นพ.', 'พญ.'];
/** Positions written before a minister's given name alone (รมว.พิมพ์ภัทรา ลงเหมือง: no surname follows). */
const POSITIONS = ['รมว.', 'รมช.', 'รมต.'];
/**
 * Words that นาย starts and are not a name after it: นายกรัฐมนตรี, นายกเทศมนตรี, นายก อบต., นายอำเภอ, นายทะเบียน,
 * นายจ้าง … (a run after นาย starting so is left out).
 */
const NOT_NAMES = /^(?:ก(?:รัฐมนตรี|เทศมนตรี|สมาคม|องค์|สภา|อบ[ตจ]|ฯ)|อำเภอ|ทะเบียน|จ้าง|หน้า|ทหาร|ตำรวจ|แพทย์|สัตวแพทย์|ช่าง|ด่าน|ท่า|ประกัน|ทุน|งาน|สิบ|ร้อย|พล|เวร|ห้าง|ภาษา)/;
const escape = (text: string) => text.replace(/[.]/g, '\\.');
const NAME = `(${THAI}{3,20})(?!${THAI})`;
/**
 * A title, a name (a whole run: not the start of a longer one), and a surname after one space; or a position, with
 * its ministry's abbreviation written against the name or not (รมต.นร.สุวพันธุ์, รมว.พิมพ์ภัทรา), and a name.
 */
const TITLED = new RegExp(`(?:${TITLES.map(escape).join('|')}) ?${NAME}(?: (${THAI}{3,25})(?!${THAI}))?|(?:${POSITIONS.map(escape).join('|')})(?:${THAI}{1,3}\\.(?! )| ?)${NAME}`, 'g');
const QUOTED = new RegExp(`[“"](${THAI}{3,15})[”"]`, 'g');

/**
 * The names a text writes that the segmenter cuts into two terms or more, each once, as the index should hold them
 * whole. A name it keeps whole (อนุทิน) is a term already and is not repeated.
 * @example namesIn('นายกอบศักดิ์ ภูตระกูล แถลงข่าว') // ['กอบศักดิ์', 'ภูตระกูล']
 */
export function namesIn(text: string): string[] {
  const found = new Set<string>();
  const add = (name: string | undefined) => {
    if (name && terms(name).length > 1) found.add(name);
  };
  for (const [, titled, surname, positioned] of text.matchAll(TITLED)) {
    const given = titled ?? positioned!;
    if (NOT_NAMES.test(given)) continue;
    add(given);
    add(surname);
  }
  for (const [, quoted] of text.matchAll(QUOTED)) add(quoted);
  return [...found];
}
