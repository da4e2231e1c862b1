import { splitDateline } from './dates';
import { MAX_KEY_POINT_WORDS, MAX_KEY_POINTS, mostlyLinks, outlinePosition, type Takeaways } from './takeaways';
import { splitSentences } from './sentences';
import type { ArticleProse } from './article-blocks';
import { HEADING_ID_ATTRIBUTE } from '../page/headings';
import { SOURCES_ATTRIBUTE } from './sources';
import { countWords, nextElementWithin, textOf, textSimilarity } from '../page/text';
import type { KeyPoint, OutlineEntry } from '../types';
import { ENGLISH, labelText, perVocabulary, wordPattern, type Vocabulary } from '../vocabulary/index';

export const MIN_KEY_POINTS = 3;
/** Shorter sentences are captions, labels or fragments, rarely a point. */
const MIN_SENTENCE_WORDS = 8;

/**
 * The vocabulary's summary labels: a run-in label that makes a block the article's own summary of a section
 * ("<strong>Summary</strong> …"), or words that make a heading's section one ("The bottom line").
 */
const summaryOf = perVocabulary((vocabulary) => ({
  label: vocabulary.whole('summaryLabels'),
  section: wordPattern(`(?<!\\p{L})${vocabulary.source('summaryLabels')}(?!\\p{L})`, 'iu'),
}));
/** Sentences that lean on the one before ("This means…", "But…") make poor stand-alone points. */
const LEANS_ON_CONTEXT = /^(?:this|these|that|those|it|its|they|them|their|he|she|his|her|but|and|or|so|also|however|still|yet|then|such|thus|here)\b/i;
const QUOTATION = /["“”]|\b(?:said|says|told)\b/;
const NOT_A_POINT = /https?:|www\.|©|\b(?:click|subscribe|sign up|newsletter|read more|learn more|advertisement)\b/i;
const NOT_PROSE = new Set(['table', 'figure', 'figcaption', 'pre', 'code', 'nav', 'aside', 'footer', 'form', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STOPWORDS = new Set(
  'about above after again against also although among another because been before being below between both but can cannot could did does doing down during each either else even ever every few for from further had has have having her here hers herself him himself his how however into its itself just least less like made make many may might more most much must near neither nor not now off often once only other our ours out over own per rather same several she should since some such than that the their theirs them themselves then there these they this those though through thus too under until upon very was were what when where whether which while who whom whose why will with within without would yet you your yours'.split(' '),
);

/** The outline id of the section at `position`: the last outline entry at or before it. */
function sectionAt(outline: readonly OutlineEntry[], position: number): string | null {
  let id: string | null = null;
  for (const entry of outline) if (outlinePosition(entry.id) <= position) id = entry.id;
  return id;
}

interface Candidate {
  text: string;
  /** Article order. */
  order: number;
  sectionId: string | null;
  words: Set<string>;
  /** Content words of its section's heading. */
  headingWords: Set<string>;
  opensSection: boolean;
  opensParagraph: boolean;
  summary: boolean;
}

/**
 * 3–5 key points for the article in `root` (the cleaned, sanitized article), each with the outline id of
 * its section. The page's own takeaways box wins when it has one. Otherwise sentences are chosen, on the
 * device and deterministically, from the article's paragraphs and list items (never tables, captions,
 * quotes or page furniture, which cleaning removed): sentences that open sections, share words with their
 * heading and the title, use the article's frequent words, or sit in the page's own per-section summaries
 * score higher; one per section first, no near-repeats, shown in article order.
 */
export function selectKeyPoints(
  root: Element,
  outline: readonly OutlineEntry[],
  title: string,
  takeaways: Takeaways | null,
  vocabulary: Vocabulary = ENGLISH,
  sentences: ArticleProse['sentences'] = splitSentences,
): KeyPoint[] {
  if (takeaways) {
    const sectionId = sectionAt(outline, takeaways.position);
    return takeaways.items.map((text) => ({ text, sectionId }));
  }
  const candidates = collectCandidates(root, outline, vocabulary, sentences);
  const frequency = new Map<string, number>();
  for (const candidate of candidates) for (const word of candidate.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const titleWords = contentWords(title);
  const scored = candidates
    .map((candidate) => ({ candidate, score: score(candidate, frequency, titleWords) }))
    .sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order)
    .map(({ candidate }) => candidate);

  const sections = new Set(candidates.map((candidate) => candidate.sectionId));
  const wanted = Math.min(MAX_KEY_POINTS, Math.max(MIN_KEY_POINTS, sections.size));
  const chosen: Candidate[] = [];
  const fits = (candidate: Candidate) => !chosen.some((other) => textSimilarity(other.text, candidate.text) >= 0.6);
  const used = new Set<string | null>();
  for (const candidate of scored) {
    if (chosen.length === wanted) break;
    if (used.has(candidate.sectionId) || !fits(candidate)) continue;
    used.add(candidate.sectionId);
    chosen.push(candidate);
  }
  for (const candidate of scored) {
    if (chosen.length === wanted) break;
    if (!chosen.includes(candidate) && fits(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.order - b.order).map(({ text, sectionId }) => ({ text, sectionId }));
}

function score(candidate: Candidate, frequency: ReadonlyMap<string, number>, titleWords: ReadonlySet<string>): number {
  let total = 0;
  // Centrality: the article's recurring words, capped so one repeated word cannot dominate.
  let recurring = 0;
  for (const word of candidate.words) recurring += Math.min((frequency.get(word) ?? 1) - 1, 3);
  total += recurring / (candidate.words.size + 3);
  total += 2 * overlap(candidate.words, candidate.headingWords) + overlap(candidate.words, titleWords);
  if (candidate.opensSection) total += 1.5;
  else if (candidate.opensParagraph) total += 0.5;
  if (candidate.summary) total += 2;
  if (LEANS_ON_CONTEXT.test(candidate.text)) total -= 1.5;
  if (QUOTATION.test(candidate.text)) total -= 1;
  return total;
}

/** Share of `target`'s words that `words` has. */
function overlap(words: ReadonlySet<string>, target: ReadonlySet<string>): number {
  if (!target.size) return 0;
  let shared = 0;
  for (const word of target) if (words.has(word)) shared++;
  return shared / target.size;
}

/** One pass over the article's blocks in reading order, tracking the outline section each falls under. */
function collectCandidates(root: Element, outline: readonly OutlineEntry[], vocabulary: Vocabulary, sentences: ArticleProse['sentences']): Candidate[] {
  const summary = summaryOf(vocabulary);
  const sections = new Map(outline.map((entry) => [entry.id, entry]));
  const candidates: Candidate[] = [];
  let section: OutlineEntry | null = null;
  let headingWords = new Set<string>();
  let blocksInSection = 0;
  let summarySection = false;

  const readBlock = (block: Element) => {
    let text = textOf(block);
    if (!text || mostlyLinks(block)) return;
    const first = block.firstElementChild;
    const labelled = !!first && /^(strong|b)$/.test(first.localName) && summary.label.test(labelText(textOf(first))) && text.startsWith(textOf(first));
    if (labelled) text = text.slice(textOf(first).length).replace(/^[\s:.–—-]+/, '');
    text = splitDateline(text, vocabulary)?.rest ?? text;
    sentences(text).forEach((sentence, index) => {
      const point = withoutCitations(sentence);
      if (!isPointSentence(point)) return;
      candidates.push({
        text: point,
        order: candidates.length,
        sectionId: section?.id ?? null,
        words: contentWords(point),
        headingWords,
        opensSection: blocksInSection === 0 && index === 0,
        opensParagraph: index === 0,
        summary: labelled || summarySection,
      });
    });
    blocksInSection++;
  };

  // Pre-order by a loop (pages nest deeper than a call stack); headings and blocks read are not entered.
  let child = root.firstElementChild;
  while (child) {
    let enter = false;
    const entry = sections.get(child.getAttribute(HEADING_ID_ATTRIBUTE) ?? '');
    if (entry) {
      section = entry;
      headingWords = contentWords(entry.text);
      blocksInSection = 0;
      summarySection = summary.section.test(entry.text);
    } else {
      const tag = child.localName;
      // A sources list kept amid the article cites, it does not state.
      const prose = !NOT_PROSE.has(tag) && !child.hasAttribute(SOURCES_ATTRIBUTE);
      if (prose && (tag === 'p' || (tag === 'li' && !child.querySelector('p, ul, ol, div')))) readBlock(child);
      else if (prose && tag === 'blockquote') {
        // A pull quote repeats the article; a labelled summary box sums it up.
        const first = child.firstElementChild;
        if (first && summary.label.test(labelText(textOf(first)))) readBlock(child);
      } else enter = prose;
    }
    child = nextElementWithin(root, child, !enter);
  }
  return candidates;
}

function isPointSentence(sentence: string): boolean {
  const words = countWords(sentence);
  return (
    words >= MIN_SENTENCE_WORDS &&
    words <= MAX_KEY_POINT_WORDS &&
    /[.!]["'”’)\]]*$/.test(sentence) &&
    /^["“'‘(]?[\p{Lu}\p{N}]/u.test(sentence) &&
    !NOT_A_POINT.test(sentence)
  );
}

/** Numbered citations ("(1)", "[2, 3]") read as noise once the sentence stands alone. */
function withoutCitations(sentence: string): string {
  return sentence
    .replace(/\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/g, '')
    .replace(/\s*\(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\)(?=\s*[.!?]?["'”’]?$)/, '')
    .trim();
}

/** Lower-case content words without stopwords, possessive and plural "s" dropped ("doctors" = "doctor"). */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = withoutPluralS(withoutPossessive(token));
    if (word.length >= 3 && !STOPWORDS.has(word)) words.add(word);
  }
  return words;
}

// By string ends rather than by regular expressions: these run on every word of the article.
const withoutPossessive = (word: string): string => (word.length >= 2 && word.endsWith('s') && (word[word.length - 2] === "'" || word[word.length - 2] === '’') ? word.slice(0, -2) : word);
const withoutPluralS = (word: string): string => (word.length >= 2 && word.endsWith('s') && word[word.length - 2] !== 's' ? word.slice(0, -1) : word);
