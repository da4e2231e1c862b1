/** How saved pages' bytes become text and documents (cli/load-page.ts, shared by the CLI, the corpus tests and the bench). */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePage, loadPage, PageError } from '../../cli/load-page';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const page = (head: string, body: string) => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
/** Bytes of a page whose body is `bodyBytes`, spliced between ASCII markup. */
const withBody = (head: string, bodyBytes: number[]) =>
  Buffer.concat([Buffer.from(`<!doctype html><html><head>${head}</head><body><p>`, 'latin1'), Buffer.from(bodyBytes), Buffer.from('</p></body></html>', 'latin1')]);
const bodyText = (decoded: { text: string }) => /<p>(.*)<\/p>/.exec(decoded.text)?.[1];

describe('decodePage', () => {
  it('reads UTF-8 without any declaration as UTF-8 (Korean, Indonesian, curly quotes)', () => {
    const decoded = decodePage(utf8(page('', '수면 부족은 건강에 해롭다 — tidur “cukup” itu penting')));
    expect({ body: bodyText(decoded), encoding: decoded.encoding, source: decoded.source }).toEqual({
      body: '수면 부족은 건강에 해롭다 — tidur “cukup” itu penting',
      encoding: 'UTF-8',
      source: 'valid UTF-8',
    });
  });

  it('reads valid multi-byte UTF-8 as UTF-8 even under a legacy charset tag (a page converted but still tagged gb2312)', () => {
    const decoded = decodePage(utf8(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '睡眠不足有害健康')));
    expect([bodyText(decoded), decoded.encoding, decoded.source]).toEqual(['睡眠不足有害健康', 'UTF-8', 'valid UTF-8']);
  });

  it('honours the declared charset for bytes really in it: GBK, Shift_JIS, windows-1251', () => {
    // 中文 in GBK; あい in Shift_JIS; Сон in windows-1251. None is valid UTF-8.
    expect(bodyText(decodePage(withBody('<meta charset="gb2312">', [0xd6, 0xd0, 0xce, 0xc4])))).toBe('中文');
    expect(bodyText(decodePage(withBody('<meta charset="shift_jis">', [0x82, 0xa0, 0x82, 0xa2])))).toBe('あい');
    const cyrillic = decodePage(withBody('<meta charset="windows-1251">', [0xd1, 0xee, 0xed]));
    expect([bodyText(cyrillic), cyrillic.encoding, cyrillic.source]).toEqual(['Сон', 'windows-1251', 'declared']);
  });

  it('honours a charset declared after the first kilobyte (a long <head> of scripts)', () => {
    const bytes = withBody(`<script>${'/* setup */ '.repeat(200)}</script><meta charset="iso-8859-1">`, [0x63, 0x61, 0x66, 0xe9]);
    expect(decodePage(bytes)).toMatchObject({ encoding: 'windows-1252', source: 'declared' });
    expect(bodyText(decodePage(bytes))).toBe('café');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8 and declare nothing', () => {
    const decoded = decodePage(withBody('', [0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x92, 0x73]));
    expect([bodyText(decoded), decoded.encoding, decoded.source]).toEqual(['“café” ’s', 'windows-1252', 'default']);
  });

  it('follows a byte order mark before anything the page declares (UTF-16LE, UTF-8)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('<meta charset="windows-1252">', 'Schlaf ist wichtig – ü'), 'utf16le')]);
    expect([bodyText(decodePage(utf16)), decodePage(utf16).source]).toEqual(['Schlaf ist wichtig – ü', 'byte order mark']);
    const bom = decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(page('', 'ü'))]));
    expect([bom.text.startsWith('<!doctype'), bodyText(bom)]).toEqual([true, 'ü']);
  });

  it('reads a UTF-16 or x-user-defined <meta> tag as the HTML standard says (UTF-8, windows-1252)', () => {
    expect(decodePage(utf8(page('<meta charset="utf-16">', 'plain'))).encoding).toBe('UTF-8');
    expect(decodePage(withBody('<meta charset="x-user-defined">', [0xe9])).encoding).toBe('windows-1252');
  });

  it('ignores a charset no browser knows', () => {
    expect(decodePage(withBody('<meta charset="klingon-8">', [0xe9]))).toMatchObject({ encoding: 'windows-1252', source: 'default' });
  });

  it('lets --encoding override the declaration and the UTF-8 check', () => {
    const decoded = decodePage(utf8(page('<meta charset="utf-8">', 'é')), 'latin1');
    expect([bodyText(decoded), decoded.encoding, decoded.source]).toEqual(['Ã©', 'windows-1252', 'option']);
    expect(() => decodePage(utf8('x'), 'klingon-8')).toThrow(new PageError('unknown encoding "klingon-8"'));
  });
});

describe('loadPage', () => {
  const reason = (bytes: Uint8Array) => {
    try {
      loadPage(bytes, 'file:///saved/page.html').dispose();
      return null;
    } catch (error) {
      return error instanceof PageError ? error.message : `not a PageError: ${String(error)}`;
    }
  };

  it('parses the decoded text into a document, gzipped or not', () => {
    const bytes = utf8(page('<meta charset="gb2312">', '睡眠不足'));
    for (const input of [bytes, gzipSync(bytes)]) {
      const loaded = loadPage(input, 'https://example.test/a');
      expect([loaded.document.querySelector('p')?.textContent, loaded.encoding, loaded.document.URL]).toEqual(['睡眠不足', 'UTF-8', 'https://example.test/a']);
      loaded.dispose();
    }
  });

  it('gives a one-line reason for what is no HTML page', () => {
    expect(reason(new Uint8Array())).toBe('an empty file');
    expect(reason(utf8(' \n\t \n'))).toBe('an empty page (only blank space)');
    expect(reason(Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'))).toBe('a PNG image, not an HTML page');
    expect(reason(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))).toBe('a PDF document, not an HTML page');
    expect(reason(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))).toBe('binary data, not an HTML page');
    expect(reason(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]))).toMatch(/^a damaged gzip file \(.+\)$/);
    expect(reason(utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>'))).toBe('an SVG image, not an HTML page');
    expect(reason(utf8('<svg xmlns="http://www.w3.org/2000/svg"><p>odd</p></svg>'))).toBe('an SVG image, not an HTML page');
    expect(reason(utf8('<?xml version="1.0"?><!-- feed --><rss version="2.0"><channel><title>News</title><description>&lt;p&gt;</description></channel></rss>'))).toBe(
      'an XML document (<rss>), not an HTML page',
    );
    expect(reason(utf8('{"title": "not a page", "body": "<p>json</p>"}'))).toBe('a JSON file, not an HTML page');
    expect(reason(utf8('just some notes, no markup at all\n'))).toBe('not an HTML page');
    expect(reason(utf8('<frameset cols="30%,70%"><frame src="menu.html"><frame src="article.html"></frameset>'))).toBe(
      'a frameset: its text is in the pages it frames (menu.html, article.html); outline those',
    );
  });

  it('loads what is HTML however it starts: XHTML with an XML declaration, a page with a few stray NUL bytes', () => {
    expect(reason(utf8('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>'))).toBeNull();
    expect(reason(utf8(page('', `Sleep\0 matters.${' Rest well.'.repeat(100)}`)))).toBeNull();
  });
});
