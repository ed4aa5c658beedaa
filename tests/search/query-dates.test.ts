import { describe, expect, it } from 'vitest';
import { queryDates } from '../../lib/search/query/dates';
import { withoutQuestionWords } from '../../lib/search/query/question-words';

const isoOf = (query: string) => queryDates(query).dates.map((date) => date.iso);

describe('queryDates', () => {
  it('reads a date in the forms Thai readers type, and leaves the other words', () => {
    expect(queryDates('ครม. 21 มี.ค. 66')).toEqual({
      dates: [{ text: '21 มี.ค. 66', iso: '2023-03-21', day: 19437, written: '21 มีนาคม 2566', short: ['21 มี.ค. 66', '21 มี.ค. 2566'] }],
      rest: 'ครม.',
    });
    expect(isoOf('3/10/65')).toEqual(['2022-10-03']);
    expect(isoOf('๔ ก.ย. ๖๕')).toEqual(['2022-09-04']);
    expect(isoOf('ประชุม ครม 24 มกราคม 2560')).toEqual(['2017-01-24']);
    expect(isoOf('ครม. 26 ธ.ค. 2017')).toEqual(['2017-12-26']);
    expect(isoOf('สลาก 18/7/2566')).toEqual(['2023-07-18']);
    expect(isoOf('10 ต.ค. พ.ศ. 2567')).toEqual(['2024-10-10']);
    expect(isoOf('มาเลเซีย 11 พฤศจิกายน 67')).toEqual(['2024-11-11']);
  });

  it('leaves as words a date with no year, a day no calendar has, and numbers that are no date', () => {
    expect(queryDates('VAT 7% ถึง 30 กันยายน')).toEqual({ dates: [], rest: 'VAT 7% ถึง 30 กันยายน' });
    expect(queryDates('ภูเก็ต ๒๕๖๑ ๔ ก.ย. ๖๕')).toEqual(expect.objectContaining({ rest: 'ภูเก็ต ๒๕๖๑' }));
    expect(isoOf('31 ก.พ. 66')).toEqual([]);
    expect(isoOf('ข้อ 3/2567')).toEqual([]);
    expect(isoOf('1.5/10/65')).toEqual([]);
  });
});

describe('withoutQuestionWords', () => {
  it('leaves out question words, both halves of those the segmenter cuts in two', () => {
    expect(withoutQuestionWords('คนแก่ได้เงินเพิ่มไหม')).toBe('คนแก่ได้เงินเพิ่ม');
    expect(withoutQuestionWords('ค่าแรงขั้นต่ำขึ้นเท่าไหร่')).toBe('ค่าแรงขั้นต่ำขึ้น');
    expect(withoutQuestionWords('โดนหลอกออนไลน์ ทำยังไง')).toBe('โดนหลอกออนไลน์ ทำ');
    expect(withoutQuestionWords('ฆ่าเชื้อได้หรือไม่')).toBe('ฆ่าเชื้อ');
    expect(withoutQuestionWords('รถไฟไปอู่ตะเภาเริ่มเมื่อไหร่')).toBe('รถไฟไปอู่ตะเภาเริ่ม');
  });

  it('leaves out the words that make a question phrase with a question word, and the classifier after กี่', () => {
    expect(withoutQuestionWords('ลอยกระทงปีนี้ ใช้กระทงแบบไหนดี')).toBe('ลอยกระทงปีนี้ ใช้กระทง ดี');
    expect(withoutQuestionWords('เด็กจบใหม่ หางานได้ที่ไหน')).toBe('เด็กจบใหม่ หางาน');
    expect(withoutQuestionWords('ไปที่ไหนดี')).toBe('ไป ดี');
    expect(withoutQuestionWords('คนเจ็บ อาการเป็นยังไง')).toBe('คนเจ็บ อาการ');
    expect(withoutQuestionWords('น้ำท่วม พักหนี้ ได้ไหม')).toBe('น้ำท่วม พักหนี้');
    expect(withoutQuestionWords('สร้างโบสถ์คาทอลิกใหม่กี่แห่ง')).toBe('สร้างโบสถ์คาทอลิกใหม่');
  });

  it('keeps a negation, ยัง alone, and a query of question words only', () => {
    expect(withoutQuestionWords('ยังไม่ได้รับเงิน')).toBe('ยังไม่ได้รับเงิน');
    expect(withoutQuestionWords('อะไร')).toBe('อะไร');
  });
});
