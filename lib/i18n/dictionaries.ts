import type { Locale } from './locales';

/** Thai UI strings: the reference set of keys. */
const th = {
  siteName: 'ข่าวรัฐบาลไทย',
  siteTagline: 'คลังข่าวประชาสัมพันธ์ของรัฐบาล',
  skipToContent: 'ข้ามไปยังเนื้อหา',
  home: 'หน้าแรก',
  news: 'ข่าว',
  latestNews: 'ข่าวล่าสุด',
  mainNavigation: 'เมนูหลัก',
  published: 'เผยแพร่',
  updated: 'ปรับปรุง',
  agency: 'หน่วยงาน',
  category: 'หมวดข่าว',
  tags: 'แท็ก',
  source: 'ที่มา',
  readInOther: 'Read in English',
  otherLanguageName: 'English',
  thaiOnlyNotice: 'ข่าวนี้เผยแพร่เป็นภาษาไทยเท่านั้น',
  thaiOnlyLabel: 'ภาษาไทยเท่านั้น',
  readThaiText: 'อ่านฉบับภาษาไทย',
  digitsToggle: 'ตัวเลขไทย',
  digitsToggleLabel: 'แสดงวันที่และตัวเลขของเว็บไซต์เป็นเลขไทย',
  notFoundTitle: 'ไม่พบหน้าที่ต้องการ',
  notFoundText: 'หน้านี้อาจถูกย้ายหรือไม่มีอยู่ ลองค้นหาหรืออ่านข่าวล่าสุดด้านล่าง',
  footerNote: 'ข้อความข่าวเป็นสาธารณสมบัติตามมาตรา 7 แห่งพระราชบัญญัติลิขสิทธิ์ พ.ศ. 2537',
} as const;

export type Messages = { readonly [K in keyof typeof th]: string };

/** English UI strings: the type makes a key missing here (or one Thai lacks) a compile error. */
const en: Messages = {
  siteName: 'Thai Government News',
  siteTagline: 'Archive of Royal Thai Government press releases',
  skipToContent: 'Skip to content',
  home: 'Home',
  news: 'News',
  latestNews: 'Latest news',
  mainNavigation: 'Main navigation',
  published: 'Published',
  updated: 'Updated',
  agency: 'Agency',
  category: 'Category',
  tags: 'Tags',
  source: 'Source',
  readInOther: 'อ่านภาษาไทย',
  otherLanguageName: 'ไทย',
  thaiOnlyNotice: 'This release was published in Thai only; no English translation exists. Its details are given below in English.',
  thaiOnlyLabel: 'Thai only',
  readThaiText: 'Read the Thai text',
  digitsToggle: 'Thai digits',
  digitsToggleLabel: 'Show the site’s dates and numbers in Thai digits',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page may have moved or never existed. Try a search, or read the latest news below.',
  footerNote: 'Press release texts are in the public domain under section 7 of the Thai Copyright Act B.E. 2537 (1994).',
};

const dictionaries: Record<Locale, Messages> = { th, en };

/** The UI strings of one language. */
export function messages(lang: Locale): Messages {
  return dictionaries[lang];
}
