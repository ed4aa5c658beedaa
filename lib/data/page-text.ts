import type { Locale } from '../i18n/locales';

/**
 * The data page's words, in both languages (the same keys in each, checked by `satisfies`). `{name}` placeholders
 * are filled with `fill`.
 */
const en = {
  footerLink: 'Open data and API',
  title: 'Open data',
  description: 'Every release of the archive, in Thai and English, as files to download (JSON Lines and CSV, one pair a year) and as a read-only JSON API. Public domain.',
  lead: 'Every release this archive has published, in Thai and English, free to reuse: as files to download, one pair a year, and as a read-only JSON API.',
  filesHeading: 'Files',
  filesPublished: 'As published on {date}.',
  filesMissing: 'The files have not been written yet (npm run build:data writes them).',
  year: 'Year',
  jsonl: 'JSON Lines (gzip)',
  csv: 'CSV',
  rows: 'Rows',
  deletedFile: 'Releases deleted after publication, slug and date only, so a mirror can delete them too: {file} ({count}).',
  manifestFile: 'The manifest, which lists every file with its row count, size, SHA-256 and the time of the publication it reflects: {file}.',
  schemaFile: 'The JSON Schema of a row: {file}.',
  formatsHeading: 'What the files hold',
  formatRows: 'One row per release and language version (a release in Thai and English is two rows), newest first. Only what was published: no draft; a withdrawn release keeps its row with its withdrawal; a deleted one leaves the files.',
  formatJsonl: 'JSON Lines: one JSON object a line, UTF-8, compressed with gzip. Each day is a gzip member of its own, which every gzip reader (gzip -dc, Python’s gzip, pandas) reads as one stream.',
  formatCsv: 'CSV: UTF-8 with a byte-order mark, lines ended by CRLF, quoted as RFC 4180 asks, so that Excel opens Thai as Thai. An empty field is null; tags and updates are JSON text. Excel shows at most 32,767 characters in a cell: for the longest texts, use JSON Lines. Python’s csv module reads fields of up to 131,072 characters unless told otherwise: call csv.field_size_limit(2**31 - 1) first.',
  fieldsHeading: 'Fields',
  field: 'Field',
  type: 'Type',
  meaning: 'Meaning',
  verifyHeading: 'Verifying a download',
  verifyText: 'Compare the SHA-256 of the file you downloaded with its sha256 in the manifest, and its number of rows with rows:',
  verifyWindows: 'On Windows: certutil -hashfile {file} SHA256',
  updatesHeading: 'How often it changes',
  updatesText: 'The files are written again at each publication (a new, corrected, withdrawn or deleted release). Only the files of the years that changed are rewritten; each file’s publishedAt in the manifest says which publication it reflects.',
  licenceHeading: 'Licence',
  licenceText: 'Public domain. The releases are news of the day and official announcements of government agencies, which section 7 of the Thai Copyright Act B.E. 2537 (1994) excludes from copyright: copy, publish and adapt them freely.',
  provenanceText: 'Provenance: releases with a legacyId were imported from thaigov.go.th, from the texts the PyThaiNLP project collected (thaigov-corpus and thaigov-v2-corpus); sourceUrl is the original page. Releases written for this archive are public domain too.',
  apiHeading: 'API',
  apiText: 'The same rows over HTTP, as JSON, with filters (language, year, month, agency, category, updated since) and cursor pagination. Its OpenAPI 3.1 document: {document}.',
};

const th: typeof en = {
  footerLink: 'ข้อมูลเปิดและ API',
  title: 'ข้อมูลเปิด',
  description: 'ข่าวทุกข่าวของคลังข่าว ทั้งภาษาไทยและภาษาอังกฤษ เป็นไฟล์ให้ดาวน์โหลด (JSON Lines และ CSV ปีละหนึ่งชุด) และเป็น JSON API สำหรับอ่าน เป็นสาธารณสมบัติ',
  lead: 'ข่าวทุกข่าวที่คลังข่าวนี้เผยแพร่ ทั้งภาษาไทยและภาษาอังกฤษ นำไปใช้ต่อได้โดยเสรี ทั้งเป็นไฟล์ให้ดาวน์โหลดปีละหนึ่งชุด และเป็น JSON API สำหรับอ่าน',
  filesHeading: 'ไฟล์ข้อมูล',
  filesPublished: 'ตามที่เผยแพร่เมื่อ {date}',
  filesMissing: 'ยังไม่ได้สร้างไฟล์ (คำสั่ง npm run build:data สร้างไฟล์เหล่านี้)',
  year: 'ปี',
  jsonl: 'JSON Lines (gzip)',
  csv: 'CSV',
  rows: 'จำนวนแถว',
  deletedFile: 'ข่าวที่ลบหลังเผยแพร่ มีเพียง slug และวันที่ลบ เพื่อให้เว็บที่ทำสำเนาลบตามได้: {file} ({count})',
  manifestFile: 'รายการไฟล์ ซึ่งบอกจำนวนแถว ขนาด ค่า SHA-256 และเวลาของการเผยแพร่ที่ไฟล์นั้นสะท้อน: {file}',
  schemaFile: 'JSON Schema ของแถวข้อมูล: {file}',
  formatsHeading: 'ไฟล์มีอะไรบ้าง',
  formatRows: 'หนึ่งแถวต่อหนึ่งข่าวต่อหนึ่งภาษา (ข่าวที่มีทั้งภาษาไทยและภาษาอังกฤษเป็นสองแถว) เรียงจากใหม่ไปเก่า มีเฉพาะข่าวที่เผยแพร่แล้ว: ไม่มีฉบับร่าง ข่าวที่ถอนแล้วยังอยู่พร้อมข้อมูลการถอน ส่วนข่าวที่ลบแล้วจะไม่อยู่ในไฟล์',
  formatJsonl: 'JSON Lines: หนึ่งบรรทัดคือหนึ่งออบเจกต์ JSON เข้ารหัส UTF-8 บีบอัดด้วย gzip แต่ละวันเป็น gzip member แยกกัน ซึ่งโปรแกรมอ่าน gzip ทุกตัว (gzip -dc, โมดูล gzip ของ Python, pandas) อ่านต่อกันเป็นไฟล์เดียว',
  formatCsv: 'CSV: UTF-8 มี byte-order mark ขึ้นบรรทัดด้วย CRLF และใส่เครื่องหมายคำพูดตาม RFC 4180 เพื่อให้ Excel เปิดภาษาไทยได้ถูกต้อง ช่องว่างคือ null ส่วน tags และ updates เป็นข้อความ JSON ทั้งนี้ Excel แสดงได้ไม่เกิน 32,767 ตัวอักษรต่อช่อง ข่าวที่ยาวมากควรอ่านจาก JSON Lines ส่วนโมดูล csv ของ Python อ่านได้ไม่เกิน 131,072 ตัวอักษรต่อช่อง เว้นแต่จะเรียก csv.field_size_limit(2**31 - 1) ก่อน',
  fieldsHeading: 'รายการฟิลด์',
  field: 'ฟิลด์',
  type: 'ชนิด',
  meaning: 'ความหมาย',
  verifyHeading: 'ตรวจสอบไฟล์ที่ดาวน์โหลด',
  verifyText: 'เทียบค่า SHA-256 ของไฟล์ที่ดาวน์โหลดกับค่า sha256 ในรายการไฟล์ และจำนวนแถวกับค่า rows:',
  verifyWindows: 'บน Windows: certutil -hashfile {file} SHA256',
  updatesHeading: 'ความถี่ในการปรับปรุง',
  updatesText: 'ไฟล์จะถูกเขียนใหม่ทุกครั้งที่มีการเผยแพร่ (ข่าวใหม่ ข่าวที่แก้ไข ถอน หรือลบ) โดยเขียนใหม่เฉพาะไฟล์ของปีที่มีการเปลี่ยนแปลง ค่า publishedAt ของแต่ละไฟล์ในรายการไฟล์บอกว่าไฟล์นั้นตรงกับการเผยแพร่ครั้งใด',
  licenceHeading: 'สัญญาอนุญาต',
  licenceText: 'เป็นสาธารณสมบัติ ข่าวเหล่านี้เป็นข่าวประจำวันและประกาศของหน่วยงานของรัฐ ซึ่งมาตรา 7 แห่งพระราชบัญญัติลิขสิทธิ์ พ.ศ. 2537 ไม่ถือเป็นงานอันมีลิขสิทธิ์ จึงคัดลอก เผยแพร่ และดัดแปลงได้โดยเสรี',
  provenanceText: 'ที่มา: ข่าวที่มี legacyId นำเข้าจาก thaigov.go.th จากข้อความที่โครงการ PyThaiNLP รวบรวมไว้ (thaigov-corpus และ thaigov-v2-corpus) ค่า sourceUrl คือหน้าต้นฉบับ ข่าวที่เขียนขึ้นสำหรับคลังข่าวนี้ก็เป็นสาธารณสมบัติเช่นกัน',
  apiHeading: 'API',
  apiText: 'ข้อมูลแถวเดียวกันผ่าน HTTP เป็น JSON พร้อมตัวกรอง (ภาษา ปี เดือน หน่วยงาน หมวดข่าว และวันที่เปลี่ยนแปลง) และการแบ่งหน้าด้วย cursor เอกสาร OpenAPI 3.1: {document}',
};

export type DataPageText = typeof en;

/** The data page's words in `lang`. */
export function dataPageText(lang: Locale): DataPageText {
  return lang === 'th' ? th : en;
}
