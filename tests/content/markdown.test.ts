import { describe, expect, it } from 'vitest';
import { markdownLimits, nestingDepth, renderMarkdown } from '@/lib/markdown';

describe('renderMarkdown', () => {
  it('keeps Thai paragraphs and line breaks, and Thai digits as written', () => {
    expect(renderMarkdown('ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑\nณ เมืองอูบุด\n\nย่อหน้าที่สอง')).toBe(
      '<p>ระหว่างวันที่ ๕-๖ ธันวาคม ๒๕๖๑<br>\nณ เมืองอูบุด</p>\n<p>ย่อหน้าที่สอง</p>\n',
    );
  });

  it('drops a <script> tag', () => {
    const html = renderMarkdown('ข่าว\n\n<script>alert("x")</script>\n\nจบ');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('alert');
    expect(html).toContain('<p>จบ</p>');
  });

  it('drops an onerror= attribute', () => {
    const html = renderMarkdown('ภาพ <img src="x.png" onerror="alert(1)"> และ ![ภาพ](x.png)');
    expect(html).not.toMatch(/onerror/i);
    expect(html).toContain('<img src="x.png" alt="ภาพ">');
  });

  it('drops a javascript: link but keeps its text', () => {
    const html = renderMarkdown('[กดที่นี่](javascript:alert(1)) หรือ <a href="javascript:alert(2)">ที่นี่</a>');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('กดที่นี่');
  });
});

describe('renderMarkdown past its limits', () => {
  it('shows a list nested 1,000 deep as escaped plain text instead of overflowing the stack', () => {
    expect(renderMarkdown(`ก่อน\n\n${'- '.repeat(1000)}<b>x</b>`)).toBe(`<p>ก่อน</p>\n<p>${'- '.repeat(1000)}&#60;b&#62;x&#60;/b&#62;</p>\n`);
  });

  it('shows 5,000 nested emphasis markers and 300 nested images as plain text', () => {
    expect(renderMarkdown(`${'*'.repeat(5000)}x${'*'.repeat(5000)}`)).toBe(`<p>${'*'.repeat(5000)}x${'*'.repeat(5000)}</p>\n`);
    const images = `${'!['.repeat(300)}x${'](a.png)'.repeat(300)}`;
    expect(renderMarkdown(images)).toBe(`<p>${images}</p>\n`);
  });

  it('shows a body over 400,000 characters as plain paragraphs with line breaks', () => {
    const long = 'ก'.repeat(markdownLimits.chars);
    expect(renderMarkdown(`**${long}**\nต่อ\n\n[ลิงก์](javascript:x)`)).toBe(`<p>**${long}**<br>\nต่อ</p>\n<p>[ลิงก์](javascript:x)</p>\n`);
  });

  it('removes control and bidi-override characters', () => {
    expect(renderMarkdown('ก\u0000ข\u001B\u000Bค\u202Eง\u0085')).toBe('<p>กขคง</p>\n');
  });

  it('renders lists and quotes 16 deep as Markdown', () => {
    const html = renderMarkdown(`${'> '.repeat(8)}${'- '.repeat(8)}x`);
    expect(html.match(/<blockquote>/g)).toHaveLength(8);
    expect(html.match(/<li>/g)).toHaveLength(8);
  });
});

describe('nestingDepth', () => {
  it('counts container markers and indentation of two columns', () => {
    expect(nestingDepth('> - 1. x')).toBe(3);
    expect(nestingDepth('    - x')).toBe(3);
    expect(nestingDepth('-x')).toBe(0);
    expect(nestingDepth('2018. ปี')).toBe(1);
    expect(nestingDepth('ข้อความ - ต่อ')).toBe(0);
  });
});
