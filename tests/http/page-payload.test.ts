import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module, loaded by Next.js's cache handlers at run time; it carries JSDoc types only.
import { emptyBodies, readyPage, sendBodyOnce, withoutFramework } from '@/lib/http/page-payload.mjs';
// @ts-expect-error -- as above.
import { addPagePolicy, inlineScriptHashes } from '@/lib/http/page-policy.mjs';

/**
 * Pages as `next build` wrote them (.next/server/app/…), kept as fixtures: a release (the sample's TELMIN story, whose
 * body React sends as a text row of the payload) and a listing.
 */
const release = readFileSync('tests/fixtures/pages/release-page.html', 'utf8');
const listing = readFileSync('tests/fixtures/pages/listing-page.html', 'utf8');

/** The React payload a page carries: the text of its `self.__next_f.push([1,"…"])` scripts, in order. */
function payloadOf(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g)].map(([, array]) => JSON.parse(array!)[1] as string).join('');
}

/** The payload's rows, read as React reads them: `id:` then `T<hex bytes>,<text>` or a line. */
function rows(payload: string): string[] {
  const ids: string[] = [];
  const bytes = Buffer.from(payload, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(':', at);
    ids.push(bytes.subarray(at, colon).toString());
    if (bytes[colon + 1] === 0x54) {
      const comma = bytes.indexOf(',', colon);
      at = comma + 1 + parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
    } else at = bytes.indexOf('\n', colon) + 1 || bytes.length;
  }
  return ids;
}

const sentence = 'ได้นำเสนอประเด็นสำคัญและท้าทายต่อที่ประชุม';
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('sendBodyOnce', () => {
  it('empties the release body in the payload and leaves it once in the HTML', () => {
    const once = sendBodyOnce(release);
    expect(occurrences(payloadOf(release), sentence)).toBe(1);
    expect(occurrences(release, sentence)).toBe(2);
    expect(occurrences(once, sentence)).toBe(1);
    expect(payloadOf(once)).not.toContain(sentence);
    expect(payloadOf(once)).toContain('"data-release-body":"","dangerouslySetInnerHTML":{"__html":""}');
    // The page is lighter by at least the body's HTML (written with escapes in the payload, it took more).
    const body = /<div class="article__body prose" data-release-body="">([\s\S]*?)<\/div>/.exec(once)![1]!;
    expect(Buffer.byteLength(body)).toBeGreaterThan(7_000);
    expect(Buffer.byteLength(release) - Buffer.byteLength(once)).toBeGreaterThan(Buffer.byteLength(body));
  });

  it('keeps every other row of the payload, each still readable, in one script where the first was', () => {
    const before = payloadOf(release);
    const after = payloadOf(sendBodyOnce(release));
    const removed = rows(before).filter((id) => !rows(after).includes(id));
    expect(removed).toEqual(['20']);
    expect(after).toBe(emptyBodies(before));
    expect(occurrences(sendBodyOnce(release), 'self.__next_f.push([1,')).toBe(1);
    expect(sendBodyOnce(release).indexOf('self.__next_f.push([1,')).toBe(release.indexOf('self.__next_f.push([1,'));
  });

  it('changes nothing the second time, nor on a page without a release body', () => {
    const once = sendBodyOnce(release);
    expect(sendBodyOnce(once)).toBe(once);
    expect(sendBodyOnce(listing)).toBe(listing);
  });

  it('empties a short body written inside the element, and a long one sent as a text row, in raw payloads', () => {
    const element = (html: string) => `1:["$","div",null,{"className":"article__body prose","data-release-body":"","dangerouslySetInnerHTML":{"__html":${html}}}]\n`;
    expect(emptyBodies(`0:{}\n${element('"<p>สั้น \\"ๆ\\"</p>"')}`)).toBe(`0:{}\n${element('""')}`);
    // 'ข้อความ' is 7 characters, 21 bytes (0x15) of UTF-8; the next row follows the text with no newline.
    expect(emptyBodies(`0:{}\n2:T15,ข้อความ3:"x"\n${element('"$2"')}`)).toBe(`0:{}\n3:"x"\n${element('""')}`);
  });

});

/** A page's `<script>` elements as `type: first characters of the text` (or `src: …` for a file). */
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) =>
    /src="([^"]*)"/.exec(attributes!)?.[1] ? `src: ${/src="([^"]*)"/.exec(attributes!)![1]}` : `${/type="([^"]*)"/.exec(attributes!)?.[1] ?? 'script'}: ${text!.slice(0, 30)}`,
  );

/** The page as a reader without scripts sees it: its markup with every script and script preload taken out. */
const markupOf = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="preload" as="script"[^>]*\/>/g, '');

/** The release page as the search page is marked: its content rendered by a client component. */
const scripted = release.replace('<main id="main"', '<main data-needs-scripts="" id="main"');

describe('readyPage', () => {
  it('sends a page with no client component without Next.js’s scripts: its own snippet and JSON-LD stay, the rest is as rendered', () => {
    const ready = readyPage(release);
    expect(scriptsOf(release).filter((script) => script.startsWith('src: /_next/'))).toHaveLength(6);
    expect(scriptsOf(ready)).toEqual([
      "script: (function(){var d=document.doc",
      'application/ld+json: {"@context":"https://schema.or',
      'application/ld+json: {"@context":"https://schema.or',
    ]);
    expect(ready).not.toMatch(/__next_f|TURBOPACK|as="script"|\/_next\/static\/chunks\/[^"]*\.js/);
    expect(markupOf(ready)).toBe(markupOf(release));
    expect(occurrences(ready, sentence)).toBe(1);
    expect(withoutFramework(ready)).toBe(ready);
    expect(readyPage(listing)).toBe(withoutFramework(listing));
  });

  it('keeps them, with the release body once, on a page marked data-needs-scripts, and on Next.js’s error shell', () => {
    expect(readyPage(scripted)).toBe(sendBodyOnce(scripted));
    const shell = listing.replace(/^<!DOCTYPE html><html[^>]*>/, '<!DOCTYPE html><html id="__next_error__">');
    expect(shell).not.toBe(listing);
    expect(readyPage(shell)).toBe(shell);
    expect(scriptsOf(readyPage(scripted))).toEqual(scriptsOf(sendBodyOnce(scripted)));
  });

  it('hashes the scripts the page is sent with, after it is readied', () => {
    for (const html of [release, scripted]) {
      const page = { kind: 'APP_PAGE', html, headers: {} as Record<string, string> };
      addPagePolicy(page);
      expect(page.html).toBe(readyPage(html));
      const hashes = inlineScriptHashes(page.html) as string[];
      expect(page.headers['content-security-policy']).toBe(`script-src 'self' ${hashes.join(' ')}; style-src 'self'`);
      expect(hashes).not.toEqual(inlineScriptHashes(html));
    }
    // Without the framework, the one inline script run is the digits snippet.
    expect(inlineScriptHashes(readyPage(release))).toHaveLength(1);
  });
});
