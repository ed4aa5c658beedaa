/**
 * A light English stemmer (Harman's "S" stemmer, with `-sses -xes -ches -shes -zes` added): plurals and
 * possessives only, so that "ministers" finds "minister" without the surprises of a full stemmer.
 * @example stem('ministries') // 'ministry'
 */
export function stem(word: string): string {
  const base = word.replace(/['’]s$/, '');
  if (base.length < 4 || !/^[a-z]+$/.test(base)) return base;
  if (base.endsWith('ies') && !/[ae]ies$/.test(base)) return `${base.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|z)es$/.test(base)) return base.slice(0, -2);
  if (base.endsWith('es') && !/[aeo]es$/.test(base)) return base.slice(0, -1);
  if (base.endsWith('s') && !/[uis]s$/.test(base)) return base.slice(0, -1);
  return base;
}
