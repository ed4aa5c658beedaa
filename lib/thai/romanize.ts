import { normalizeThai } from './normalize';

/**
 * Romanization of Thai words by the Royal Thai General System of Transcription (RTGS, Royal Institute 1999), and a
 * matching key under which the RTGS form and the usual press spellings of a Thai name agree. Thai spelling does not
 * say where its syllables end nor which consonants carry an unwritten vowel, so the romanizer reads a word as the
 * cheapest sequence of written syllables (an unwritten vowel costs, an explicit one does not) and gets most names of
 * people, places and bodies right; it cannot know every Pali/Sanskrit reading.
 */

/** Sounds of the consonants as a syllable's onset (อ is silent) and as its final. */
const ONSET: Record<string, string> = {
  ก: 'k', ข: 'kh', ฃ: 'kh', ค: 'kh', ฅ: 'kh', ฆ: 'kh', ง: 'ng', จ: 'ch', ฉ: 'ch', ช: 'ch', ซ: 's', ฌ: 'ch', ญ: 'y',
  ฎ: 'd', ฏ: 't', ฐ: 'th', ฑ: 'th', ฒ: 'th', ณ: 'n', ด: 'd', ต: 't', ถ: 'th', ท: 'th', ธ: 'th', น: 'n', บ: 'b',
  ป: 'p', ผ: 'ph', ฝ: 'f', พ: 'ph', ฟ: 'f', ภ: 'ph', ม: 'm', ย: 'y', ร: 'r', ล: 'l', ว: 'w', ศ: 's', ษ: 's', ส: 's',
  ห: 'h', ฬ: 'l', อ: '', ฮ: 'h',
};
const FINALS = { k: 'กขคฆ', t: 'จชซฌฎฏฐฑฒดตถทธศษส', p: 'บปพฟภ', n: 'ญณนรลฬ', ng: 'ง', m: 'ม', i: 'ย', o: 'ว' };
const FINAL: Record<string, string> = Object.fromEntries(
  Object.entries(FINALS).flatMap(([sound, letters]) => [...letters].map((letter) => [letter, sound])),
);
/** Consonants that take ร, ล or ว after them in one onset (กร → kr); ศร สร ซร ทร are read s. */
const CLUSTER: Record<string, string> = { ร: 'กขคปพตบดฟศสซท', ล: 'กขคปพผบฟ', ว: 'กขค' };
/** Sonorants a silent ห leads (ห นำ: หน → n). */
const LED_BY_HO = 'งญนมยรลว';
/** The finals native words end in; an unwritten o before another one is less likely (นนทบุรี → non-tha-buri). */
const NATIVE_FINALS = 'กงดนบมรล';
/** Finals that a Pali/Sanskrit word reads again as the next syllable's onset (ราชบุรี → rat-cha-buri). */
const DOUBLED = 'ขจชฐฒตทธศษ';
/** Letters said at one place: a final is not read again before one of its own place (เศรษฐกิจ, อิทธิ, ราชชนนี). */
const PLACES = ['ฎฏฐฑฒดตถทธศษส', 'จฉชซฌ'];
/** Finals whose written short i/u is not read at the end of a word (ชาติ → chat, ภูมิ → phum, วุฒิ → wut). */
const MUTE_VOWEL_FINALS = 'ตฒฐธม';

/** Whether `c` is one letter of `letters` (never the empty string, which `includes` accepts). */
const oneOf = (letters: string, c: string | undefined): boolean =>
  c !== undefined && c.length === 1 && letters.includes(c);

/** Vowel spellings around an onset `-`, their sound, and whether a final may (1), must (2) or can't (0) follow. */
const VOWEL_SPELLINGS: [string, string, 0 | 1 | 2][] = [
  ['เ-ียะ', 'ia', 0], ['เ-ีย', 'ia', 1], ['เ-ือะ', 'uea', 0], ['เ-ือ', 'uea', 1], ['เ-าะ', 'o', 0], ['เ-า', 'ao', 0],
  ['เ-อะ', 'oe', 0], ['เ-อ', 'oe', 0], ['เ-ิ', 'oe', 2], ['เ-ย', 'oei', 0], ['เ-็', 'e', 2], ['เ-ะ', 'e', 0],
  ['เ-', 'e', 1], ['แ-ะ', 'ae', 0], ['แ-็', 'ae', 2], ['แ-', 'ae', 1], ['โ-ะ', 'o', 0], ['โ-', 'o', 1],
  ['ไ-ย', 'ai', 0], ['ไ-', 'ai', 0], ['ใ-', 'ai', 0], ['-ัวะ', 'ua', 0], ['-ัว', 'ua', 1], ['-ั', 'a', 2],
  ['-ะ', 'a', 0], ['-า', 'a', 1], ['-ำ', 'am', 0], ['-ิ', 'i', 1], ['-ี', 'i', 1], ['-ึ', 'ue', 1], ['-ือ', 'ue', 1],
  ['-ื', 'ue', 2], ['-ุ', 'u', 1], ['-ู', 'u', 1], ['-็อ', 'o', 2], ['-อ', 'o', 1], ['-รร', 'a', 2], ['-รร', 'an', 0],
  ['-ว', 'ua', 2], ['-็', 'o', 0], ['-ฤ', 'rue', 1],
];
const VOWELS = VOWEL_SPELLINGS.map(([pattern, sound, takesFinal]) => {
  const [lead = '', after = ''] = pattern.split('-');
  const short = /[ะัิึุ็]/.test(pattern); // may stay open before a bare pair (อุ-ดร)
  const iu = oneOf('ิีุู', after); // ร seldom closes it (วี-ร-กูล)
  const u = oneOf('ุู', after); // ว never does (สุ-ว-พันธุ์; ผิว, หิว are io)
  const muteOk = !/[ิึุ]/.test(after); // a final's own ิ/ุ may be silent after it (ชา-ติ → chat), not after จุ-ติ
  return { lead, after, sound, takesFinal, short, iu, u, muteOk };
});

/**
 * What a reading costs. Every syllable costs, so the fewest syllables win; an unwritten vowel costs a little more,
 * and the rest break the ties the way Thai usually reads.
 */
const COST = {
  syllable: 1,
  a: 0.3, // an unwritten a: ปทุม → pa-thum
  aAtEnd: 3, // …ending the word, which Thai seldom does
  o: 0.3, // an unwritten o before a final: คน → khon
  oAfterO: 1, // two unwritten o in a row: สกลนคร is sa-kon-na-khon, not sok-lon-khon
  oCluster: 1, // an unwritten o after a cluster: นครปฐม is na-khon-pa-thom, not na-khrop-thom
  oOddFinal: 0.5, // an unwritten o before a final native words don't use
  aAfterO: 0.2, // an unwritten a after an unwritten o: สกลนคร is sa-kon-na-khon, not sok-la-na-khon
  aAfterA: 0.1, // …or (less) after an unwritten a
  aCluster: 0.5, // an unwritten a after a cluster: นครนายก is na-khon-na-yok, not na-khra-na-yok
  openShort: -0.1, // a short vowel left open before two bare consonants: อุดร is u-don, not ut-ra
  ngOnset: 1.5, // an unwritten vowel after ง: สิงคโปร์ is sing-kha-po, not si-ngok-po
  splitCluster: 0.2, // a final that could begin a cluster with the next letter: จาตุศรี is cha-tu-si
  rAfterIU: 2.5, // ร closing i or u: วีรกูล is wi-ra-kun, สุรพงษ์ su-ra-phong; ว closing u: สุวพันธุ์ is su-wa-phan
  oddFinal: 2, // ภ or ฬ closing a short vowel: ศุภมาส is su-pha-mat, กาฬสินธุ์ ka-la-sin
  doubled: -0.2, // a Pali final read again: พัทยา → phat-tha-ya
  muteR: 0.3, // ร silent after a final: สมุทร → samut
  muteVowel: -0.2, // ชาติ → chat
  skip: 5, // a letter that fits nowhere
};

const isConsonant = (c: string | undefined): boolean => c !== undefined && c.length === 1 && c in ONSET;
const LEADING = /[\u0E40-\u0E44]/; // เ แ โ ใ ไ
const MARK = /[\u0E30-\u0E3A\u0E47-\u0E4E]/; // vowels written after, above or below a consonant; signs
const marked = (w: string, i: number): boolean => MARK.test(w[i] ?? '');
/** Whether `c` and `next` can make one onset (กร). */
const clusters = (c: string | undefined, next: string | undefined): boolean => oneOf(CLUSTER[next ?? ''] ?? '', c);
/** Whether the consonant at `i` has no vowel of its own (nor makes a cluster with one that has). */
const bare = (w: string, i: number): boolean =>
  isConsonant(w[i]) && !marked(w, i + 1) && !(clusters(w[i], w[i + 1]) && marked(w, i + 2));

/** A way to read letters as one syllable; `implicit` is the unwritten vowel it reads, if any. */
interface Syllable { end: number; text: string; cost: number; implicit: '' | 'a' | 'o' }
/** A way to end a syllable: `letter` is its final, `muted` says silent letters follow it (so it is not read again). */
interface Ending { end: number; text: string; cost: number; letter: string; muted: boolean }
type Vowel = Pick<(typeof VOWELS)[number], 'short' | 'iu' | 'u' | 'muteOk'> & { implicit?: boolean };
type Implicit = Syllable['implicit'];

/** Onsets that can start at `i`: a cluster, one consonant, ห นำ, อย (อยู่), or none before ฤ. */
function onsets(w: string, i: number): { text: string; end: number; cluster: boolean }[] {
  const c = w[i] ?? '';
  const next = w[i + 1] ?? '';
  if (c === 'ฤ' || c === 'ฦ') return [{ text: '', end: i, cluster: false }];
  if (!isConsonant(c)) return [];
  if (c === 'บ' && next === 'ร' && w[i + 2] === 'ิ') return [{ text: 'bor', end: i + 2, cluster: false }]; // บริษัท
  const found = [];
  const single = { text: ONSET[c] ?? '', end: i + 1, cluster: false };
  if (next === 'ว') found.push(single); // แก้ว is kaeo before it is kwae (on equal cost the first found wins)
  if (clusters(c, next)) {
    const tr = c === 'ท' && (i === 0 || LEADING.test(w[i - 1] ?? '') || w[i + 2] === 'ั'); // ทราบ, เทรา, ทรัพย์
    const s = next === 'ร' && (oneOf('ศสซ', c) || tr);
    found.push({ text: s ? 's' : (ONSET[c] ?? '') + (ONSET[next] ?? ''), end: i + 2, cluster: true });
  }
  if (c === 'ห' && oneOf(LED_BY_HO, next)) found.push({ text: ONSET[next] ?? '', end: i + 2, cluster: false });
  if (c === 'อ' && next === 'ย' && oneOf('าู', w[i + 2])) found.push({ text: 'y', end: i + 2, cluster: false });
  if (next !== 'ว') found.push(single);
  return found;
}

/**
 * Letters read as nothing: a consonant under the silencer ์, with its vowel (ศักดิ์); after a final also the letter
 * before it (จันทร์, ลักษณ์), or ริย์ (กษัตริย์).
 */
const SILENT = /[ก-ฮ][ิุ]?์/y;
const SILENT_AFTER_FINAL = /ริย์|[ก-ฮ][ิุ]?์|(?!ร)[ก-ฮ][รณน]์/y;

/** Where the letters read as nothing that start at `i` end. */
function silentEnd(w: string, i: number, afterFinal: boolean): number {
  const silent = afterFinal ? SILENT_AFTER_FINAL : SILENT;
  silent.lastIndex = i;
  return silent.test(w) ? silent.lastIndex : i;
}

/** Ways to end a syllable whose vowel ends at `i`: open, or closed by a final (which may mute ร or a vowel after). */
function endings(w: string, i: number, vowel: Vowel): Ending[] {
  const open = silentEnd(w, i, false);
  const openCost = vowel.short && bare(w, open) && bare(w, open + 1) ? COST.openShort : 0;
  const found: Ending[] = [{ end: open, text: '', cost: openCost, letter: '', muted: open > i }];
  let p = open; // a final may follow a silent letter (นิวยอร์ก)
  if (w[p] === 'ห' && w[p - 1] === 'ร' && oneOf('มณน', w[p + 1])) p++; // พรหม → phrom
  const c = w[p] ?? '';
  const sound = FINAL[c];
  const atEnd = (n: number): boolean => p + n === w.length;
  if (sound === undefined) return found;
  if (marked(w, p + 1)) {
    if (oneOf('ิุ', w[p + 1]) && atEnd(2) && oneOf(MUTE_VOWEL_FINALS, c) && (vowel.muteOk || oneOf('ฒฐ', c)))
      found.push({ end: p + 2, text: sound, cost: COST.muteVowel, letter: c, muted: true }); // ชาติ → chat
    return found;
  }
  let cost = (c === 'ร' && vowel.iu) || (c === 'ว' && vowel.u) ? COST.rAfterIU : oneOf('ภฬ', c) && (vowel.short || c === 'ฬ') ? COST.oddFinal : 0;
  if (clusters(c, w[p + 1]) && marked(w, p + 2)) cost += COST.splitCluster;
  const end = silentEnd(w, p + 1, true);
  found.push({ end, text: sound, cost, letter: c, muted: end > p + 1 });
  if (w[p + 1] === 'ร' && oneOf('ทตชก', c) && !vowel.implicit && !marked(w, p + 2)) // สมุทร → samut
    found.push({ end: silentEnd(w, p + 2, true), text: sound, cost: cost + COST.muteR, letter: c, muted: c !== 'ช' });
  if (c === 'ร' && w[p + 1] === 'ต' && oneOf('ิุ', w[p + 2]) && atEnd(3) && vowel.muteOk) // เกียรติ → kiat
    found.push({ end: p + 3, text: 't', cost: COST.muteVowel, letter: 'ต', muted: true });
  return found;
}

/** Whether a Pali final at `letter` is read again before the consonant at `next` (ราช-บุรี, but not ปัต-ตานี). */
function doubles(w: string, letter: string, next: number): boolean {
  const c = w[next];
  if (!oneOf(DOUBLED, letter) || !isConsonant(c) || c === letter) return false;
  if (clusters(letter, c) && !bare(w, next)) return false; // จาตุศรี, but อิศรภักดี
  return c === 'ฎ' || !PLACES.some((place) => oneOf(place, letter) && oneOf(place, c)); // กฤษฎา → krit-sa-da
}

/** The written syllables that can start at `i`, each with its reading and cost. */
function syllablesAt(w: string, i: number, previous: Implicit): Syllable[] {
  const found: Syllable[] = [];
  const add = (text: string, e: Ending, cost: number, implicit: Implicit): void => {
    found.push({ end: e.end, text: text + e.text, cost: cost + e.cost, implicit });
    const ramma = implicit === '' && w.slice(e.end - 3, e.end) === 'รรม' && isConsonant(w[e.end]); // ธรรมราช
    if (!e.muted && (ramma || doubles(w, e.letter, e.end))) {
      const again = `${text}${e.text}${ONSET[e.letter] ?? ''}a`;
      found.push({ end: e.end, text: again, cost: cost + e.cost + COST.doubled, implicit: 'a' });
    }
  };
  const lead = LEADING.test(w[i] ?? '') ? (w[i] ?? '') : '';
  const starts: [string, number, number][] = [['', lead ? i + 1 : i, 0]]; // [text before the onset, its position, cost]
  // เจริญ → cha-roen: the leading vowel belongs to the second consonant, the first has an unwritten a (surely so
  // before ิ ็ อ, which only go with the leading vowel; otherwise this costs a syllable more, เบตง is be-tong)
  const first = w[i + 1];
  if (lead && isConsonant(first) && first !== 'อ') {
    const cost = COST.a + (oneOf('ิ็อ', w[i + 3]) ? 0 : COST.syllable + 0.1);
    starts.push([(ONSET[first ?? ''] ?? '') + 'a', i + 2, cost]);
  }
  for (const [prefix, at, extra] of starts) {
    for (const onset of onsets(w, at)) {
      const j = onset.end;
      for (const vowel of VOWELS) {
        const { after, takesFinal } = vowel;
        if (vowel.lead !== lead || !w.startsWith(after, j)) continue;
        let text = prefix + onset.text + vowel.sound;
        let cost = COST.syllable + extra;
        if (after === 'ฤ') {
          const ri = oneOf('กตปศส', w[at]) ? 'ri' : oneOf('ทพคขฤ', w[at]) ? 'rue' : 'arue'; // กฤษฎา, พฤษภาคม, นฤมล
          text = prefix + onset.text + ri;
          if (ri === 'arue') cost += COST.a;
        }
        for (const e of endings(w, j + after.length, vowel))
          if (takesFinal === 1 || (takesFinal === 0 ? !e.letter : e.letter)) add(text, e, cost, '');
      }
      if (lead || j === at || marked(w, j)) continue;
      // no written vowel: o before a final, a without one
      const unwritten = COST.syllable + (w[at] === 'ง' ? COST.ngOnset : 0);
      const o = unwritten + COST.o + (previous === 'o' ? COST.oAfterO : 0) + (onset.cluster ? COST.oCluster : 0);
      for (const e of endings(w, j, { short: true, iu: false, u: false, muteOk: false, implicit: true })) {
        if (e.letter && !oneOf('ยว', e.letter))
          add(onset.text + 'o', e, o + (oneOf(NATIVE_FINALS, e.letter) ? 0 : COST.oOddFinal), 'o');
      }
      const end = silentEnd(w, j, false);
      const after = previous === 'o' ? COST.aAfterO : previous === 'a' ? COST.aAfterA : 0;
      const a = unwritten + (end >= w.length ? COST.aAtEnd : COST.a) + (onset.cluster ? COST.aCluster : 0) + after;
      found.push({ end, text: onset.text + 'a', cost: a, implicit: 'a' });
    }
  }
  return found;
}

/** Romanizes a run of Thai letters by its cheapest reading (dynamic programming over positions). */
function romanizeRun(w: string): string {
  type Best = { cost: number; text: string };
  const kinds: Implicit[] = ['', 'a', 'o']; // the best reading up to each position, by how its last syllable was read
  const best: Map<Implicit, Best>[] = Array.from({ length: w.length + 1 }, () => new Map());
  best[0]?.set('', { cost: 0, text: '' });
  for (let i = 0; i < w.length; i++) {
    for (const kind of kinds) {
      const here = best[i]?.get(kind);
      if (!here) continue;
      const options = syllablesAt(w, i, kind);
      if (options.length === 0) options.push({ end: i + 1, text: '', cost: COST.skip, implicit: '' });
      for (const s of options) {
        const there = best[s.end];
        const total = here.cost + s.cost;
        if (there && total < (there.get(s.implicit)?.cost ?? Infinity))
          there.set(s.implicit, { cost: total, text: here.text + s.text }); // on a tie the first found stays
      }
    }
  }
  const ends = [...(best[w.length]?.values() ?? [])];
  return ends.reduce<Best | undefined>((a, b) => (a && a.cost <= b.cost ? a : b), undefined)?.text ?? '';
}

/**
 * The RTGS romanization of one Thai word or name: lower case, without tone marks or vowel length; Thai digits
 * become Arabic ones, ๆ repeats the word before it, ฯ is dropped, anything not Thai is kept (lower-cased).
 * @example romanizeThai('เชียงใหม่') // 'chiangmai'
 * @example romanizeThai('ประยุทธ์') // 'prayut'
 */
export function romanizeThai(word: string): string {
  const text = normalizeThai(word) // sara am composed (also with a tone mark typed between or after), NFC
    .replace(/[\u0E3A\u0E45\u0E48-\u0E4B\u0E4D\u0E4E]/g, '') // phinthu, lakkhangyao, tone marks, nikhahit, yamakkan
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/ฯลฯ/g, '');
  let out = '';
  let previous = '';
  for (const [, thai, other] of text.matchAll(/([\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E44\u0E47\u0E4C]+)|([^])/g)) {
    if (thai) out += previous = romanizeRun(thai);
    else if (other === 'ๆ') out += previous;
    else if (other !== 'ฯ') out += (other ?? '').toLowerCase();
  }
  return out;
}

const VOWEL = 'aeiou';
/** Spelling variants a key folds, in order: [pattern, replacement]; `V` is a vowel, `C` anything else. */
const KEY_RULES: [string, string][] = [
  ['ck', 'k'], ['x', 'ks'], ['q', 'k'], ['z', 's'], ['v', 'w'], ['c(?!h)', 'k'], // English spellings
  ['ng', 'N'], ['nk', 'Nk'], // N: ng, kept whole (and n before k is ng: Lanka)
  ['sh|ch|j', 'c'], ['bh', 'p'], ['dh', 't'], ['([ptk])h', '$1'], ['g', 'k'], // aspiration, ch/j (Juti, Chuti), g/k
  ['Nk', 'N'], ['sr', 's'], // Bangkok/Bang Kok, สิงคโปร์/Singapore; ศรี is Sri or Si
  ['o([tmN])e$', 'o$1'], ['(V)lp$', '$1l'], // a silent final e (Piyachote), ศิลป์ (Silp)
  ['ee', 'i'], ['oo|ou', 'u'], ['uea|eu', 'ua'], ['ue', 'u'], ['ea|ie', 'ia'], ['oe|eo(?=n)', 'e'], // press vowels
  ['ow(?=C|$)', 'ao'], ['au', 'ao'],
  ['(V)[rh](?=C|$)', '$1'], ['y(?=C|$)', 'i'], ['(V)w(?=C|$)', '$1o'], // non-rhotic r, final h, y and w after a vowel
  ['(V)l(?=C|$)', '$1n'], ['(V)d(?=C|$)', '$1t'], ['(V)b(?=C|$)', '$1p'], ['(V)[cs](?=C|$)', '$1t'], // final consonants
  ['ts', 's'], ['tc', 'c'], ['(.)\\1+', '$1'], ['N', 'ng'], // doubled letters and vowel length
];
const KEY_PATTERNS = KEY_RULES.map(([pattern, to]): [RegExp, string] => [
  new RegExp(pattern.replace(/V/g, `[${VOWEL}]`).replace(/C/g, `[^${VOWEL}]`), 'g'),
  to,
]);

/**
 * A key for matching Latin spellings of Thai words: the RTGS form (`romanizeThai`) and the common press spellings of
 * the same name get the same key. Folds case, diacritics, spaces and punctuation, aspiration (ph/p, th/t, kh/k), ch/j,
 * v/w, g/k, doubled letters and vowel length, press vowels (ee, oo, ou, eu, er), final consonants as Thai reads them
 * (d → t, l → n, r and h after a vowel dropped).
 * @example soundKey('Prayuth') === soundKey('Prayut') // true
 * @example soundKey('Pattaya') === soundKey(romanizeThai('พัทยา')) // true ('pataya')
 */
export function soundKey(latin: string): string {
  let key = latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [pattern, to] of KEY_PATTERNS) key = key.replace(pattern, to);
  return key;
}
