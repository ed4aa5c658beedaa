import type { Registry } from '../content';
import { normalizeThai } from '../thai';

/**
 * Other names releases use for an agency, besides the `th` and `short` names of `content/agencies.yaml`
 * (each measured in the corpus: `กระทรวง พม.` 9,810 times, `กระทรวงดีอี` 1,527, …). Only forms that can name
 * nothing else: a minister's title (`รมว.ดิจิทัลฯ`) or a bare abbreviation (`สธ.`) is not an agency name.
 */
export const AGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  mfa: ['กระทรวงต่างประเทศ'],
  msdhs: ['กระทรวงพัฒนาสังคมและความมั่นคงของมนุษย์', 'กระทรวง พม.'],
  mhesi: ['กระทรวง อว.'],
  moac: ['กระทรวงเกษตรและสกรณ์'],
  mnre: ['กระทรวงทรัพยากรธรรมชาติฯ'],
  mdes: ['กระทรวงดีอี', 'กระทรวงดิจิทัล'],
  moind: ['กระทรวงอุตฯ'],
  most: ['กระทรวงวิทย์ฯ'],
};

/**
 * `นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม`: the Prime Minister's second portfolio, which names the Prime
 * Minister, not the ministry, as the release's source (matched in whitespace-free text; a deputy PM's is kept).
 */
const PM_PORTFOLIO = /(?<!รอง)นายกรัฐมนตรี(?:และ)?รัฐมนตรีว่าการกระทรวง/g;

/** Finds the agency a release names. Built once per import from the registry; matching is a single regex. */
export interface AgencyFinder {
  /** The agency whose name is the whole line (an agency header such as `กระทรวงดิจิทัลฯ`), else undefined. */
  exact(line: string): string | undefined;
  /** The agency named first in the text (at one position the longest name wins; a PM's portfolio is skipped), else undefined. */
  first(text: string): string | undefined;
}

/** A name as a regex source, matched against text with its whitespace removed (so `กระทรวง อว.` = `กระทรวงอว.`). */
function namePattern(name: string): string {
  return squash(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds the finder from the registry's `th` and `short` names plus {@link AGENCY_ALIASES}.
 * @throws when an alias names an id the registry lacks (the registry and this table must agree)
 * @example agencyFinder(registry).first('นายอาคม รัฐมนตรีว่าการกระทรวงการคลัง เปิดเผย') // 'mof'
 */
export function agencyFinder(registry: Registry): AgencyFinder {
  const names: [name: string, id: string][] = [];
  for (const [id, entry] of Object.entries(registry)) {
    names.push([entry.th, id]);
    if (entry.short) names.push([entry.short, id]);
  }
  for (const [id, aliases] of Object.entries(AGENCY_ALIASES)) {
    if (!registry[id]) throw new Error(`agencies.yaml has no agency "${id}", which lib/import/agencies.ts gives aliases to: add it (th:, en:) or remove the aliases`);
    for (const alias of aliases) names.push([alias, id]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const idOf = new Map(names.map(([name, id]) => [squash(name), id]));
  const any = new RegExp(names.map(([name]) => namePattern(name)).join('|'));
  return {
    exact: (line) => idOf.get(squash(line)) ?? idOf.get(squash(line).replace(/ฯ$/, '')),
    first: (text) => {
      const found = any.exec(squash(text).replace(PM_PORTFOLIO, 'นายกรัฐมนตรี'));
      return found ? idOf.get(found[0]) : undefined;
    },
  };
}

/** The text with every whitespace removed, after lib/thai's invisible repairs. */
function squash(text: string): string {
  return normalizeThai(text).replace(/\s+/g, '');
}
