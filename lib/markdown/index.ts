/**
 * Markdown, the language of release bodies, turned into what pages and search need: sanitized HTML (`html.ts`),
 * plain text (`plain.ts`, for excerpts and the search index), a release's headings (`outline.ts`: the editor's own,
 * or its numbered agenda and items) and its body as a page shows it, with those headings and a contents list
 * (`release.ts`). All pure; `plain.ts` and `outline.ts` have no dependency but `lib/thai`.
 */
export { markdownExcess, markdownLimits, nestingDepth, renderMarkdown } from './html';
export { plainText } from './plain';
export { CONTENTS_MIN_HEADINGS, headingProblems, outlineRelease, type Outline, type OutlineHeading } from './outline';
export { CONTENTS_ID, renderReleaseBody, type SectionLabels } from './release';
