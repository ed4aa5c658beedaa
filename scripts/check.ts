/**
 * `npm run check [-- --report]`: validate every content file without building. Prints each problem as
 * `file:line: message` and exits non-zero when there is any, exactly as the build would fail. `--report` adds the
 * editor's report: releases per year by language, and translations older than a correction of their original.
 */
import { command, fail } from '../lib/cli';
import { contentCacheFile, contentRoot, formatContentError, loadArchive } from '../lib/content';
import { editorReport, formatEditorReport } from '../lib/content/report';

const { values } = command({ usage: 'usage: npm run check [-- --report]', options: { report: { type: 'boolean', default: false } } });

const { archive, errors } = loadArchive(contentRoot(), { cacheFile: contentCacheFile() });
for (const error of errors) console.error(formatContentError(error));
if (errors.length) fail(`\n${errors.length} problem(s) found; nothing can be published until they are fixed.`);
const paired = archive.stories.filter((story) => story.th && story.en).length;
const englishOnly = archive.stories.filter((story) => !story.th).length;
const thaiOnly = archive.stories.length - paired - englishOnly;
console.log(`content OK: ${archive.stories.length} stories: ${thaiOnly} Thai only, ${englishOnly} English only, ${paired} in both languages`);
if (values.report) console.log(['', ...formatEditorReport(editorReport(archive))].join('\n'));
