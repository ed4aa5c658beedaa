import { describe, expect, it } from 'vitest';
import { namesIn } from '@/lib/search/index/names';
import { terms } from '@/lib/search/tokenizer';

// Titles and openings of real releases (thaigov.go.th, 2016–2025).
describe('names the index holds whole', () => {
  it('takes the name and surname after a title, which the segmenter cuts into fragments', () => {
    expect(terms('นายกอบศักดิ์ ภูตระกูล')).toEqual(['นายก', 'อบ', 'ศักดิ์', 'ภูต', 'ระ', 'กูล']);
    expect(namesIn('รมต.ทส. พร้อมด้วย รมต.นร. นายกอบศักดิ์ ภูตระกูล ร่วมกันแถลงข่าว')).toEqual(['กอบศักดิ์', 'ภูตระกูล']);
    expect(namesIn('พลเอกฉัตรชัย สาริกัลยะ รองนายกรัฐมนตรี ได้แถลง')).toEqual(['ฉัตรชัย', 'สาริกัลยะ']);
    expect(namesIn('นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี')).toEqual(['รัชดา', 'ธนาดิเรก']);
  });

  it('takes the given name alone after a minister’s position (and its ministry), and a short quoted name', () => {
    expect(namesIn('รมว.พิมพ์ภัทรา ลงเหมืองชุมพร')).toEqual(['พิมพ์ภัทรา']);
    expect(namesIn('รมต.นร.สุวพันธุ์ เป็นประธานการประชุมศูนย์บัญชาการติดตามสถานการณ์')).toEqual(['สุวพันธุ์']);
    expect(namesIn('“ทิพานัน” ชี้อุตสาหกรรมส่งออกขยายตัว')).toEqual(['ทิพานัน']);
  });

  it('leaves out a name the segmenter keeps whole, and the words นาย starts', () => {
    expect(namesIn('นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี')).toEqual(['ชาญวีรกูล']);
    expect(namesIn('นายกรัฐมนตรี เป็นประธาน นายอำเภอเมือง นายก อบต. นายจ้าง และลูกจ้าง')).toEqual([]);
    expect(namesIn('ประชุมคณะรัฐมนตรี ณ ทำเนียบรัฐบาล')).toEqual([]);
  });
});
