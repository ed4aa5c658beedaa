import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderReleaseBody } from '@/lib/markdown';
import { messages } from '@/lib/i18n/dictionaries';

const body = (name: string) => matter(readFileSync(`tests/fixtures/sections/${name}`, 'utf8')).content;
const thai = messages('th');
const count = (text: string, part: string) => text.split(part).length - 1;

const summary = [
  'คำนำ',
  '',
  'กฎหมาย',
  '',
  '1. เรื่อง ร่างกฎหมาย ก',
  '',
  '2. เรื่อง ร่างกฎหมาย *ข*',
  '',
  'แต่งตั้ง',
  '',
  '3. เรื่อง การแต่งตั้ง ค',
  '',
  'กฎหมาย',
  '',
  '1. เรื่อง ร่างกฎหมาย ก',
  '',
  'ข้อความของเรื่องที่หนึ่ง',
  '',
  '2. เรื่อง ร่างกฎหมาย *ข*',
  '',
  'ข้อความของเรื่องที่สอง',
  '',
  '3. เรื่อง การแต่งตั้ง ค',
  '',
  'ข้อความของเรื่องที่สาม',
].join('\n');

describe('renderReleaseBody', () => {
  it('puts the contents list in the place of the agenda, heads each section and links each item back to the list', () => {
    expect(renderReleaseBody(summary, thai)).toBe(
      [
        '<p>คำนำ</p>',
        '<nav class="contents" id="contents" aria-labelledby="contents-heading">',
        '<h2 id="contents-heading">สารบัญ</h2>',
        '<ol>',
        '<li><a class="contents__group" href="#part-1"><span class="contents__title">กฎหมาย</span></a>',
        '<ol>',
        '<li><a class="contents__entry" href="#item-1"><span class="contents__number">1.</span> <span class="contents__title">ร่างกฎหมาย ก</span></a></li>',
        '<li><a class="contents__entry" href="#item-2"><span class="contents__number">2.</span> <span class="contents__title">ร่างกฎหมาย <em>ข</em></span></a></li>',
        '</ol>',
        '</li>',
        '<li><a class="contents__group" href="#part-2"><span class="contents__title">แต่งตั้ง</span></a>',
        '<ol>',
        '<li><a class="contents__entry" href="#item-3"><span class="contents__number">3.</span> <span class="contents__title">การแต่งตั้ง ค</span></a></li>',
        '</ol>',
        '</li>',
        '</ol>',
        '</nav>',
        '<section class="release-section">',
        '<h2 id="part-1" class="section-heading"><a href="#part-1">กฎหมาย</a></h2>',
        '</section>',
        '<section class="release-section">',
        '<h3 id="item-1" class="section-heading"><a href="#item-1">1. เรื่อง ร่างกฎหมาย ก</a></h3>',
        '<p>ข้อความของเรื่องที่หนึ่ง</p>',
        '<p class="to-contents"><a href="#contents">↑ กลับไปที่สารบัญ</a></p>',
        '</section>',
        '<section class="release-section">',
        '<h3 id="item-2" class="section-heading"><a href="#item-2">2. เรื่อง ร่างกฎหมาย <em>ข</em></a></h3>',
        '<p>ข้อความของเรื่องที่สอง</p>',
        '<p class="to-contents"><a href="#contents">↑ กลับไปที่สารบัญ</a></p>',
        '</section>',
        '<section class="release-section">',
        '<h2 id="part-2" class="section-heading"><a href="#part-2">แต่งตั้ง</a></h2>',
        '</section>',
        '<section class="release-section">',
        '<h3 id="item-3" class="section-heading"><a href="#item-3">3. เรื่อง การแต่งตั้ง ค</a></h3>',
        '<p>ข้อความของเรื่องที่สาม</p>',
        '<p class="to-contents"><a href="#contents">↑ กลับไปที่สารบัญ</a></p>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  it('gives fewer than five headings their ids but no contents list', () => {
    const short = '1. เรื่อง ร่างกฎหมาย ก\n\n2. เรื่อง ร่างกฎหมาย ข\n\n1. เรื่อง ร่างกฎหมาย ก\n\nข้อความ ก\n\n2. เรื่อง ร่างกฎหมาย ข\n\nข้อความ ข';
    expect(renderReleaseBody(short, messages('en'))).toBe(
      [
        '<section class="release-section">',
        '<h2 id="item-1" class="section-heading"><a href="#item-1">1. เรื่อง ร่างกฎหมาย ก</a></h2>',
        '<p>ข้อความ ก</p>',
        '</section>',
        '<section class="release-section">',
        '<h2 id="item-2" class="section-heading"><a href="#item-2">2. เรื่อง ร่างกฎหมาย ข</a></h2>',
        '<p>ข้อความ ข</p>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  it('renders a body without headings exactly as renderMarkdown does', () => {
    const text = 'ย่อหน้าแรก\nบรรทัดที่สอง\n\n1. ข้อหนึ่ง\n2. ข้อสอง';
    expect(renderReleaseBody(text, thai)).toBe(renderMarkdown(text));
  });

  it('sanitizes a heading an editor wrote as it sanitizes the body, and keeps only the text of a link in it', () => {
    expect(renderReleaseBody('## <img src=x onerror=alert(1)> [ที่มา](javascript:alert(1)) *ด่วน*', thai)).toBe(
      '<section class="release-section">\n<h2 id="part-1" class="section-heading"><a href="#part-1"> ที่มา <em>ด่วน</em></a></h2>\n</section>\n',
    );
  });

  it('shows the largest summary once: its agenda becomes the contents list, every link has its target', () => {
    const text = body('2023-03-01-65574.th.md');
    const html = renderReleaseBody(text, thai);
    // renderMarkdown alone shows the 68 agenda entries as list items, then 58 of their repeats as lists of one item
    // (ten have too many spaces after the number to be one).
    const subjects = /<li>\s*(?:<p>|<pre><code>)?\s*เรื่อง/g;
    expect(renderMarkdown(text).match(subjects)?.length).toBe(126);
    expect(html.match(subjects)).toBeNull();
    expect(html.slice(0, html.indexOf('<nav')).match(/<p>/g)?.length).toBe(4);
    expect(html).toContain('</nav>\n<section class="release-section">\n<h2 id="part-1" class="section-heading"><a href="#part-1">กฎหมาย</a></h2>\n</section>\n<section class="release-section">\n<h3 id="item-1"');
    expect([count(html, '<nav class="contents"'), count(html, '<h3 id="item-'), count(html, '<h2 id="part-'), count(html, 'class="to-contents"')]).toEqual([1, 68, 4, 68]);
    // Each heading opens a section that holds its text up to the next heading.
    expect([count(html, '<section class="release-section">\n<h'), count(html, '</section>\n')]).toEqual([72, 72]);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id!);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
    expect(html.indexOf('<nav class="contents"')).toBeLessThan(html.indexOf('<h2 id="part-1"'));
  });

  it('puts the contents list first, and keeps the agenda, when the text stops before its last items', () => {
    const html = renderReleaseBody(body('2020-05-19-31114.th.md'), thai);
    expect(html.startsWith('<nav class="contents" id="contents"')).toBe(true);
    const agenda = html.slice(html.indexOf('</nav>'));
    expect(agenda).toContain('การแต่งตั้งข้าราชการให้ดำรงตำแหน่งประเภทบริหาร');
    expect(html.slice(0, html.indexOf('</nav>'))).not.toContain('การแต่งตั้งข้าราชการให้ดำรงตำแหน่งประเภทบริหาร');
  });

  it('heads the Title: items of an English synopsis, in English', () => {
    const html = renderReleaseBody(body('2021-07-06-43490.en.md'), messages('en'));
    expect(html).toContain('<h2 id="item-7" class="section-heading"><a href="#item-7">“Im Jai” loan scheme</a></h2>');
    expect(html).toContain('<li><a href="#item-7"><span class="contents__title">“Im Jai” loan scheme</span></a></li>');
    expect(html).toContain('<h2 id="contents-heading">Contents</h2>');
    expect(count(html, '<p class="to-contents"><a href="#contents">↑ Back to contents</a></p>')).toBe(12);
  });
});
