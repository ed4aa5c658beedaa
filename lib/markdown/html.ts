import { remark } from 'remark';
import remarkBreaks from 'remark-breaks';
import remarkHtml from 'remark-html';

const processor = remark().use(remarkBreaks).use(remarkHtml, { sanitize: true });

/**
 * Markdown → safe HTML. remark-html's default sanitizer (GitHub's schema) drops raw HTML such as `<script>`, event
 * handler attributes and `javascript:` links; remark-breaks keeps each line break of Thai text, and blank lines make
 * paragraphs.
 * @example renderMarkdown('ย่อหน้าแรก\nบรรทัดที่สอง') // '<p>ย่อหน้าแรก<br>\nบรรทัดที่สอง</p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
