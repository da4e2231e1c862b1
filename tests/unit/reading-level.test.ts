/**
 * Reading level on texts whose counts are done by hand below, so each grade can be checked with a pencil.
 * English syllables are the `syllable` package's, which agrees with the dictionary on every word used here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readingLevel } from '../../lib/health/reading-level';
import { spanishSyllables } from '../../lib/health/spanish-syllables';
import type { OutlineEntry } from '../../lib/types';
import { closeDocuments, happyDocument } from '../support/dom';

afterAll(closeDocuments);

const repeat = (sentence: string, times: number) => Array(times).fill(sentence).join(' ');

/** An article body as the pipeline leaves it: section headings carry their outline id. */
function article(intro: string, sections: [heading: string, text: string][]): { root: Element; outline: OutlineEntry[] } {
  const doc = happyDocument('<!doctype html><body><div id="root"></div></body>');
  const root = doc.getElementById('root')!;
  const outline: OutlineEntry[] = [];
  if (intro) root.append(Object.assign(doc.createElement('p'), { textContent: intro }));
  sections.forEach(([heading, text], index) => {
    const id = `h${index + 1}`;
    const h2 = Object.assign(doc.createElement('h2'), { textContent: heading });
    h2.setAttribute('data-hao-id', id);
    root.append(h2, Object.assign(doc.createElement('p'), { textContent: text }));
    outline.push({ level: 2, text: heading, id });
  });
  return { root, outline };
}

// "Drink(1) water(2) every(2) day(1) and(1) rest(1) when(1) you(1) feel(1) tired(1)": 10 words, 12 syllables.
const EASY = 'Drink water every day and rest when you feel tired.';
// "Physicians(3) recommend(3) immediate(4) evaluation(5) of(1) persistent(3) abdominal(4) discomfort(3)": 8 words, 26 syllables.
const HARD = 'Physicians recommend immediate evaluation of persistent abdominal discomfort.';

describe('readingLevel, English (Flesch–Kincaid: 0.39 × words/sentences + 11.8 × syllables/words − 15.59)', () => {
  const { root, outline } = article('Rest helps.', [
    ['Everyday care', repeat(EASY, 6)],
    ['Seeing a doctor', repeat(HARD, 7)],
    ['In short', 'Drink water.'],
  ]);

  it('grades the article and each section long enough to measure, to one decimal', () => {
    // Everyday care: 60 words, 6 sentences, 72 syllables: 0.39 × 10 + 11.8 × 1.2 − 15.59 = 3.9 + 14.16 − 15.59 = 2.47 → 2.5
    // Seeing a doctor: 56 words, 7 sentences, 182 syllables: 0.39 × 8 + 11.8 × 3.25 − 15.59 = 3.12 + 38.35 − 15.59 = 25.88 → 25.9
    // In short: "Drink(1) water(2)." 2 words, too few to measure alone (fewer than 50), but counted in the article.
    // Article: intro "Rest(1) helps(1)." + the three sections = 120 words, 15 sentences, 2 + 72 + 182 + 3 = 259 syllables:
    //   0.39 × 120/15 + 11.8 × 259/120 − 15.59 = 3.12 + 25.4683 − 15.59 = 12.998 → 13
    expect(readingLevel(root, outline, 'en-GB')).toEqual({
      grade: 13,
      formula: 'Flesch–Kincaid',
      perSection: [
        { sectionId: 'h1', grade: 2.5 },
        { sectionId: 'h2', grade: 25.9 },
      ],
    });
  });

  it('is null for a language without a formula, for no language, and for a text under 50 words', () => {
    expect(readingLevel(root, outline, 'fr')).toBeNull();
    expect(readingLevel(root, outline, null)).toBeNull();
    const short = article('', [['Everyday care', repeat(EASY, 4)]]);
    expect(readingLevel(short.root, short.outline, 'en')).toBeNull();
  });

  it('reads numbers as no words, and a list item or a paragraph without a full stop as one sentence', () => {
    // 5 × EASY + "Take 2 tablets" as a list item (the "2" is not a word) = 52 words, 6 sentences,
    // 60 + Take(1) tablets(2) = 63 syllables: 0.39 × 52/6 + 11.8 × 63/52 − 15.59 = 3.38 + 14.2962 − 15.59 = 2.0862 → 2.1
    const doc = happyDocument(`<!doctype html><body><div id="root"><p>${repeat(EASY, 5)}</p><ul><li>Take 2 tablets</li></ul></div></body>`);
    expect(readingLevel(doc.getElementById('root')!, [], 'en')).toEqual({ grade: 2.1, formula: 'Flesch–Kincaid', perSection: [] });
  });
});

describe('readingLevel on a paragraph of paragraphs', () => {
  it('reads each inner paragraph as a block, as if they stood side by side (Readability can nest them; no parser does)', () => {
    const doc = happyDocument('<!doctype html><body><div id="root"></div></body>');
    const outer = doc.createElement('p');
    const span = outer.appendChild(doc.createElement('span'));
    // "Drink water" without a full stop, then EASY × 5: glued together they would be one sentence fewer.
    for (const text of ['Drink water', repeat(EASY, 5)]) span.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
    doc.getElementById('root')!.append(outer);
    // 52 words, 6 sentences, 3 + 60 = 63 syllables: 0.39 × 52/6 + 11.8 × 63/52 − 15.59 = 2.0862 → 2.1
    expect(readingLevel(doc.getElementById('root')!, [], 'en')).toEqual({ grade: 2.1, formula: 'Flesch–Kincaid', perSection: [] });
  });
});

describe('readingLevel, Spanish (Fernández-Huerta: L = 206.84 − 0.60 × syllables per 100 words − 1.02 × words/sentences)', () => {
  // "El(1) niño(2) come(2) pan(1)": 4 words, 6 syllables.
  const EASY_ES = 'El niño come pan.';
  // "La(1) administración(5) prolongada(4) de(1) antiinflamatorios(7) aumenta(3) considerablemente(7) el(1)
  // riesgo(2) de(1) complicaciones(5) gastrointestinales(6)": 12 words, 43 syllables.
  const HARD_ES = 'La administración prolongada de antiinflamatorios aumenta considerablemente el riesgo de complicaciones gastrointestinales.';
  const { root, outline } = article('', [
    ['Comer bien', repeat(EASY_ES, 13)],
    ['Medicamentos', repeat(HARD_ES, 5)],
  ]);

  it('grades by the formula and the school year its table gives the score', () => {
    // Comer bien: 52 words, 13 sentences, 78 syllables: 206.84 − 0.60 × 150 − 1.02 × 4 = 112.76 → 90–100: 4th grade
    // Medicamentos: 60 words, 5 sentences, 215 syllables: 206.84 − 0.60 × 358.33 − 1.02 × 12 = −20.40 → below 30: 16
    // Article: 112 words, 18 sentences, 293 syllables: 206.84 − 0.60 × 261.61 − 1.02 × 6.22 = 43.53 → 30–50: 14
    expect(readingLevel(root, outline, 'es-ES')).toEqual({
      grade: 14,
      formula: 'Fernández-Huerta',
      perSection: [
        { sectionId: 'h1', grade: 4 },
        { sectionId: 'h2', grade: 16 },
      ],
    });
  });
});

describe('spanishSyllables', () => {
  it.each([
    ['pan', 1],
    ['niño', 2],
    ['ciudad', 2], // ciu-dad: i + u, a diphthong
    ['aéreo', 4], // a-é-re-o: strong vowels stand apart
    ['país', 2], // pa-ís: a stressed í stands apart
    ['día', 2],
    ['baúl', 2],
    ['guerra', 2], // the u of gue is silent
    ['quiero', 2], // quie-ro
    ['pingüino', 3], // pin-güi-no: ü is heard
    ['muy', 1], // y ends the word as a vowel
    ['hoy', 1],
    ['y', 1],
    ['reyes', 2], // y before a vowel is a consonant
    ['Uruguay', 3], // U-ru-guay: a triphthong
    ['chiita', 3], // chi-i-ta: a doubled vowel
    ['antiinflamatorios', 7],
    ['gastrointestinales', 6],
    ['km', 1],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});
