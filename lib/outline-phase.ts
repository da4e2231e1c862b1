/**
 * The pipeline's first phase: everything the outline needs. Snapshot copy → preparing walk → the page's
 * languages → collect what Readability would destroy → remove boilerplate → Readability → sanitize → the report
 * but its health extras (key points, care advice, reading level: health-phase.ts), which read the article this
 * phase leaves. Extension pages import this module alone, so the popup can show the outline before it has
 * even loaded the rest; lib/index.ts runs both phases in one call.
 */
import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from './extraction/clean';
import { readHealthFacts } from './health/facts';
import type { Takeaways } from './health/takeaways';
import { cloneForAnalysis, prepareDocument } from './page/normalize';
import { findHeadline } from './page/headline';
import { headingsByNextElement, restoreHeadingLevels, restoreLeadingHeading, shieldHeadings } from './page/headings';
import { buildOutline, dropTitleHeading } from './output/outline';
import { collectRelated } from './extraction/related';
import { backMatterSections, isScholarly } from './extraction/scholarly';
import { takeSources } from './health/sources';
import { blockText, collapseWhitespace, countWords } from './page/text';
import { keepWebUrls, webUrl } from './page/urls';
import type { AnalyzeOptions, OutlineReport, SourceEntry } from './types';
import { isFurnitureHeading, missingLanguageTables, pageLanguages, vocabularyFor, wordPattern, type Vocabulary } from './vocabulary/index';

/** Below Readability's own default threshold a page has no article worth a reader (a search page, a login). */
const MIN_ARTICLE_CHARS = 500;
const SHORT_ARTICLE_MAX_LINK_SHARE = 0.25;
/** Fewer words than this are a label or a button ("Sign in"), not a story. */
const SHORT_ARTICLE_MIN_WORDS = 5;
const WORDS_PER_MINUTE = 230;

/** Milliseconds spent in each pipeline step, in order; see `analyzeArticleTimed`. */
export type StepTimings = Record<string, number>;

/**
 * What the step-by-step pipeline yields between steps: the name of the step done, or the languages whose tables
 * must be registered before it goes on (an extension page loads them, see vocabulary/load.ts, then calls
 * `next()`; in Node every table is registered and this never comes).
 */
export type PipelineStep = string | { loadLanguages: string[] };

/**
 * How the first phase sanitizes the article it reads the outline and text from: `sanitizeArticle` (DOMPurify in
 * a real DOM) wherever the report's HTML may be shown or printed, or `leaveUnsanitized` in the popup, which shows
 * text only (its reader view analyzes and sanitizes on its own), so DOMPurify is not among its first scripts.
 */
export type ArticleSanitizer = (content: Element, view: Window | null) => { root: Element; sanitized: boolean };

/** No sanitizing: the report says `sanitized: false`, and whoever renders its HTML must sanitize it. */
export const leaveUnsanitized: ArticleSanitizer = (content) => ({ root: content, sanitized: false });

export interface OutlineOptions extends AnalyzeOptions {
  sanitize: ArticleSanitizer;
}

/** The first phase's result: the report without its health extras, and the article they are read from. */
export interface OutlineAnalysis {
  report: OutlineReport;
  /** The cleaned, sanitized article the report's `html` is; the second phase reads it and never changes it. */
  article: Element;
  takeaways: Takeaways | null;
  vocabulary: Vocabulary;
}

/** Adds each step's time to `timings` (when given) as the pipeline passes it. */
export function stepTimer(timings: StepTimings | null): (step: string) => void {
  let last = timings ? performance.now() : 0;
  return (step) => {
    if (!timings) return;
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + now - last;
    last = now;
  };
}

/**
 * The first phase one step at a time (see `PipelineStep`): it works on a copy, so the page the user is reading
 * is never touched, and returns null when the page has no article.
 */
export function* outlineSteps(document: Document, options: OutlineOptions, timings: StepTimings | null = null): Generator<PipelineStep, OutlineAnalysis | null> {
  const lap = stepTimer(timings);
  const pageUrl = options.url ?? (/^https?:/.test(document.URL) ? document.URL : null);
  const { doc, baseUrl } = cloneForAnalysis(document, options.url ?? addressOf(document));
  lap('clone');
  yield 'clone';
  const scan = prepareDocument(doc);
  // The page's languages: every reader below takes its labels, month names and prompts from this vocabulary.
  const languages = pageLanguages(doc, scan.index.texts, scan.index.metas);
  const missing = missingLanguageTables(languages);
  if (missing.length) yield { loadLanguages: missing };
  const vocabulary = vocabularyFor(languages);
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
  const { root, sanitized } = options.sanitize(parsed.content as Element, options.window ?? document.defaultView);
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
  const report: OutlineReport = {
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
    sources: sources.map((source) => (source.url && !webUrl(source.url) ? withoutUrl(source) : source)),
    text,
    html: root.innerHTML,
    sanitized,
    url: webUrl(pageUrl),
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
  lap('report');
  return { report, article: root, takeaways: health.takeaways, vocabulary };
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
  const text = collapseWhitespace(byline ?? '').replace(wordPattern(`^${vocabulary.source('bylineWords')}:?\\s+`, 'iu'), '');
  if (!text || wordPattern(`(?<!\\p{L})${vocabulary.source('reviewedByLabels')}(?!\\p{L})`, 'iu').test(text)) return null;
  return text.toLowerCase() === collapseWhitespace(siteName ?? '').toLowerCase() ? null : text;
}
