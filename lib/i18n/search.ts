import type { Locale } from './locales';

/**
 * UI strings of search (the header's search box and the search page), typed like `dictionaries.ts`: a key missing
 * in English, or one Thai lacks, is a compile error. `{name}` placeholders are filled by `fill` (./fill).
 */
const th = {
  searchLabel: 'ค้นหาทั้งเว็บไซต์',
  searchButton: 'ค้นหา',
  searchTitle: 'ค้นหาข่าว',
  searchFormLabel: 'ค้นหาและกรองข่าว',
  searchQueryLabel: 'คำค้น',
  searchHint: 'พิมพ์คำภาษาไทยหรืออังกฤษ ปี พ.ศ. หรือ ค.ศ. ด้วยเลขไทยหรือเลขอารบิกก็ได้',
  searchAgency: 'หน่วยงาน',
  searchAnyAgency: 'ทุกหน่วยงาน',
  searchCategory: 'หมวดข่าว',
  searchAnyCategory: 'ทุกหมวดข่าว',
  searchYear: 'ปี',
  searchAnyYear: 'ทุกปี',
  searchYearValue: 'พ.ศ. {year}',
  searchSort: 'เรียงตาม',
  searchSortRelevance: 'ตรงกับคำค้นมากที่สุด',
  searchSortDate: 'ข่าวใหม่ล่าสุดก่อน',
  searchClearFilters: 'ล้างตัวกรอง',
  searchCount: 'พบ {count} ข่าว',
  searchCountOne: 'พบ {count} ข่าว',
  searchCountFor: 'พบ {count} ข่าวที่ตรงกับ “{q}”',
  searchCountForOne: 'พบ {count} ข่าวที่ตรงกับ “{q}”',
  searchPageOf: 'หน้า {page} จาก {pages}',
  searchSearching: 'กำลังค้นหา…',
  searchPrompt: 'พิมพ์คำที่ต้องการค้นหาแล้วกด “ค้นหา” หรือเลือกหน่วยงาน หมวดข่าว หรือปี เพื่อดูข่าวทั้งหมดของตัวเลือกนั้น',
  searchNothingFor: 'ไม่พบข่าวที่ตรงกับ “{q}”',
  searchNothing: 'ไม่พบข่าวตามตัวกรองที่เลือก',
  searchTry: 'ลองวิธีต่อไปนี้',
  searchTryFewerWords: 'ใช้คำให้น้อยลงหรือกว้างขึ้น ทุกคำที่พิมพ์ต้องปรากฏในข่าว',
  searchTrySpelling: 'ตรวจตัวสะกด สระ และวรรณยุกต์',
  searchTryWithoutFilters: 'ค้นหาโดยไม่ใช้ตัวกรอง',
  searchTryOtherLanguage: 'ค้นหาคำนี้ในฉบับภาษาอังกฤษ',
  searchResults: 'ผลการค้นหา',
  searchPages: 'หน้าผลการค้นหา',
  searchPrevious: 'หน้าก่อนหน้า',
  searchNext: 'หน้าถัดไป',
  searchFailed: 'ค้นหาไม่สำเร็จ กรุณาลองอีกครั้ง',
  searchNeedsScript: 'การค้นหาต้องใช้ JavaScript หากปิดไว้ ยังดูข่าวตามปี หมวดข่าว หรือหน่วยงานได้จากเมนูด้านบน',
  searchOtherLanguageOnly: 'ภาษาอังกฤษเท่านั้น',
  searchWithdrawn: 'ถอนแล้ว',
} as const;

export type SearchMessages = { readonly [K in keyof typeof th]: string };

const en: SearchMessages = {
  searchLabel: 'Site search',
  searchButton: 'Search',
  searchTitle: 'Search news',
  searchFormLabel: 'Search and filter news',
  searchQueryLabel: 'Search for',
  searchHint: 'Words in English or Thai; years in either era (2018 or 2561), in Arabic or Thai digits.',
  searchAgency: 'Agency',
  searchAnyAgency: 'All agencies',
  searchCategory: 'Category',
  searchAnyCategory: 'All categories',
  searchYear: 'Year',
  searchAnyYear: 'All years',
  searchYearValue: '{year}',
  searchSort: 'Sort by',
  searchSortRelevance: 'Best match',
  searchSortDate: 'Newest first',
  searchClearFilters: 'Clear filters',
  searchCount: '{count} results',
  searchCountOne: '{count} result',
  searchCountFor: '{count} results for “{q}”',
  searchCountForOne: '{count} result for “{q}”',
  searchPageOf: 'page {page} of {pages}',
  searchSearching: 'Searching…',
  searchPrompt: 'Type what you are looking for and press “Search”, or pick an agency, category or year to see all its releases.',
  searchNothingFor: 'No releases match “{q}”',
  searchNothing: 'No releases match these filters',
  searchTry: 'You could try',
  searchTryFewerWords: 'fewer or more general words: every word you type must appear in a release',
  searchTrySpelling: 'checking the spelling',
  searchTryWithoutFilters: 'the same search without filters',
  searchTryOtherLanguage: 'searching in Thai: most releases were published in Thai only',
  searchResults: 'Results',
  searchPages: 'Result pages',
  searchPrevious: 'Previous page',
  searchNext: 'Next page',
  searchFailed: 'The search failed. Please try again.',
  searchNeedsScript: 'Search needs JavaScript. Without it you can still browse news by year, category or agency from the menu above.',
  searchOtherLanguageOnly: 'Thai only',
  searchWithdrawn: 'Withdrawn',
};

const dictionaries: Record<Locale, SearchMessages> = { th, en };

/** The search UI strings of one language. */
export function searchMessages(lang: Locale): SearchMessages {
  return dictionaries[lang];
}
