/** Patterns compiled without the `u` flag match as their `u` originals do (lib/vocabulary/word-pattern.ts). */
import { afterAll, describe, expect, it, vi } from 'vitest';
import '../../lib/vocabulary/tables';
import { vocabularyFor, wordPattern } from '../../lib/vocabulary/index';
import { closeDocuments, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

/** Every code unit of a range but surrogates, as one-character strings. */
function characters(from: number, to: number): string[] {
  const all: string[] = [];
  for (let code = from; code <= to; code++) if (code < 0xd800 || code > 0xdfff) all.push(String.fromCharCode(code));
  return all;
}
/** Where the classes are exact: Latin, IPA, Greek, Cyrillic; punctuation, letterlike and symbol blocks. */
const EXACT = [...characters(0, 0x52f), ...characters(0x2000, 0x2bff)];

describe('wordPattern', () => {
  it.each(['\\p{L}', '\\p{N}', '[\\p{L}\\p{N}]', '[^\\p{L}]'])('%s without u matches what it matches with u, on every character of the exact blocks', (source) => {
    const original = new RegExp(`^${source}$`, 'iu');
    const plain = wordPattern(`^${source}$`, 'iu');
    expect(plain.flags).toBe('i');
    expect(EXACT.filter((char) => plain.test(char) !== original.test(char))).toEqual([]);
  });

  it('counts the letters of other scripts as letters and their punctuation as none', () => {
    const letter = wordPattern('^\\p{L}$', 'u');
    expect(['ا', 'ש', 'क', 'あ', '中', '한'].map((char) => letter.test(char))).toEqual([true, true, true, true, true, true]);
    expect(['。', '、', '「', '⸮'].map((char) => letter.test(char))).toEqual([false, false, false, false]);
  });

  it('keeps u where the source needs it for more than letters and digits', () => {
    expect(wordPattern('^\\p{Lu}\\p{L}+$', 'u').flags).toBe('u');
    expect(wordPattern('^\\u{1F600}$', 'iu').flags).toBe('iu');
    expect(wordPattern('^😀$', 'iu').flags).toBe('iu');
    expect(wordPattern('^share$', 'i').flags).toBe('i');
  });

  it('writes a property inside a class into that class, and escapes stay escapes', () => {
    const pattern = wordPattern('^[\\]\\p{L}]+\\.$', 'iu');
    expect(pattern.flags).toBe('i');
    expect([']é.', 'Ab].', 'ab', '-.'].map((text) => pattern.test(text))).toEqual([true, true, false, false]);
  });

  it("gives a vocabulary's leading labels the same word boundary as before", () => {
    const lead = vocabularyFor(['en']).lead('shareLabels');
    expect(lead.flags).toBe('i');
    expect(['Share', 'SHARE: this', 'Share — now', 'Share…', 'Share\u00a0this'].map((text) => lead.test(text))).toEqual([true, true, true, true, true]);
    expect(['Shared values', 'Share2', 'Sharež'].map((text) => lead.test(text))).toEqual([false, false, false]);
  });

  it('leaves u on no pattern the analysis builds but those that need it for more than letters and digits', async () => {
    // Fresh modules, so every pattern the analysis keeps per vocabulary is built while it is watched.
    vi.resetModules();
    const { analyzeArticle } = await import('../../lib/index');
    const built: RegExp[] = [];
    const original = globalThis.RegExp;
    globalThis.RegExp = new Proxy(original, {
      construct(target, args, newTarget) {
        const pattern = Reflect.construct(target, args, newTarget) as RegExp;
        built.push(pattern);
        return pattern;
      },
    });
    try {
      for (const fixture of ['seed-model.html', 'page-kinds-de.html', 'care/care-fr.html']) expect(analyzeArticle(jsdomDocument(readFixture(fixture)))).not.toBeNull();
    } finally {
      globalThis.RegExp = original;
    }
    const needsUnicode = /\\p\{(?!L\}|N\})|\\u\{|[\ud800-\udfff]/;
    expect(built.filter((pattern) => pattern.flags.includes('i')).length).toBeGreaterThan(50);
    expect(built.filter((pattern) => pattern.unicode && pattern.ignoreCase && !needsUnicode.test(pattern.source)).map((pattern) => pattern.source.slice(0, 80))).toEqual([]);
  });
});
