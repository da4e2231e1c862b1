/** A report with nothing but a title and an outline-less article: popup tests add the facts they are about. */
import type { ArticleReport } from '../../../lib/types';

export const BARE_REPORT: ArticleReport = {
  title: 'Shingles vaccines after 50',
  byline: null,
  siteName: null,
  reviewedBy: null,
  published: null,
  modified: null,
  lastReviewed: null,
  nextReview: null,
  readingMinutes: 3,
  wordCount: 690,
  outline: [],
  related: [],
  keyPoints: [],
  sources: [],
  careAdvice: [],
  readingLevel: null,
  text: '',
  html: '',
  sanitized: true,
  url: 'https://example.test/shingles',
  lang: 'en',
  dir: null,
};
