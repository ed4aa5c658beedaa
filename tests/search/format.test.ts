import { describe, expect, it } from 'vitest';
import {
  ByteReader,
  ByteWriter,
  dayNumber,
  decodeDictionary,
  decodeDoc,
  decodeFacets,
  decodeManifest,
  decodePostings,
  decodeShard,
  COMMON_LEVELS,
  DENSE_LEVELS,
  denseLevel,
  encodeDictionary,
  encodeDoc,
  encodeFacets,
  encodeManifest,
  encodePostings,
  encodeShard,
  postingsLayout,
  encodeTermFilter,
  INDEX_VERSION,
  INLINE_LIMIT,
  PostingsKind,
  ReleaseFlag,
  TermFilter,
  TermFlag,
  yearOfDay,
  type Manifest,
} from '@/lib/search/format';

describe('bytes', () => {
  it('reads back the varints and bytes written, up to 2^32 − 1', () => {
    const out = new ByteWriter();
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1];
    for (const value of values) out.varint(value);
    out.byte(7);
    out.bytes(Uint8Array.of(1, 2, 3));
    const reader = new ByteReader(out.result());
    expect(values.map(() => reader.varint())).toEqual(values);
    expect(reader.byte()).toBe(7);
    expect([...reader.bytes(3)]).toEqual([1, 2, 3]);
    expect(reader.done).toBe(true);
  });

  it('writes LEB128', () => {
    const out = new ByteWriter();
    out.varint(300);
    expect([...out.result()]).toEqual([0xac, 0x02]);
  });
});

/** Postings of a term with no title match. */
const untitled = (ids: Uint32Array, weights: Uint8Array) => ({ ids, weights, titled: new Uint8Array(ids.length) });

describe('postings', () => {
  it('stores a rare term sparse: delta-coded ids, then the weights, read back exactly', () => {
    const ids = Uint32Array.of(3, 10, 999);
    const weights = Uint8Array.of(200, 90, 1);
    const { kind, payload } = encodePostings(untitled(ids, weights), 1000);
    expect(kind).toBe(PostingsKind.Sparse);
    expect([...payload]).toEqual([3, 7, 0xdd, 0x07, 200, 90, 1]);
    expect(decodePostings(kind, payload, 3, 1000)).toEqual({ ids, weights });
  });

  it('stores a frequent term dense: a bitmap and two-bit weights, read back as their levels', () => {
    const ids = Uint32Array.from({ length: 40 }, (_, i) => i * 4);
    const weights = Uint8Array.from({ length: 40 }, (_, i) => [10, 100, 150, 255][i % 4]!);
    const { kind, payload } = encodePostings(untitled(ids, weights), 161);
    expect(kind).toBe(PostingsKind.Dense);
    expect(payload).toHaveLength(21 + 10);
    const decoded = decodePostings(kind, payload, 40, 161);
    expect(decoded.ids).toEqual(ids);
    expect([...decoded.weights]).toEqual([...weights].map((w) => DENSE_LEVELS[denseLevel(w)]));
    expect([...decoded.weights.slice(0, 4)]).toEqual([40, 100, 160, 220]);
  });

  it('stores a term of a quarter of the releases or more common: a bitmap and a title bit per release holding it', () => {
    const ids = Uint32Array.from({ length: 40 }, (_, i) => i * 4);
    const weights = Uint8Array.from({ length: 40 }, (_, i) => [10, 100, 150, 255][i % 4]!);
    const titled = Uint8Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const { kind, payload } = encodePostings({ ids, weights, titled }, 160);
    expect(kind).toBe(PostingsKind.Common);
    expect(payload).toHaveLength(20 + 5);
    expect([...payload.subarray(20)]).toEqual([0b0010_0001, 0b1000_0100, 0b0001_0000, 0b0100_0010, 0b0000_1000]);
    const decoded = decodePostings(kind, payload, 40, 160);
    expect(decoded.ids).toEqual(ids);
    expect([...decoded.weights]).toEqual([...titled].map((bit) => COMMON_LEVELS[bit]));
  });

  it('tells the kind and length of the encoding without encoding', () => {
    for (const [df, docs, step] of [[3, 1000, 300], [40, 161, 4], [40, 160, 4], [2000, 10_000, 5], [300, 100_000, 300], [1, 1, 1]] as const) {
      const ids = Uint32Array.from({ length: df }, (_, i) => i * step);
      const postings = { ids, weights: new Uint8Array(df).fill(99), titled: new Uint8Array(df) };
      const { kind, payload } = encodePostings(postings, docs);
      expect(postingsLayout(ids, docs)).toEqual({ kind, length: payload.length });
    }
  });

  it('keeps a common term of the full archive within a bitmap and a bit per posting', () => {
    const docs = 88_918;
    const ids = Uint32Array.from({ length: 56_600 }, (_, i) => Math.floor((i * docs) / 56_600));
    const weights = new Uint8Array(ids.length).fill(200);
    const titled = Uint8Array.from(ids, (id) => (id % 6 === 0 ? 1 : 0));
    const common = encodePostings({ ids, weights, titled }, docs);
    expect(common.kind).toBe(PostingsKind.Common);
    expect(common.payload.length).toBe(Math.ceil(docs / 8) + Math.ceil(ids.length / 8));
    const dense = Math.ceil(docs / 8) + Math.ceil(ids.length / 4);
    expect(common.payload.length).toBeLessThan(dense * 0.75);
  });
});

/** Typed arrays of the same bytes (quicker than a deep comparison of 100,000 elements). */
const sameBytes = (a: Uint32Array | Uint8Array, b: Uint32Array | Uint8Array) => a.constructor === b.constructor && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('shards', () => {
  it('writes each term as `term, df, flags, payload`', () => {
    const { shard, big } = encodeShard([{ term: 'a', ...untitled(Uint32Array.of(1), Uint8Array.of(9)) }], 100);
    expect([...shard]).toEqual([1, 1, 0x61, 1, 0, 2, 1, 9]);
    expect(big).toEqual([]);
  });

  it('reads back every term, with large postings in files of their own and dense and common ones flagged', () => {
    const docs = 200_000;
    const terms = [
      { term: 'ฝุ่น', ...untitled(Uint32Array.of(2, 5), Uint8Array.of(30, 250)) },
      { term: 'pm2.5', ...untitled(Uint32Array.from({ length: 3000 }, (_, i) => i * 10), new Uint8Array(3000).fill(77)) },
      { term: 'ประชุม', ...untitled(Uint32Array.from({ length: 40_000 }, (_, i) => i * 5), new Uint8Array(40_000).fill(220)) },
      { term: 'ข่าว', ids: Uint32Array.from({ length: 100_000 }, (_, i) => i * 2), weights: new Uint8Array(100_000), titled: new Uint8Array(100_000).fill(1) },
    ];
    const { shard, big } = encodeShard(terms, docs);
    expect(big).toHaveLength(3);
    const entries = decodeShard(shard);
    expect([...entries.keys()]).toEqual(['ฝุ่น', 'pm2.5', 'ประชุม', 'ข่าว']);
    expect(entries.get('ฝุ่น')).toMatchObject({ df: 2, kind: PostingsKind.Sparse, file: -1 });
    expect(entries.get('pm2.5')).toMatchObject({ df: 3000, kind: PostingsKind.Sparse, file: 0 });
    expect(entries.get('ประชุม')).toMatchObject({ df: 40_000, kind: PostingsKind.Dense, file: 1 });
    expect(entries.get('ข่าว')).toMatchObject({ df: 100_000, kind: PostingsKind.Common, file: 2 });
    for (const { term, ids } of terms) {
      const entry = entries.get(term)!;
      const payload = entry.file >= 0 ? big[entry.file]! : entry.payload;
      expect(entry.file >= 0).toBe(payload.length > INLINE_LIMIT);
      const decoded = decodePostings(entry.kind, payload, entry.df, docs);
      expect(sameBytes(decoded.ids, ids)).toBe(true);
    }
    const weightsOf = (term: string) => decodePostings(entries.get(term)!.kind, big[entries.get(term)!.file]!, entries.get(term)!.df, docs).weights;
    expect(sameBytes(decodePostings(PostingsKind.Sparse, entries.get('ฝุ่น')!.payload, 2, docs).weights, terms[0]!.weights)).toBe(true);
    expect(sameBytes(weightsOf('pm2.5'), terms[1]!.weights)).toBe(true);
    expect(sameBytes(weightsOf('ประชุม'), terms[2]!.weights)).toBe(true);
    expect(new Set(weightsOf('ข่าว'))).toEqual(new Set([COMMON_LEVELS[1]]));
  });

  it('names the flag bits', () => {
    expect(TermFlag).toEqual({ Dense: 1, OwnFile: 2, Common: 4 });
  });
});

describe('term filters', () => {
  it('hold every term of their set, let about one other in a hundred through, and take ~10 bits a term', () => {
    const held = Array.from({ length: 300 }, (_, i) => `ภูเก็ต${i}`);
    const encoded = encodeTermFilter(held);
    expect(encoded).toHaveLength(Math.ceil((300 * 10) / 8 / 3) * 4);
    const filter = new TermFilter(encoded);
    expect(held.every((term) => filter.has(term))).toBe(true);
    const others = Array.from({ length: 10_000 }, (_, i) => `เชียงใหม่${i}`);
    const passed = others.filter((term) => filter.has(term)).length;
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThan(300);
  });

  it('of no term, let nothing through', () => {
    const filter = new TermFilter(encodeTermFilter([]));
    expect(['ฝุ่น', 'ประชุม', 'a'].some((term) => filter.has(term))).toBe(false);
  });
});

describe('facets', () => {
  it('reads back each release’s day, agency, category and flags', () => {
    const firstDay = dayNumber('2018-12-07');
    const table = {
      days: Int32Array.of(firstDay, firstDay, firstDay + 400),
      agency: Uint16Array.of(1, 0, 300),
      category: Uint16Array.of(0, 2, 2),
      flags: Uint8Array.of(ReleaseFlag.Translated, 0, 0),
    };
    const data = encodeFacets(table, firstDay);
    expect([...data]).toEqual([3, 0, 0, 0x90, 0x03, 1, 0, 0xac, 0x02, 0, 2, 2, 1, 0, 0]);
    expect(decodeFacets(data, firstDay)).toEqual(table);
  });

  it('counts days from 1970-01-01 and finds their year', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(yearOfDay(dayNumber('2018-12-31'))).toBe(2018);
    expect(yearOfDay(dayNumber('2019-01-01'))).toBe(2019);
  });
});

describe('result files', () => {
  it('write a release with its keys in one order and no empty names, and read it back', () => {
    const doc = { text: 'เนื้อความ', title: 'หัวข้อ', date: '2018-12-07', slug: '2018-12-07-telmin-18', category: 'government-house' };
    const data = encodeDoc({ ...doc, agency: '' });
    expect(new TextDecoder().decode(data)).toBe('{"slug":"2018-12-07-telmin-18","title":"หัวข้อ","date":"2018-12-07","category":"government-house","text":"เนื้อความ"}');
    expect(decodeDoc(data)).toEqual(doc);
  });
});

describe('the dictionary', () => {
  it('reads back each entry’s forms as terms, forms cut to the same terms once, entries of one form dropped', () => {
    const bank = [['ธนาคาร', 'แห่ง', 'ประเทศ', 'ไทย'], ['ธปท']];
    const data = encodeDictionary([bank, [['กรุงเทพ'], ['กรุงเทพ']], [['วัคซีน'], ['vaccin'], ['วัคซีน'], []]]);
    expect(new TextDecoder().decode(data)).toBe('[["ธนาคาร แห่ง ประเทศ ไทย","ธปท"],["วัคซีน","vaccin"]]');
    expect(decodeDictionary(data)).toEqual([bank, [['วัคซีน'], ['vaccin']]]);
  });
});

describe('the manifest', () => {
  const manifest: Manifest = {
    version: INDEX_VERSION,
    lang: 'th',
    docs: 3,
    shards: 1,
    firstDay: 17_872,
    agencies: [{ id: 'moph', name: 'กระทรวงสาธารณสุข' }],
    categories: [],
    built: '2026-12-01T00:00:00.000Z',
    gen: 'gabc',
    docFolders: ['gabc'],
    lexicon: ['', 'กร'],
  };

  it('reads back as written', () => {
    expect(decodeManifest(new TextEncoder().encode(encodeManifest(manifest)))).toEqual(manifest);
  });

  it('is refused when of another version', () => {
    expect(() => decodeManifest(encodeManifest({ ...manifest, version: 1 }))).toThrow(`search index th has version 1, this code reads ${INDEX_VERSION}`);
  });
});
