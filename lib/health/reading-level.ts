/**
 * How hard the article is to read, by the formula made for its language: Flesch–Kincaid grade for English
 * (wooorm's `flesch-kincaid` with `syllable`), Fernández-Huerta for Spanish. Both count only word and
 * sentence length; other languages get null rather than an English formula that would mislead.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { OutlineEntry, ReadingLevel } from '../types';
import { articleProse, type ArticleProse } from './article-blocks';
import { spanishSyllables } from './spanish-syllables';

/** Fewer words than this make no sample: a formula over two sentences says more about them than about the text. */
export const MIN_SAMPLE_WORDS = 50;

interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

interface Formula {
  name: string;
  syllables: (word: string) => number;
  grade: (counts: Counts) => number;
}

/**
 * Fernández-Huerta (1959) with Law's (2011) correction: L = 206.84 − 0.60·P − 1.02·F, P syllables per 100
 * words, F words per sentence. Its own table gives the school year a score suits: 90–100 4th grade, 80–90
 * 5th, 70–80 6th, 60–70 7th or 8th, 50–60 pre-university (12th), 30–50 first university years (14th), below
 * 30 university specialists (16th).
 */
function fernandezHuertaGrade(counts: Counts): number {
  const ease = 206.84 - 0.6 * ((100 * counts.syllable) / counts.word) - 1.02 * (counts.word / counts.sentence);
  const bands: [minimum: number, grade: number][] = [
    [90, 4],
    [80, 5],
    [70, 6],
    [60, 8],
    [50, 12],
    [30, 14],
  ];
  return bands.find(([minimum]) => ease >= minimum)?.[1] ?? 16;
}

/**
 * `count` remembered per word for one article: an article repeats most of its words, and counting syllables
 * (rules and exception lists per word) was the costliest part of the reading level. One memo per call, so a
 * page is measured as the popup meets it, with nothing counted by an earlier page.
 */
function memoized(count: (word: string) => number): (word: string) => number {
  const counted = new Map<string, number>();
  return (word) => {
    let syllables = counted.get(word);
    if (syllables === undefined) {
      syllables = count(word);
      counted.set(word, syllables);
    }
    return syllables;
  };
}

const FORMULAS: Record<string, Formula> = {
  en: { name: 'Flesch–Kincaid', syllables: syllable, grade: (counts) => fleschKincaid({ ...counts }) },
  es: { name: 'Fernández-Huerta', syllables: spanishSyllables, grade: fernandezHuertaGrade },
};

/** Words are runs of letters (with inner apostrophes and hyphens); numbers are not read as words. */
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

const noCounts = (): Counts => ({ sentence: 0, word: 0, syllable: 0 });

function countText(sentences: readonly string[], formula: Formula): Counts {
  const counts = noCounts();
  for (const sentence of sentences) {
    const words = sentence.match(WORD);
    if (!words) continue;
    counts.sentence++;
    counts.word += words.length;
    for (const word of words) counts.syllable += formula.syllables(word);
  }
  return counts;
}

function add(into: Counts, counts: Counts): void {
  into.sentence += counts.sentence;
  into.word += counts.word;
  into.syllable += counts.syllable;
}

/** One decimal, as grade levels are usually given. */
const round = (grade: number): number => Math.round(grade * 10) / 10;

/**
 * The article's reading level by its language's formula, and the grade of each outline section long enough
 * to measure (the introduction before the first heading counts for the article only). Null for a language
 * without a formula, or an article too short to measure.
 */
export function readingLevel(root: Element, outline: readonly OutlineEntry[], lang: string | null, prose?: ArticleProse): ReadingLevel | null {
  const formula = FORMULAS[(lang ?? '').toLowerCase().split(/[-_]/)[0]!];
  if (!formula) return null;
  const counting = { ...formula, syllables: memoized(formula.syllables) };
  const total = noCounts();
  const bySection = new Map<string, Counts>();
  const { blocks, sentences } = prose ?? articleProse(root, outline);
  for (const block of blocks) {
    const counts = countText(sentences(block.text), counting);
    add(total, counts);
    if (!block.section) continue;
    const id = block.section.id;
    if (!bySection.has(id)) bySection.set(id, noCounts());
    add(bySection.get(id)!, counts);
  }
  if (total.word < MIN_SAMPLE_WORDS) return null;
  const perSection = Array.from(bySection)
    .filter(([, counts]) => counts.word >= MIN_SAMPLE_WORDS)
    .map(([sectionId, counts]) => ({ sectionId, grade: round(formula.grade(counts)) }));
  return { grade: round(formula.grade(total)), formula: formula.name, perSection };
}
