/**
 * `npm run new -- --title "…" [--lang th|en] [--date YYYY-MM-DD] [--agency id] [--category id] [--translation-of slug]`:
 * start a release file with valid front matter at the right path, print its path. Never overwrites a file.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/content';
import { bangkokToday, writeNewRelease } from '../lib/content/scaffold';
import { isIsoDate } from '../lib/thai';

const usage = 'usage: npm run new -- --title "…" [--lang th|en] [--date YYYY-MM-DD] [--agency id] [--category id] [--translation-of <slug>]';
try {
  const { values } = parseArgs({
    options: {
      title: { type: 'string' },
      lang: { type: 'string' },
      date: { type: 'string' },
      agency: { type: 'string' },
      category: { type: 'string' },
      'translation-of': { type: 'string' },
    },
  });
  const lang = values.lang ?? (values['translation-of'] ? 'en' : 'th');
  if (!values.title?.trim()) throw new Error(`--title is required\n${usage}`);
  if (lang !== 'th' && lang !== 'en') throw new Error(`--lang ${lang}: write th or en`);
  const date = values.date ?? bangkokToday();
  if (!isIsoDate(date)) throw new Error(`--date ${date}: write YYYY-MM-DD, e.g. 2026-12-01`);
  const file = writeNewRelease(contentRoot(), {
    title: values.title.trim(),
    lang,
    date,
    ...(values.agency && { agency: values.agency }),
    ...(values.category && { category: values.category }),
    ...(values['translation-of'] && { translationOf: values['translation-of'] }),
  });
  console.log(file);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
