/**
 * One vocabulary per language, chosen per page: every reader of the page (cleaner, related lists, outline,
 * facts, dates, sources, key points) asks the page's `Vocabulary` for its words instead of keeping its own list.
 *
 * The languages of a page are the one its `lang` declares and the one its text is written in (they differ when a
 * CMS writes `lang="en"` on every page), plus English, always: sites label in English whatever their language.
 * Adding a language is adding its function words (function-words.ts), one table (see families.ts) to
 * tables.ts, and a fixture in that language.
 *
 * English is always here. The other tables are registered: tables.ts registers them all at once for Node (the
 * CLI, the tests) and loads only a page's languages for the extension's pages, so the popup never downloads
 * seven tables to outline an English page.
 */
import { en } from './en';
import type { FamilyName, LanguageTable } from './families';
import { FUNCTION_WORDS } from './function-words';
import { wordPattern } from './word-pattern';

export { FAMILIES, type FamilyName, type LanguageTable } from './families';
export { wordPattern } from './word-pattern';

/** Every language the vocabulary has words for, English first. */
export const LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);
const FALLBACK = 'en';
const TABLES = new Map<string, LanguageTable>([[en.lang, en]]);

/** Makes these tables available to `vocabularyFor` (tables.ts does it, for every table or for a page's). */
export function registerLanguageTables(tables: readonly LanguageTable[]): void {
  for (const table of tables) TABLES.set(table.lang, table);
}

/** The page's languages whose tables are not registered yet; unknown languages are no one's. */
export function missingLanguageTables(languages: readonly string[]): string[] {
  return [...new Set(languages.map(primaryTag))].filter((lang) => LANGUAGES.includes(lang) && !TABLES.has(lang));
}

export interface Vocabulary {
  /** The chosen languages, the page's own first, English last. */
  readonly languages: readonly string[];
  /** `(?:…)` of a family's phrases in every chosen language, for readers that build their own pattern. */
  source(family: FamilyName): string;
  /** The whole (normalized, see `labelText`) text is one of the families' phrases. */
  whole(...families: FamilyName[]): RegExp;
  /** A text opens with one of the families' phrases, followed by its end, a space or punctuation. */
  lead(...families: FamilyName[]): RegExp;
  /** `(?:…)` of every month name and abbreviation of the chosen languages. */
  readonly monthSource: string;
  /** `(?:…)` of the weekday names. */
  readonly weekdaySource: string;
  /** `(?:…)` of the words that may join day, month and year ("de"), or an impossible match. */
  readonly joinerSource: string;
  /** 1–12 for a month name or abbreviation of the chosen languages, 0 when it is none. */
  monthNumber(word: string): number;
  /** A short, frequent word of running text ("the", "und", "yang"): no word of a topic. */
  isFunctionWord(word: string): boolean;
}

/**
 * Headings of page furniture, not of the article's argument ("Related", "Newsletter", "Most read", "Comments",
 * "In this article", a journal's "Author information"): never outline entries, and never what makes a
 * boilerplate box an article section. Anchored, so a real section titled "Related conditions and their
 * treatment" stays.
 */
export const FURNITURE_HEADINGS: readonly FamilyName[] = [
  'relatedLabels', 'popularLabels', 'sponsoredLabels', 'shareLabels', 'newsletterHeadings', 'commentLabels', 'adLabels', 'contentsLabels', 'followPrompts', 'shopping',
  'backMatterLabels',
];

export function isFurnitureHeading(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.whole(...FURNITURE_HEADINGS).test(labelText(text));
}

/** A label as the vocabulary compares it: whitespace collapsed, trailing colons, stops, arrows and counts dropped. */
export function labelText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s•·»›>▸▶→|-]+/u, '')
    .replace(/[\s:.!?…»›>▸▶→|-]+$/u, '');
}

const cache = new Map<string, Vocabulary>();

/**
 * The vocabulary of these languages (unknown ones are ignored) plus English. A known language whose table is
 * not registered is an error: a page read without its own words would be read wrongly, and silently.
 */
export function vocabularyFor(languages: readonly string[]): Vocabulary {
  const missing = missingLanguageTables(languages);
  if (missing.length) throw new Error(`vocabulary tables not loaded: ${missing.join(', ')}`);
  const chosen = [...new Set([...languages.map(primaryTag).filter((lang) => TABLES.has(lang)), FALLBACK])];
  const key = chosen.join('+');
  let vocabulary = cache.get(key);
  if (!vocabulary) {
    vocabulary = compile(chosen.map((lang) => TABLES.get(lang)!));
    cache.set(key, vocabulary);
  }
  return vocabulary;
}

/**
 * A reader's own patterns built from a vocabulary, once per vocabulary (vocabularies are cached per set of
 * languages, so a page in a language met before costs no compiling).
 */
export function perVocabulary<T>(build: (vocabulary: Vocabulary) => T): (vocabulary: Vocabulary) => T {
  const built = new WeakMap<Vocabulary, T>();
  return (vocabulary) => {
    let value = built.get(vocabulary);
    if (value === undefined) {
      value = build(vocabulary);
      built.set(vocabulary, value);
    }
    return value;
  };
}

/** English alone: for readers given no page (tests, a fragment of a page). */
export const ENGLISH: Vocabulary = vocabularyFor([]);

function compile(tables: readonly LanguageTable[]): Vocabulary {
  const sources = new Map<FamilyName, string>();
  const source = (family: FamilyName): string => {
    let found = sources.get(family);
    if (found === undefined) {
      const phrases = [...new Set(tables.flatMap((table) => table.phrases[family] ?? []))];
      // A family no chosen language fills matches nothing.
      found = phrases.length ? `(?:${phrases.join('|')})` : '(?!)';
      sources.set(family, found);
    }
    return found;
  };
  const patterns = new Map<string, RegExp>();
  const pattern = (mode: 'whole' | 'lead', families: FamilyName[]): RegExp => {
    const key = `${mode}:${families.join(',')}`;
    let found = patterns.get(key);
    if (!found) {
      const body = families.map(source).join('|');
      found = wordPattern(mode === 'whole' ? `^(?:${body})$` : `^(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
      patterns.set(key, found);
    }
    return found;
  };
  const months = new Map<string, number>();
  for (const table of tables) table.months.forEach((names, index) => names.forEach((name) => months.set(name, index + 1)));
  const alternation = (words: Iterable<string>) => `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
  const joiners = tables.flatMap((table) => table.dateJoiners ?? []);
  const functionWords = new Set(tables.flatMap((table) => FUNCTION_WORDS[table.lang] ?? []));
  return {
    languages: tables.map((table) => table.lang),
    source,
    whole: (...families) => pattern('whole', families),
    lead: (...families) => pattern('lead', families),
    monthSource: alternation(months.keys()),
    weekdaySource: alternation(tables.flatMap((table) => table.weekdays)),
    joinerSource: joiners.length ? alternation(joiners) : '(?!)',
    monthNumber: (word) => months.get(word.toLowerCase().replace(/\.$/, '')) ?? 0,
    isFunctionWord: (word) => functionWords.has(word.toLowerCase()),
  };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function primaryTag(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

// ---- which language a page is in --------------------------------------------------------------------------

/** Fewer function words than this in the sample say nothing about its language. */
const MIN_FUNCTION_WORDS = 8;
/** The best language must beat the next by this factor to count. */
const DETECTION_MARGIN = 1.5;
/** Each function word and the languages it belongs to: one lookup per word of the text. */
const FUNCTION_WORD_LANGUAGES: ReadonlyMap<string, readonly string[]> = (() => {
  const languages = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of new Set(words)) {
      const list = languages.get(word);
      if (list) list.push(lang);
      else languages.set(word, [lang]);
    }
  }
  return languages;
})();

const LONGEST_FUNCTION_WORD = Math.max(...Array.from(FUNCTION_WORD_LANGUAGES.keys(), (word) => word.length));
const LETTER = /\p{L}/u;

/**
 * The language a text is written in, by its function words (its runs of letters, `\p{L}+`, in lower case); null
 * when the text is too short or unclear. It reads whole articles: a scan that cuts out only the words short
 * enough to be function words takes less than half the time of matching every word.
 */
export function detectLanguage(sample: string): string | null {
  // Non-ASCII code points classified once per text: a text repeats its few (curly quotes, accented letters).
  const nonAscii = new Map<number, boolean>();
  const isLetter = (codePoint: number): boolean => {
    if (codePoint < 128) return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90);
    let letter = nonAscii.get(codePoint);
    if (letter === undefined) {
      letter = LETTER.test(String.fromCodePoint(codePoint));
      nonAscii.set(codePoint, letter);
    }
    return letter;
  };
  const counts = new Map<string, number>();
  const text = sample.toLowerCase();
  let wordStart = -1;
  for (let index = 0; index <= text.length; ) {
    const codePoint = index < text.length ? text.codePointAt(index)! : 0;
    if (isLetter(codePoint)) {
      if (wordStart < 0) wordStart = index;
    } else if (wordStart >= 0) {
      if (index - wordStart <= LONGEST_FUNCTION_WORD) {
        for (const lang of FUNCTION_WORD_LANGUAGES.get(text.slice(wordStart, index)) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      }
      wordStart = -1;
    }
    index += codePoint > 0xffff ? 2 : 1;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || best[1] < MIN_FUNCTION_WORDS || (next && best[1] < next[1] * DETECTION_MARGIN)) return null;
  return best[0];
}

/** Enough running text to tell its language, without reading all of a long page. */
const SAMPLE_CHARS = 3000;
const MIN_SAMPLE_TEXT = 40;

/**
 * The languages of a page: the one its running text is written in (`texts`: the body's text nodes, in order)
 * and the one it declares (`<html lang>`, else a content-language or `og:locale` meta tag). English, always
 * among them, is left to `vocabularyFor`.
 */
export function pageLanguages(doc: Document, texts: readonly Text[], metas: readonly Element[] = []): string[] {
  let sample = '';
  for (const text of texts) {
    if (text.data.length < MIN_SAMPLE_TEXT || text.parentElement?.localName !== 'p') continue;
    sample += ` ${text.data}`;
    if (sample.length > SAMPLE_CHARS) break;
  }
  const detected = detectLanguage(sample);
  const declared = declaredLanguage(doc, metas);
  return [detected, declared].filter((lang): lang is string => !!lang);
}

function declaredLanguage(doc: Document, metas: readonly Element[]): string | null {
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang') || html?.getAttribute('xml:lang');
  if (lang) return lang;
  for (const meta of metas) {
    const name = (meta.getAttribute('http-equiv') ?? meta.getAttribute('property') ?? '').toLowerCase();
    if (name === 'content-language' || name === 'og:locale') return meta.getAttribute('content');
  }
  return null;
}
