/**
 * Patterns over a page's words that are cheap to compile. With the `u` flag, a case-insensitive pattern has each
 * letter of its source case-folded by Unicode's tables when it compiles: for the vocabulary's alternations of
 * 1–3 KB that was a third of a popup's first analysis (Firefox compiles them anew in every popup). The same
 * pattern with `\p{L}` and `\p{N}` written as classes of code units compiles without `u` in about half the time
 * (tests/unit/word-pattern.test.ts shows both match the same).
 */

/**
 * `\p{L}` as code units: exact over Latin, IPA, Greek and Cyrillic (U+0000–U+052F) and over the punctuation,
 * letterlike and symbol blocks (U+2000–U+2BFF); any other character of a script's block counts as a letter.
 */
const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f' +
  '\\u0530-\\u1fff' +
  '\\u2071\\u207f\\u2090-\\u209c\\u2102\\u2107\\u210a-\\u2113\\u2115\\u2119-\\u211d\\u2124\\u2126\\u2128\\u212a-\\u212d\\u212f-\\u2139' +
  '\\u213c-\\u213f\\u2145-\\u2149\\u214e\\u2183\\u2184' +
  '\\u2c00-\\u2dff\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc';
/** `\p{N}` as code units, over the same ranges as `LETTER` (other scripts' digits are in its blocks). */
const NUMBER =
  '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be' +
  '\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182\\u2185-\\u2189\\u2460-\\u249b\\u24ea-\\u24ff\\u2776-\\u2793' +
  '\\uff10-\\uff19';
const PROPERTY_CLASSES: Readonly<Record<string, string>> = { '\\p{L}': LETTER, '\\p{N}': NUMBER };

/**
 * `new RegExp(source, flags)`, compiled without `u` when the source needs it for nothing but `\p{L}` and `\p{N}`:
 * not for another property, a `\u{…}` escape or a character beyond the BMP.
 */
export function wordPattern(source: string, flags: string): RegExp {
  const plain = flags.includes('u') ? withoutLetterProperties(source) : null;
  return plain === null ? new RegExp(source, flags) : new RegExp(plain, flags.replace('u', ''));
}

/** The source with `\p{L}` and `\p{N}` as classes of code units, or null when it needs `u` for more. */
function withoutLetterProperties(source: string): string | null {
  let plain = '';
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (char === '\\') {
      const property = PROPERTY_CLASSES[source.slice(at, at + 5)];
      if (property !== undefined) {
        plain += inClass ? property : `[${property}]`;
        at += 4;
        continue;
      }
      if ('pPu'.includes(source[at + 1] ?? '') && source[at + 2] === '{') return null;
      plain += source.slice(at, at + 2);
      at++;
      continue;
    }
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    plain += char;
  }
  return plain;
}
