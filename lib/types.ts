/** Plain data only: a report crosses from the page to the popup by structured clone and is printed as JSON. */

export interface OutlineEntry {
  /**
   * The level the heading acts as in the article: 2 for its top sections, 3 for their subsections… (whatever tags
   * the page used: h3 sections right under the title are 2).
   */
  level: number;
  text: string;
  /** Locates the heading in the live page; see `findOutlineTarget`. */
  id: string;
}

export interface RelatedItem {
  title: string;
  /** Absolute URL. */
  url: string;
  summary?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
}

/** One entry of the article's references / sources list. */
export interface SourceEntry {
  text: string;
  url?: string;
  /** e.g. 10.1001/jama.2020.1234 */
  doi?: string;
  pubmedId?: string;
}

/** A sentence that sums up part of the article, with the outline id of the section it comes from. */
export interface KeyPoint {
  text: string;
  sectionId: string | null;
}

/** How soon the advice says to get care: emergency services, care the same day, or an ordinary appointment. */
export type CareUrgency = 'emergency' | 'urgent' | 'routine';

/** One piece of the article's advice on when to get care. */
export interface CareAdvice {
  /** The care section or card it comes from ("When to see a doctor"); absent for a sentence in the running text. */
  heading?: string;
  text: string;
  urgency: CareUrgency;
  /** Outline id of the section it is in; null before the first heading. */
  sectionId: string | null;
}

/** The grade one outline section reads at. */
export interface SectionGrade {
  sectionId: string;
  grade: number;
}

/**
 * How hard the article is to read: a school grade by the formula made for its language ("Flesch–Kincaid"
 * for English, "Fernández-Huerta" for Spanish), which counts word and sentence length only.
 */
export interface ReadingLevel {
  grade: number;
  formula: string;
  /** Sections long enough to measure, in article order. */
  perSection: SectionGrade[];
}

export interface ArticleReport {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Name and credentials of the medical reviewer, only when the page names one. */
  reviewedBy: string | null;
  /** ISO dates (YYYY-MM-DD) or null. */
  published: string | null;
  modified: string | null;
  /** NHS-style "Page last reviewed" and "Next review due". */
  lastReviewed: string | null;
  nextReview: string | null;
  readingMinutes: number;
  wordCount: number;
  outline: OutlineEntry[];
  related: RelatedItem[];
  keyPoints: KeyPoint[];
  sources: SourceEntry[];
  /** When to get care, emergencies first, then urgent, then routine, each in article order; empty when the article says none. */
  careAdvice: CareAdvice[];
  /** Null for a language without a formula, or an article too short to measure. */
  readingLevel: ReadingLevel | null;
  /** Clean plain text of the article, blocks separated by blank lines. */
  text: string;
  /** Clean article HTML; sanitized with DOMPurify whenever the DOM it ran in supports it (`sanitized`). */
  html: string;
  sanitized: boolean;
  url: string | null;
  lang: string | null;
  dir: string | null;
}

/** What the article says beyond its outline, read right after it (lib/health-phase.ts). */
export interface HealthExtras {
  keyPoints: KeyPoint[];
  careAdvice: CareAdvice[];
  readingLevel: ReadingLevel | null;
}

/** The report but its health extras: all the outline phase gives (lib/outline-phase.ts), enough to show the outline. */
export type OutlineReport = Omit<ArticleReport, keyof HealthExtras>;

export interface AnalyzeOptions {
  /** The page's address, for absolute links; defaults to the document's own URL. */
  url?: string;
  /**
   * The window whose DOM sanitizes the article; defaults to the document's own. A document made by
   * DOMParser has no window, so extension pages pass theirs.
   */
  window?: Window;
}
