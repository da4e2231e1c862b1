/**
 * The pipeline's second phase: what the article says beyond its outline — key points, when to get care and the
 * reading level — read from the article the outline phase left (never changing it). The popup shows the
 * outline first and loads this module after; lib/index.ts runs both phases in one call.
 */
import { articleProse } from './health/article-blocks';
import { findCareAdvice } from './health/care-advice';
import { selectKeyPoints } from './health/keypoints';
import { readingLevel } from './health/reading-level';
import { stepTimer, type OutlineAnalysis, type StepTimings } from './outline-phase';
import type { ArticleReport, HealthExtras, OutlineReport } from './types';
import { detectLanguage } from './vocabulary/index';

/** The second phase one step at a time; it yields the name of each step done and returns the extras. */
export function* healthSteps({ report, article, takeaways, vocabulary }: OutlineAnalysis, timings: StepTimings | null = null): Generator<string, HealthExtras> {
  const lap = stepTimer(timings);
  const prose = articleProse(article, report.outline);
  const keyPoints = selectKeyPoints(article, report.outline, report.title, takeaways, vocabulary, prose.sentences);
  lap('keyPoints');
  yield 'keyPoints';
  const careAdvice = findCareAdvice(article, report.outline, vocabulary, prose);
  lap('careAdvice');
  yield 'careAdvice';
  // The reading formula is the article's language's: the one its text is written in, else the one the page
  // declares (a CMS may declare lang="en" on every page; an Arabic page has no table but still its language).
  const level = readingLevel(article, report.outline, detectLanguage(report.text) ?? report.lang, prose);
  lap('readingLevel');
  return { keyPoints, careAdvice, readingLevel: level };
}

/** The whole report, its fields in the order they are printed (`--json`). */
export function completeReport(report: OutlineReport, { keyPoints, careAdvice, readingLevel }: HealthExtras): ArticleReport {
  const { title, byline, siteName, reviewedBy, published, modified, lastReviewed, nextReview, readingMinutes, wordCount, outline, related, sources, text, html, sanitized, url, lang, dir } = report;
  return { title, byline, siteName, reviewedBy, published, modified, lastReviewed, nextReview, readingMinutes, wordCount, outline, related, keyPoints, sources, careAdvice, readingLevel, text, html, sanitized, url, lang, dir };
}
