import { describe, it, expect } from 'vitest';
import { aggregate, pageScore, shingles, tokenF1, tokenize } from '../../bench/metrics';

describe('tokenize (Python re \\w+ on str)', () => {
  it('keeps letters, numerics and underscore; splits on punctuation, spaces and combining marks', () => {
    // Expected list produced by CPython 3.11: re.findall(r'\w+', text)
    const text = 'Café_au-lait, 3½ naïve 東京タワー2019; x²+y=z! e\u0301te\u0301 Ⅻ «quoted» it’s \u00a0tab\there';
    expect(tokenize(text)).toEqual([
      'Café_au', 'lait', '3½', 'naïve', '東京タワー2019', 'x²', 'y', 'z', 'e', 'te', 'Ⅻ', 'quoted', 'it', 's', 'tab', 'here',
    ]);
  });

  it('splits at Devanagari vowel signs as Python does', () => {
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });

  it('gives no token for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- ! ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('gives one shorter shingle for 1 to 3 tokens', () => {
    for (const tokens of [['a'], ['a', 'b'], ['a', 'b', 'c']]) {
      const bag = shingles(tokens);
      expect(bag.size).toBe(1);
      expect([...bag.values()]).toEqual([1]);
    }
    expect(shingles(['a', 'b'])).not.toEqual(shingles(['a', 'b', 'c']));
  });

  it('gives none for empty text', () => {
    expect(shingles([]).size).toBe(0);
  });

  it('counts repeated 4-grams', () => {
    const bag = shingles(tokenize('a b c d a b c d'));
    expect([...bag.values()].sort()).toEqual([1, 1, 1, 2]);
  });
});

describe('pageScore', () => {
  it('scores a hand-computed pair', () => {
    // predicted 4-grams: abcd bcde; truth: abcd bcdf cdfg
    const score = pageScore('a b c d e', 'a, b. c d f g');
    expect(score).toEqual({ tp: 1, fp: 1, fn: 2, precision: 1 / 2, recall: 1 / 3 });
  });

  it('uses multiset counts', () => {
    // predicted: abcd x2, bcda, cdab, dabc; truth: abcd
    expect(pageScore('a b c d a b c d', 'a b c d')).toEqual({ tp: 1, fp: 4, fn: 0, precision: 0.2, recall: 1 });
  });

  it('scores two empty texts as perfect and an empty prediction as zero', () => {
    expect(pageScore('', '')).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(pageScore('', 'a b')).toEqual({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0 });
  });
});

describe('aggregate', () => {
  it('averages precision over pages that predicted something and recall over pages with truth', () => {
    const result = aggregate([
      pageScore('', 'a b c d e'), // P skipped (nothing predicted), R 0
      pageScore('a b c d', 'a b c d'), // P 1, R 1
      pageScore('x y', ''), // P 0, R skipped (empty truth)
      pageScore('', ''), // skipped for both
      pageScore('a b c d e', 'a b c d f g'), // P 1/2, R 1/3
    ]);
    expect(result.pages).toBe(5);
    expect(result.precision).toBeCloseTo((1 + 0 + 1 / 2) / 3, 12);
    expect(result.recall).toBeCloseTo((0 + 1 + 1 / 3) / 3, 12);
    expect(result.f1).toBeCloseTo(8 / 17, 12);
  });
});

describe('tokenF1', () => {
  it('is a bag-of-tokens F1', () => {
    // predicted {a:2, b:1}, expected {a:1, b:1, c:1}: tp 2, fp 1, fn 1
    expect(tokenF1('a a b', 'b, c a')).toBeCloseTo(2 / 3, 12);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('', 'a')).toBe(0);
  });
});
