/** Plain data only: a report crosses from the page to the popup by structured clone and is printed as JSON. */

export interface OutlineEntry {
  /** Heading level as the page gave it (1–6), not as Readability rewrote it. */
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

export interface ArticleReport {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Name and credentials of the medical reviewer, only when the page names one. */
  reviewedBy: string | null;
  /** ISO dates (YYYY-MM-DD) or null. */
  published: string | null;
  modified: string | null;
  readingMinutes: number;
  wordCount: number;
  outline: OutlineEntry[];
  related: RelatedItem[];
  keyPoints: string[];
  /** Clean plain text of the article, blocks separated by blank lines. */
  text: string;
  /** Clean article HTML; sanitized with DOMPurify whenever the DOM it ran in supports it (`sanitized`). */
  html: string;
  sanitized: boolean;
  url: string | null;
  lang: string | null;
  dir: string | null;
}

export interface AnalyzeOptions {
  /** The page's address, for absolute links; defaults to the document's own URL. */
  url?: string;
  /**
   * The window whose DOM sanitizes the article; defaults to the document's own. A document made by
   * DOMParser has no window, so extension pages pass theirs.
   */
  window?: Window;
}
