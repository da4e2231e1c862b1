import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from './clean';
import { readHealthFacts } from './facts';
import { selectKeyPoints } from './keypoints';
import { fixLazyImages } from './normalize';
import { buildOutline, markHeadings, promoteAriaHeadings, shieldHeadings } from './outline';
import { collectRelated } from './related';
import { sanitizeArticle } from './sanitize';
import { takeSources } from './sources';
import { blockText, collapseWhitespace, countWords } from './text';
import type { AnalyzeOptions, ArticleReport, StepTimings } from './types';

export type { AnalyzeOptions, ArticleReport, KeyPoint, OutlineEntry, RelatedItem, SourceEntry, StepTimings } from './types';
export { findOutlineTarget, outlineDepths } from './outline';

/** Below Readability's own default threshold a page has no article worth a reader (a search page, a login). */
const MIN_ARTICLE_CHARS = 500;
const WORDS_PER_MINUTE = 230;

/**
 * Analyzes the article in `document`: works on a clone, so the page the user is reading is never touched.
 * Returns null when the page has no article.
 */
export function analyzeArticle(document: Document, options: AnalyzeOptions = {}): ArticleReport | null {
  const pageUrl = options.url ?? (/^https?:/.test(document.URL) ? document.URL : null);
  const doc = document.cloneNode(true) as Document;
  markHeadings(doc);
  if (options.url) setBaseUrl(doc, options.url);
  const baseUrl = doc.baseURI;
  promoteAriaHeadings(doc);
  fixLazyImages(doc);

  // Collect what Readability would destroy, then clean.
  const related = collectRelated(doc, baseUrl, pageUrl);
  const health = timed(options.timings, 'facts', () => readHealthFacts(doc, related.containers));
  removeBoilerplate(doc, related.containers.map((element) => ({ element, group: 'related' as const })));
  shieldHeadings(doc);

  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;
  const { root, sanitized } = sanitizeArticle(parsed.content as Element, options.window ?? document.defaultView);
  const sources = timed(options.timings, 'facts', () => takeSources(root, health.sources, baseUrl));
  const text = blockText(root);
  if (text.length < MIN_ARTICLE_CHARS) return null;

  const title = collapseWhitespace(parsed.title ?? '') || collapseWhitespace(doc.title);
  const wordCount = countWords(text);
  const outline = buildOutline(root, title);
  const keyPoints = timed(options.timings, 'keyPoints', () => selectKeyPoints(root, outline, title, health.takeaways));
  return {
    title,
    byline: cleanByline(parsed.byline),
    siteName: collapseWhitespace(parsed.siteName ?? '') || null,
    reviewedBy: health.facts.reviewedBy,
    published: health.facts.published,
    modified: health.facts.modified,
    lastReviewed: health.facts.lastReviewed,
    nextReview: health.facts.nextReview,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    wordCount,
    outline,
    related: related.items,
    keyPoints,
    sources,
    text,
    html: root.innerHTML,
    sanitized,
    url: pageUrl,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
}

/** Runs `step`, adding its time to `timings[name]` when the caller asked for timings. */
function timed<T>(timings: StepTimings | undefined, name: keyof StepTimings, step: () => T): T {
  if (!timings) return step();
  const start = performance.now();
  const result = step();
  timings[name] = (timings[name] ?? 0) + performance.now() - start;
  return result;
}

/** A saved page analyzed for its original address: links and images resolve against that address. */
function setBaseUrl(doc: Document, url: string): void {
  if (doc.querySelector('base[href]')) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  (doc.head ?? doc.documentElement).prepend(base);
}

/** Readability reports bylines as written ("By Jane Doe"); a reviewer line is not the author. */
function cleanByline(byline: string | null | undefined): string | null {
  const text = collapseWhitespace(byline ?? '').replace(/^(written )?by:?\s+/i, '');
  if (!text || /reviewed by|fact[- ]checked/i.test(text)) return null;
  return text;
}
