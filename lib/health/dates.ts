/** Dates as pages write them, normalized to ISO calendar dates (YYYY-MM-DD). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO_DATE = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
/** A news dateline: the date, then a dash, then the story ("Feb. 23, 2015 -- Life-threatening…"). */
const DATELINE_DASH = /^\s*(?:--|[—–-])\s*(?=\S)/;
/** What may stand before a dateline's date: a place in capitals, a weekday ("WASHINGTON, Tuesday, "). */
const DATELINE_PREFIX = /^(?:[A-Z][A-Z .'-]+,\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$/;
/** A place, a weekday and a date fit in this; keeps the search off the rest of long paragraphs. */
const MAX_DATELINE_LENGTH = 70;

export interface DateMatch {
  iso: string;
  /** Where the written date starts and ends in the text. */
  index: number;
  end: number;
}

/** Finds the first date written in `text`; null when there is none or it is not a real calendar date. */
export function findDate(text: string | null | undefined): string | null {
  return findDateMatch(text)?.iso ?? null;
}

/** `findDate` with the date's place in the text: the earliest of the three written forms. */
export function findDateMatch(text: string | null | undefined): DateMatch | null {
  if (!text) return null;
  const found: DateMatch[] = [];
  const iso = ISO_DATE.exec(text);
  if (iso) pushValid(found, iso, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) pushValid(found, monthFirst, Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) pushValid(found, dayFirst, Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1]));
  return found.reduce<DateMatch | null>((first, match) => (!first || match.index < first.index ? match : first), null);
}

/**
 * A paragraph that opens with a news dateline ("April 17, 2015 -- Imagine…"): its date and the story text
 * after the dash. Null for any other paragraph.
 */
export function splitDateline(paragraph: string): { iso: string; rest: string } | null {
  const match = findDateMatch(paragraph.slice(0, MAX_DATELINE_LENGTH));
  if (!match || !DATELINE_PREFIX.test(paragraph.slice(0, match.index).trim())) return null;
  const dash = DATELINE_DASH.exec(paragraph.slice(match.end));
  return dash ? { iso: match.iso, rest: paragraph.slice(match.end + dash[0].length) } : null;
}

function pushValid(found: DateMatch[], match: RegExpExecArray, year: number, month: number, day: number): void {
  const iso = isoDate(year, month, day);
  if (iso) found.push({ iso, index: match.index, end: match.index + match[0].length });
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
