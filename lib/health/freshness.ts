/**
 * How old the article's last review is, and what a careful reader should know about it, in plain facts
 * (never a score): the date it is measured from, its age in whole units, and the concerns that apply. "Now"
 * is a parameter, so the same report reads the same in tests on any day.
 */
import type { ArticleReport } from '../types';

/** A review older than this many years is flagged: guidance changes, and many health sites review every 3 years. */
export const STALE_AFTER_YEARS = 3;

export type FreshnessBasis = 'lastReviewed' | 'modified' | 'published';
/** `unsourced`: no medical reviewer and no sources named; `stale`: the last review (or update) is over 3 years old. */
export type FreshnessConcern = 'unsourced' | 'stale';

export interface ReviewAge {
  value: number;
  unit: 'year' | 'month' | 'day';
}

export interface ReviewFreshness {
  /** The newest date that says someone looked at the text: its review, else its update, else its publication. */
  basis: FreshnessBasis | null;
  date: string | null;
  /** Whole years, else whole months, else days since `date` (0 for a date after now). */
  age: ReviewAge | null;
  concerns: FreshnessConcern[];
}

type FreshnessFacts = Pick<ArticleReport, 'reviewedBy' | 'sources' | 'lastReviewed' | 'modified' | 'published'>;

const BASES: readonly FreshnessBasis[] = ['lastReviewed', 'modified', 'published'];

export function reviewFreshness(report: FreshnessFacts, now: Date): ReviewFreshness {
  const basis = BASES.find((field) => parseDay(report[field])) ?? null;
  const date = basis ? report[basis] : null;
  const day = parseDay(date);
  const concerns: FreshnessConcern[] = [];
  if (!report.reviewedBy && !report.sources.length) concerns.push('unsourced');
  if (day && utcDay({ ...day, year: day.year + STALE_AFTER_YEARS }) < utcDay(today(now))) concerns.push('stale');
  return { basis, date, age: day ? ageOf(day, now) : null, concerns };
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** YYYY-MM-DD, YYYY-MM or YYYY (as pages give dates); a missing month or day is the first. */
function parseDay(iso: string | null): Day | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2] ?? 1), day: Number(match[3] ?? 1) };
}

/** Calendar dates compared in UTC, like the pages' own dates, which carry no time zone. */
function today(now: Date): Day {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

const utcDay = (date: Day): number => Date.UTC(date.year, date.month - 1, date.day);

function ageOf(date: Day, now: Date): ReviewAge {
  const current = today(now);
  const months = (current.year - date.year) * 12 + (current.month - date.month) - (current.day < date.day ? 1 : 0);
  if (months >= 12) return { value: Math.floor(months / 12), unit: 'year' };
  if (months >= 1) return { value: months, unit: 'month' };
  const days = Math.round((utcDay(current) - utcDay(date)) / 86_400_000);
  return { value: Math.max(0, days), unit: 'day' };
}
