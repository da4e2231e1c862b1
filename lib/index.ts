import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from './extraction/clean';
import { readHealthFacts } from './health/facts';
import { selectKeyPoints } from './health/keypoints';
import { findCareAdvice } from './health/care-advice';
import { readingLevel } from './health/reading-level';
import { cloneForAnalysis, prepareDocument } from './page/normalize';
import { findHeadline } from './page/headline';
import { headingsByNextElement, restoreHeadingLevels, restoreLeadingHeading, shieldHeadings } from './page/headings';
import { buildOutline, dropTitleHeading } from './output/outline';
import { collectRelated } from './extraction/related';
import { sanitizeArticle } from './extraction/sanitize';
import { backMatterSections, isScholarly } from './extraction/scholarly';
import { takeSources } from './health/sources';
import { blockText, collapseWhitespace, countWords } from './page/text';
import { keepWebUrls, webUrl } from './page/urls';
import type { AnalyzeOptions, ArticleReport, SourceEntry } from './types';
import { detectLanguage, isFurnitureHeading, pageVocabulary, type Vocabulary } from './vocabulary/index';

export type { AnalyzeOptions, ArticleReport, CareAdvice, CareUrgency, KeyPoint, OutlineEntry, ReadingLevel, RelatedItem, SectionGrade, SourceEntry } from './types';
export { findOutlineTarget, outlineDepths } from './output/outline';

/** Below Readability's own default threshold a page has no article worth a reader (a search page, a login). */
const MIN_ARTICLE_CHARS = 500;
const SHORT_ARTICLE_MAX_LINK_SHARE = 0.25;
/** Fewer words than this are a label or a button ("Sign in"), not a story. */
const SHORT_ARTICLE_MIN_WORDS = 5;
const WORDS_PER_MINUTE = 230;

/**
 * Analyzes the article in `document`: works on a clone, so the page the user is reading is never touched.
 * Returns null when the page has no article.
 */
export function analyzeArticle(document: Document, options: AnalyzeOptions = {}): ArticleReport | null {
  return finish(pipeline(document, options, null));
}

/** Milliseconds spent in each pipeline step, in order; see `analyzeArticleTimed`. */
export type StepTimings = Record<string, number>;

/**
 * `analyzeArticle` that also reports how long each step took (for `npm run bench`). Steps: clone, prepare
 * (heading marks, lazy images), related, facts (reviewer, dates, takeaways box, sources; read before cleaning
 * and taken from the cleaned article), clean, readability, sanitize, keyPoints, report.
 */
export function analyzeArticleTimed(document: Document, options: AnalyzeOptions = {}): { report: ArticleReport | null; timings: StepTimings } {
  const timings: StepTimings = {};
  return { report: finish(pipeline(document, options, timings)), timings };
}

/**
 * The pipeline one step at a time, for pages that must stay responsive while it runs: it yields the name of
 * each step done, and returns the report (or null). Drive it with `next()` and give the thread back between
 * steps; `analyzeArticle` runs it straight through.
 */
export function analyzeArticleSteps(document: Document, options: AnalyzeOptions = {}): Generator<string, ArticleReport | null> {
  return pipeline(document, options, null);
}

function finish(steps: Generator<string, ArticleReport | null>): ArticleReport | null {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* pipeline(document: Document, options: AnalyzeOptions, timings: StepTimings | null): Generator<string, ArticleReport | null> {
  let last = timings ? performance.now() : 0;
  const lap = (step: string): void => {
    if (!timings) return;
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + now - last;
    last = now;
  };
  const pageUrl = options.url ?? (/^https?:/.test(document.URL) ? document.URL : null);
  const { doc, baseUrl } = cloneForAnalysis(document, options.url ?? addressOf(document));
  lap('clone');
  yield 'clone';
  const scan = prepareDocument(doc);
  // The page's languages: every reader below takes its labels, month names and prompts from this vocabulary.
  const vocabulary = pageVocabulary(doc, scan.index.texts, scan.index.metas);
  // Read before cleaning: page headers holding the h1 may go.
  const headline = findHeadline(doc, scan.headings, scan.index.metas);
  lap('prepare');
  yield 'prepare';

  // Collect what Readability would destroy, then clean.
  const related = collectRelated(doc, baseUrl, pageUrl, scan, vocabulary);
  lap('related');
  yield 'related';
  const health = readHealthFacts(doc, related.containers.map(({ element }) => element), scan, baseUrl, vocabulary);
  lap('facts');
  yield 'facts';
  const backMatter = isScholarly(scan.index.metas) ? backMatterSections(scan.headings, vocabulary).map((element) => ({ element, group: 'back-matter' as const })) : [];
  removeBoilerplate(doc, [...related.containers, ...backMatter], undefined, scan, vocabulary);
  shieldHeadings(scan.headings);
  const leadingHeadings = headingsByNextElement(scan.headings);
  lap('clean');
  yield 'clean';

  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  lap('readability');
  yield 'readability';
  if (!parsed?.content) return null;
  restoreLeadingHeading(parsed.content as Element, leadingHeadings);
  restoreHeadingLevels(parsed.content as Element);
  const readabilityTitle = collapseWhitespace(parsed.title ?? '') || collapseWhitespace(doc.title);
  // Only the heading repeating Readability's own title goes from the text: the page's headline may be worded
  // otherwise (the outline leaves it out either way).
  dropTitleHeading(parsed.content as Element, readabilityTitle);
  const title = headline ?? readabilityTitle;
  const { root, sanitized } = sanitizeArticle(parsed.content as Element, options.window ?? document.defaultView);
  lap('sanitize');
  yield 'sanitize';
  const sources = takeSources(root, health.sources, baseUrl);
  lap('facts');
  yield 'facts';
  keepWebUrls(root, baseUrl);
  const text = blockText(root);
  if (!isArticle(root, text) && !isWholePage(document, text)) return null;

  const wordCount = countWords(text);
  const outline = buildOutline(root, title, { isFurniture: (text) => isFurnitureHeading(vocabulary, text), pageUrl: baseUrl });
  lap('report');
  yield 'report';
  const keyPoints = selectKeyPoints(root, outline, title, health.takeaways, vocabulary);
  lap('keyPoints');
  yield 'keyPoints';
  const careAdvice = findCareAdvice(root, outline, vocabulary);
  lap('careAdvice');
  yield 'careAdvice';
  // The reading formula is the article's language's: the one its text is written in, else the one the page
  // declares (a CMS may declare lang="en" on every page; an Arabic page has no table but still its language).
  const language = detectLanguage(text) ?? parsed.lang ?? null;
  const level = readingLevel(root, outline, language);
  lap('readingLevel');
  yield 'readingLevel';
  const report: ArticleReport = {
    title,
    // The page's own author line first: the cleaner removes bylines before Readability could read them.
    byline: health.facts.author ?? cleanByline(parsed.byline, parsed.siteName, vocabulary),
    siteName: collapseWhitespace(parsed.siteName ?? '') || null,
    reviewedBy: health.facts.reviewedBy,
    published: health.facts.published,
    modified: health.facts.modified,
    lastReviewed: health.facts.lastReviewed,
    nextReview: health.facts.nextReview,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    wordCount,
    outline,
    related: related.items.flatMap((item) => {
      const url = webUrl(item.url);
      return url ? [{ ...item, url }] : [];
    }),
    keyPoints,
    sources: sources.map((source) => (source.url && !webUrl(source.url) ? withoutUrl(source) : source)),
    careAdvice,
    readingLevel: level,
    text,
    html: root.innerHTML,
    sanitized,
    url: webUrl(pageUrl),
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
  lap('report');
  return report;
}

/**
 * Readability returns something for nearly any page. A short result is still an article when it is prose (a
 * paywalled news story's first paragraphs); a short result that is mostly links or form labels (a search
 * page, a clinic finder) is not.
 */
function isArticle(root: Element, text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  if (text.length >= MIN_ARTICLE_CHARS) return true;
  const words = countWords(text);
  if (words < SHORT_ARTICLE_MIN_WORDS) return false;
  const linkWords = Array.from(root.getElementsByTagName('a')).reduce((sum, link) => sum + countWords(link.textContent ?? ''), 0);
  return linkWords / words < SHORT_ARTICLE_MAX_LINK_SHARE;
}

/**
 * A page whose only words are this short text (a one-line notice) is shown as it is: nothing else on it could
 * be the article, and "no article here" would hide the page's only content. Pages with menus, forms or
 * hidden text around the short result still have no article.
 */
function isWholePage(document: Document, text: string): boolean {
  return !!document.body && /[\p{L}\p{N}]/u.test(text) && countWords(blockText(document.body)) === countWords(text);
}

function withoutUrl({ url: _url, ...source }: SourceEntry): SourceEntry {
  return source;
}

/** Where a document's links resolve, unless it is a blank or parsed document without an address of its own. */
function addressOf(document: Document): string | null {
  const base = document.baseURI;
  return base && !base.startsWith('about:') ? base : null;
}

/**
 * Readability reports bylines as written ("By Jane Doe", "Von Anna Schmidt"); a reviewer line is not the author,
 * and neither is the site crediting itself ("BBC News").
 */
function cleanByline(byline: string | null | undefined, siteName: string | null | undefined, vocabulary: Vocabulary): string | null {
  const text = collapseWhitespace(byline ?? '').replace(new RegExp(`^${vocabulary.source('bylineWords')}:?\\s+`, 'iu'), '');
  if (!text || new RegExp(`(?<!\\p{L})${vocabulary.source('reviewedByLabels')}(?!\\p{L})`, 'iu').test(text)) return null;
  return text.toLowerCase() === collapseWhitespace(siteName ?? '').toLowerCase() ? null : text;
}
