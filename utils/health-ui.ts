/** The health reader's lines shared by the popup and the reader view: review freshness and reading level. */
import { reviewFreshness, type FreshnessBasis, type FreshnessConcern } from '../lib/health/freshness';
import type { ArticleReport, ReadingLevel } from '../lib/types';
import { t, type MessageKey } from './ui';

/** Sections reading above this grade can be marked in the reader: past high school, for any reader. */
export const HARD_SECTION_GRADE = 10;

const BASIS_MESSAGES: Record<FreshnessBasis, MessageKey> = {
  lastReviewed: 'freshnessReviewed',
  modified: 'freshnessUpdated',
  published: 'freshnessPublished',
};

export interface FreshnessView {
  /** "Reviewed 3 years ago", or null when the page gives no date. */
  age: string | null;
  /** Plain-words warnings, in the order the concerns are listed. */
  concerns: string[];
}

export function freshnessView(report: ArticleReport, now: Date, locale: string): FreshnessView {
  const freshness = reviewFreshness(report, now);
  const age =
    freshness.basis && freshness.age
      ? t(BASIS_MESSAGES[freshness.basis], new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-freshness.age.value, freshness.age.unit))
      : null;
  const concernMessage = (concern: FreshnessConcern): MessageKey =>
    concern === 'unsourced' ? 'concernUnsourced' : freshness.basis === 'lastReviewed' ? 'concernStaleReview' : 'concernStaleUpdate';
  return { age, concerns: freshness.concerns.map((concern) => t(concernMessage(concern))) };
}

/** A grade as people say it: a whole number, and no lower than grade 1 (the formulas go below zero for tiny words). */
export function shownGrade(grade: number): string {
  return String(Math.max(1, Math.round(grade)));
}

export function readingLevelView(level: ReadingLevel | null): { line: string; note: string } | null {
  if (!level) return null;
  return { line: t('readingLevel', shownGrade(level.grade)), note: t('readingLevelNote', level.formula) };
}
