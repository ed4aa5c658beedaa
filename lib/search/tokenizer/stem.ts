import { stem as porter2 } from 'porter2';

/**
 * An English word's stem by the Snowball English ("Porter2") stemmer, the one search engines use: word forms of one
 * stem are one term (`visited` and `visiting` → `visit`, `defending` → `defend`). A possessive `'s` is dropped
 * first; words with digits or other letters, and words of one or two letters, are left as they are.
 * @example stem('ministries') // 'ministri'
 */
export function stem(word: string): string {
  const base = word.replace(/['’]s$/, '');
  return base.length < 3 || !/^[a-z]+$/.test(base) ? base : porter2(base);
}
