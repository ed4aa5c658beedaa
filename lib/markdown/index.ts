/**
 * Markdown, the language of release bodies, turned into what pages and search need: sanitized HTML (`html.ts`) and
 * plain text (`plain.ts`, for excerpts and the search index). Both pure; `plain.ts` has no dependency but
 * `lib/thai`.
 */
export { markdownExcess, markdownLimits, nestingDepth, renderMarkdown } from './html';
export { plainText } from './plain';
export { CONTENTS_MIN_HEADINGS, outlineRelease, type Outline, type OutlineHeading } from './outline';
export { CONTENTS_ID, renderReleaseBody, type SectionLabels } from './release';
