import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

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
