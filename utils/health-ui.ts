/** What the popup and the reader view both show of a health reading: care advice, review freshness, reading level. */
import { reviewFreshness, type FreshnessBasis, type FreshnessConcern } from '../lib/health/freshness';
import type { ArticleReport, CareAdvice, CareUrgency, ReadingLevel } from '../lib/types';
import { h, t, type MessageKey } from './ui';

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

export const careUrgencyLabel = (urgency: CareUrgency): string => t(`careUrgency_${urgency}` as MessageKey);

/**
 * One entry of the care box: its urgency as a word (colour alone would not say it), the section or card it
 * comes from, and its text. The text is the article's, so it takes the article's language.
 */
export function careEntryContent(advice: CareAdvice, lang: string | null): Node[] {
  // Spaces between the parts, so they are read as words apart ("Urgent Ask for…"), not run together.
  const parts = [
    h('span', { class: 'care__urgency' }, careUrgencyLabel(advice.urgency)),
    advice.heading ? h('span', { class: 'care__source', lang: lang ?? undefined }, advice.heading) : null,
    h('span', { class: 'care__text', lang: lang ?? undefined }, advice.text),
  ].filter((node): node is HTMLSpanElement => node !== null);
  return parts.flatMap((part, index) => (index ? [document.createTextNode(' '), part] : [part]));
}
