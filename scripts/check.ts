/**
 * `npm run check`: validate every content file without building. Prints each problem as `file:line: message`
 * and exits non-zero when there is any, exactly as the build would fail.
 */
import { contentCacheFile, contentRoot, formatContentError, loadArchive } from '../lib/content';

const { archive, errors } = loadArchive(contentRoot(), { cacheFile: contentCacheFile() });
for (const error of errors) console.error(formatContentError(error));
if (errors.length) {
  console.error(`\n${errors.length} problem(s) found; nothing can be published until they are fixed.`);
  process.exit(1);
}
const translated = archive.stories.filter((story) => story.en).length;
console.log(`content OK: ${archive.stories.length} stories (${translated} with an English translation)`);
