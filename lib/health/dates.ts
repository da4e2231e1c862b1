/**
 * Dates as pages write them, normalized to ISO calendar dates (YYYY-MM-DD), with month and weekday names from the
 * page's vocabulary: "July 19, 2025", "2. November 2023", "3 de marzo de 2024", "le 1er mars 2024",
 * "Kamis, 02 Nov 2023 20:59 WIB", "02.11.2023".
 */
import { ENGLISH, perVocabulary, wordPattern, type Vocabulary } from '../vocabulary/index';

const ISO_DATE = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/;
/** Day first with dots, as German, Dutch and others write it: "02.11.2023". Never month first. */
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
/** A place in capitals opening a dateline ("WASHINGTON, "). */
const DATELINE_PLACE = /^[A-Z][A-Z .'-]+,\s*/;
/** A news dateline: the date, then a dash, then the story ("Feb. 23, 2015 -- Life-threatening…"). */
const DATELINE_DASH = /^\s*(?:--|[—–-])\s*(?=\S)/;
/** A place, a weekday and a date fit in this; keeps the search off the rest of long paragraphs. */
const MAX_DATELINE_LENGTH = 70;
const DIGIT = /\d/;

interface DatePatterns {
  monthDayYear: RegExp;
  dayMonthYear: RegExp;
  /** What may stand before a dateline's date after its place: a weekday ("Tuesday, "), or nothing. */
  datelineWeekday: RegExp;
  /** A text that may open with a dateline: a place, a weekday, then a date. */
  dateStart: RegExp;
}

/** Month and weekday patterns; not `\b`, which knows ASCII letters only ("août", "März"). */
const patternsOf = perVocabulary((vocabulary): DatePatterns => {
  const month = `(?<!\\p{L})(${vocabulary.monthSource})\\.?(?!\\p{L})`;
  const joiner = `(?:\\s+${vocabulary.joinerSource})?`;
  const weekday = `${vocabulary.weekdaySource},?\\s*`;
  return {
    monthDayYear: wordPattern(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    dayMonthYear: wordPattern(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?${joiner}\\s*${month},?${joiner}\\s+(\\d{4})(?!\\d)`, 'iu'),
    datelineWeekday: wordPattern(`^(?:${weekday})?$`, 'iu'),
    dateStart: wordPattern(`^\\s*(?:[A-Z][A-Z .'-]+,\\s*)?(?:${weekday})?(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:\\p{L}+\\s+)?\\p{L}{3}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?!\\d))`, 'iu'),
  };
});

export interface DateMatch {
  iso: string;
  /** Where the written date starts and ends in the text. */
  index: number;
  end: number;
}

/** Finds the first date written in `text`; null when there is none or it is not a real calendar date. */
export function findDate(text: string | null | undefined, vocabulary: Vocabulary = ENGLISH): string | null {
  return findDateMatch(text, vocabulary)?.iso ?? null;
}

/** `findDate` with the date's place in the text: the earliest of the written forms. */
export function findDateMatch(text: string | null | undefined, vocabulary: Vocabulary = ENGLISH): DateMatch | null {
  if (!text) return null;
  const { monthDayYear, dayMonthYear } = patternsOf(vocabulary);
  const found: DateMatch[] = [];
  const iso = ISO_DATE.exec(text);
  if (iso) pushValid(found, iso, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED_DATE.exec(text);
  if (dotted) pushValid(found, dotted, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const monthFirst = monthDayYear.exec(text);
  if (monthFirst) pushValid(found, monthFirst, Number(monthFirst[3]), vocabulary.monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = dayMonthYear.exec(text);
  if (dayFirst) pushValid(found, dayFirst, Number(dayFirst[3]), vocabulary.monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  return found.reduce<DateMatch | null>((first, match) => (!first || match.index < first.index ? match : first), null);
}

/** A text that may open with a news dateline (a place, a weekday, then a date): worth a closer look. */
export function mayOpenWithDate(text: string, vocabulary: Vocabulary = ENGLISH): boolean {
  const opening = text.slice(0, MAX_DATELINE_LENGTH);
  // Every date form `dateStart` knows has a digit: one cheap scan rules out most of a page's text nodes.
  return DIGIT.test(opening) && patternsOf(vocabulary).dateStart.test(opening);
}

/**
 * A paragraph that opens with a news dateline ("April 17, 2015 -- Imagine…"): its date and the story text
 * after the dash. Null for any other paragraph.
 */
export function splitDateline(paragraph: string, vocabulary: Vocabulary = ENGLISH): { iso: string; rest: string } | null {
  const match = findDateMatch(paragraph.slice(0, MAX_DATELINE_LENGTH), vocabulary);
  if (!match || !patternsOf(vocabulary).datelineWeekday.test(paragraph.slice(0, match.index).trim().replace(DATELINE_PLACE, ''))) return null;
  const dash = DATELINE_DASH.exec(paragraph.slice(match.end));
  return dash ? { iso: match.iso, rest: paragraph.slice(match.end + dash[0].length) } : null;
}

function pushValid(found: DateMatch[], match: RegExpExecArray, year: number, month: number, day: number): void {
  const iso = isoDate(year, month, day);
  if (iso) found.push({ iso, index: match.index, end: match.index + match[0].length });
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
