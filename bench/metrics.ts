/**
 * Scoring for the main-content benchmark: a faithful TypeScript port of the Zyte
 * article-extraction-benchmark metric (`evaluate.py`), plus a bag-of-tokens F1 used as
 * a regression guard on Mozilla Readability's own test pages.
 *
 * Pure functions only: no DOM, no I/O, so they can be unit-tested and reused by any runner.
 */

/**
 * A word character as Python's `re` sees it on a `str`: `\w` is `str.isalnum()` or `_`,
 * i.e. Unicode letters (Lu, Ll, Lt, Lm, Lo), anything with a numeric value (Nd, Nl, No:
 * "²", "Ⅻ", "½" count) and the underscore. Combining marks (Mn, Mc, Me) are NOT word
 * characters in Python, so "हिन्दी" or a decomposed "é" (e + U+0301) split there; adding
 * `\p{M}` would merge tokens the reference scorer keeps apart and drift from its numbers.
 * Checked code point by code point against CPython 3.11 (Unicode 14): identical, except
 * characters assigned after Unicode 14, which JS's newer tables also count as letters.
 */
const WORD_RUN = /[\p{L}\p{N}_]+/gu;

/** Maximal runs of word characters, case kept (the reference tokenizer does not fold case). */
export function tokenize(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

/** A multiset: item -> how many times it occurs. */
export type Multiset = Map<string, number>;

/**
 * Joins a shingle's tokens into one Map key. U+0001 cannot occur inside a token
 * (it is not a word character), so distinct token tuples never collide.
 */
const SHINGLE_JOINER = '\u0001';

function countInto(bag: Multiset, key: string): void {
  bag.set(key, (bag.get(key) ?? 0) + 1);
}

/**
 * Multiset of the token n-grams ("shingles") of a token list. As in the reference, a text
 * shorter than n tokens still yields exactly one (shorter) shingle, so a 2-word caption
 * is not invisible; an empty text yields none.
 */
export function shingles(tokens: readonly string[], n = 4): Multiset {
  const bag: Multiset = new Map();
  if (tokens.length === 0) return bag;
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    countInto(bag, tokens.slice(i, i + n).join(SHINGLE_JOINER));
  }
  return bag;
}

/** Multiset of tokens (bag of words). */
export function tokenBag(tokens: readonly string[]): Multiset {
  const bag: Multiset = new Map();
  for (const token of tokens) countInto(bag, token);
  return bag;
}

/** Overlap of two multisets: shared items count min(a, b) times; the rest are the surpluses. */
export function multisetOverlap(
  predicted: Multiset,
  expected: Multiset,
): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, predCount] of predicted) {
    const trueCount = expected.get(key) ?? 0;
    tp += Math.min(predCount, trueCount);
    fp += Math.max(0, predCount - trueCount);
  }
  for (const [key, trueCount] of expected) {
    fn += Math.max(0, trueCount - (predicted.get(key) ?? 0));
  }
  return { tp, fp, fn };
}

export interface PageScore {
  /** Shingles found in both texts (multiset intersection). */
  tp: number;
  /** Predicted shingles beyond those in the truth: boilerplate kept. */
  fp: number;
  /** True shingles beyond those predicted: article text lost. */
  fn: number;
  precision: number;
  recall: number;
}

/**
 * tp / (tp + wrong) with the reference's edge cases: a perfect match (fp = fn = 0, which
 * includes two empty texts) scores 1; otherwise 0/0 scores 0.
 */
function edgeSafeRatio(tp: number, wrong: number, perfect: boolean): number {
  if (perfect) return 1;
  if (tp === 0 && wrong === 0) return 0;
  return tp / (tp + wrong);
}

/**
 * Scores one page: 4-gram shingle multisets of the predicted and the ground-truth text.
 * The reference normalises tp/fp/fn by their sum (so long pages do not weigh more); that
 * leaves every ratio unchanged, so raw counts are kept here, which makes them checkable.
 */
export function pageScore(predicted: string, truth: string, n = 4): PageScore {
  const { tp, fp, fn } = multisetOverlap(shingles(tokenize(predicted), n), shingles(tokenize(truth), n));
  return {
    tp,
    fp,
    fn,
    precision: edgeSafeRatio(tp, fp, fp === 0 && fn === 0),
    recall: edgeSafeRatio(tp, fn, fp === 0 && fn === 0),
  };
}

export interface AggregateScore {
  /** Mean page precision over pages that predicted something (tp + fp > 0). */
  precision: number;
  /** Mean page recall over pages whose truth is non-empty (tp + fn > 0). */
  recall: number;
  /** Harmonic mean of the two means (not a mean of page F1s), as published. */
  f1: number;
  /** Number of pages scored. */
  pages: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Macro-averages page scores the way the benchmark does: a page that predicted nothing does
 * not count toward precision (it is penalised through recall instead), and a page with an
 * empty truth does not count toward recall.
 */
export function aggregate(pageScores: readonly PageScore[]): AggregateScore {
  const precision = mean(pageScores.filter((s) => s.tp + s.fp > 0).map((s) => s.precision));
  const recall = mean(pageScores.filter((s) => s.tp + s.fn > 0).map((s) => s.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pageScores.length };
}

/**
 * Bag-of-tokens F1 between two texts (order ignored). Used on Readability's test pages to
 * check that a cleaner keeps what Readability keeps, without being fooled by whitespace or
 * markup differences. Two empty texts agree perfectly (1); one empty text scores 0.
 */
export function tokenF1(predicted: string, expected: string): number {
  const { tp, fp, fn } = multisetOverlap(tokenBag(tokenize(predicted)), tokenBag(tokenize(expected)));
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0) return 0;
  return (2 * tp) / (2 * tp + fp + fn);
}
