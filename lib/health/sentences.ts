/** Sentences of running text, for key points, care advice, reading level and read aloud. */

/** Abbreviations whose period never ends a sentence. */
const ABBREVIATIONS = new Set(
  'dr mr mrs ms prof sr jr st mt vs approx fig figs no nos vol pp ca cf al inc ltd co corp dept univ gen gov sen rep rev hon lt col sgt capt jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** Words that begin sentences; after "U.S." or an initial they mean the sentence did end there. */
const SENTENCE_STARTERS = new Set(
  'the this that these those it its in a an but and however he she they we i you their there for if when while most many some such as at after before because so also one other our your his her what why how researchers studies research people doctors experts'.split(' '),
);
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/**
 * Splits prose into sentences. A period after an abbreviation ("Dr.", "e.g.", "Feb. 23"), a dotted acronym
 * ("U.S.") or a name's initial ("Hansa D. Bhargava") does not end a sentence unless the next word plainly
 * starts one ("…in the U.S. The study…"); decimals ("2.5 mg") have no space after their point.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !endsSentence(text.slice(start, match.index), text.slice(match.index + match[0].length))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

function endsSentence(before: string, after: string): boolean {
  const token = /(\S+)$/.exec(before)?.[1]?.replace(/^[("“'‘[]+/, '') ?? '';
  const nextWord = (/^["'“‘(\[]?([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '').toLowerCase();
  const starts = SENTENCE_STARTERS.has(nextWord);
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower) || /^(?:e\.g|i\.e|etc)$/i.test(lower)) return lower === 'etc' && starts;
  // Dotted acronyms: U.S, Ph.D, M.D.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return starts;
  // A capital initial after a capitalized word is part of a name; "vitamin D." ends its sentence.
  if (/^\p{Lu}$/u.test(token)) {
    const previous = /(\S+)\s+\S+$/.exec(before)?.[1] ?? '';
    return starts || !/^\p{Lu}/u.test(previous);
  }
  return true;
}
