/**
 * `npm run new -- --title "…" [--lang th|en] [--date YYYY-MM-DD] [--agency id] [--category id] [--translation-of slug]`:
 * start a release file with valid front matter at the right path, print its path. Never overwrites a file.
 */
import { command, fail, usageError } from '../lib/cli';
import { contentRoot } from '../lib/content';
import { bangkokToday, writeNewRelease } from '../lib/content/scaffold';
import { isIsoDate } from '../lib/thai';

const cli = command({
  usage: 'usage: npm run new -- --title "…" [--lang th|en] [--date YYYY-MM-DD] [--agency id] [--category id] [--translation-of <slug>]',
  options: {
    title: { type: 'string' },
    lang: { type: 'string' },
    date: { type: 'string' },
    agency: { type: 'string' },
    category: { type: 'string' },
    'translation-of': { type: 'string' },
  },
});
const { values } = cli;
const lang = values.lang ?? (values['translation-of'] ? 'en' : 'th');
const title = values.title?.trim() || usageError('--title is required');
if (lang !== 'th' && lang !== 'en') usageError(`--lang ${lang}: write th or en`);
const date = values.date ?? bangkokToday();
if (!isIsoDate(date)) usageError(`--date ${date}: write YYYY-MM-DD, e.g. 2026-12-01`);
try {
  const file = writeNewRelease(contentRoot(), {
    title,
    lang,
    date,
    ...(values.agency && { agency: values.agency }),
    ...(values.category && { category: values.category }),
    ...(values['translation-of'] && { translationOf: values['translation-of'] }),
  });
  console.log(file);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
