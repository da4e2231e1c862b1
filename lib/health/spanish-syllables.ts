/**
 * Syllables of a Spanish word, by its vowel nuclei. Spanish spelling is regular enough that counting needs
 * no dictionary: adjacent vowels share a syllable (a diphthong or triphthong) unless both are strong
 * (a, e, o: "le-er") or one is a stressed í/ú ("dí-a", "ba-úl"); the u of que/qui/gue/gui is silent
 * (written ü when it is not: "pin-güi-no"); y is a vowel at the end of a word ("hoy", "muy") or alone.
 * No package on the npm registry does this and is kept up (the one that exists keeps global state and ships
 * its test framework as a dependency), so here it is, small and tested.
 */

/** A stressed í or ú is as strong as a, e, o: it stands in a syllable of its own ("dí-a", "ba-úl"). */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü', 'y']);

export function spanishSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .replace(/(?<=[qg])u(?=[eéií])/g, '')
    // y is a consonant before a vowel ("ya", "reyes"), a vowel elsewhere ("hoy", "y").
    .replace(/y(?=[aeiouáéíóú])/g, 'ʝ');
  let count = 0;
  let previous = '';
  for (const letter of letters) {
    const vowel = STRONG.has(letter) || WEAK.has(letter);
    if (!vowel) {
      previous = '';
      continue;
    }
    // A new nucleus: the first vowel, two strong vowels side by side, or a doubled vowel ("chi-i-ta").
    if (!previous || (STRONG.has(previous) && STRONG.has(letter)) || previous === letter) count++;
    previous = letter;
  }
  // Every word is spoken with at least one syllable ("km", "sr").
  return Math.max(1, count);
}

