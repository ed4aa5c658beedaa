/**
 * `npm run check [-- --report]`: validate every content file without building. Prints each problem as
 * `file:line: message` and exits non-zero when there is any, exactly as the build would fail. `--report` adds the
 * editor's report: releases per year by language, and translations older than a correction of their original.
 */
import { parseArgs } from 'node:util';
import { contentCacheFile, contentRoot, formatContentError, loadArchive } from '../lib/content';
import { editorReport, formatEditorReport } from '../lib/content/report';

const { values } = parseArgs({ options: { report: { type: 'boolean', default: false } } });

const { archive, errors } = loadArchive(contentRoot(), { cacheFile: contentCacheFile() });
for (const error of errors) console.error(formatContentError(error));
if (errors.length) {
  console.error(`\n${errors.length} problem(s) found; nothing can be published until they are fixed.`);
  process.exit(1);
}
const translated = archive.stories.filter((story) => story.en).length;
console.log(`content OK: ${archive.stories.length} stories (${translated} with an English translation)`);
if (values.report) console.log(['', ...formatEditorReport(editorReport(archive))].join('\n'));
