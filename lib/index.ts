/**
 * The analysis: a `Document` in, plain data out, in two phases — what the outline needs (outline-phase.ts), then
 * what the article says beyond it (health-phase.ts: key points, care advice, reading level). The CLI, the
 * benchmark and the tests call it once here; the extension's pages import the two phases apart, so the popup
 * shows the outline before it has loaded the rest (utils/analyze-tab.ts).
 */
// Node reads pages in any language at once: every language table, registered on import.
import './vocabulary/tables';
import { sanitizeArticle } from './extraction/sanitize';
import { completeReport, healthSteps } from './health-phase';
import { outlineSteps, type PipelineStep, type StepTimings } from './outline-phase';
import type { AnalyzeOptions, ArticleReport } from './types';

export type { AnalyzeOptions, ArticleReport, CareAdvice, CareUrgency, KeyPoint, OutlineEntry, ReadingLevel, RelatedItem, SectionGrade, SourceEntry } from './types';
export type { PipelineStep, StepTimings } from './outline-phase';
export { findOutlineTarget, outlineDepths } from './output/outline';

/**
 * Analyzes the article in `document`: works on a clone, so the page the user is reading is never touched.
 * Returns null when the page has no article.
 */
export function analyzeArticle(document: Document, options: AnalyzeOptions = {}): ArticleReport | null {
  return finish(analyzeArticleSteps(document, options));
}

/**
 * `analyzeArticle` that also reports how long each step took (for `npm run bench`). Steps: clone, prepare
 * (heading marks, lazy images, the page's languages), related, facts (reviewer, dates, takeaways box, sources;
 * read before cleaning and taken from the cleaned article), clean, readability, sanitize, report (outline and
 * report), then keyPoints, careAdvice, readingLevel.
 */
export function analyzeArticleTimed(document: Document, options: AnalyzeOptions = {}): { report: ArticleReport | null; timings: StepTimings } {
  const timings: StepTimings = {};
  return { report: finish(analyzeArticleSteps(document, options, timings)), timings };
}

/**
 * Both phases one step at a time, for pages that must stay responsive while it runs: it yields each step done
 * (see `PipelineStep`), and returns the report (or null). Drive it with `next()` and give the thread back
 * between steps; `analyzeArticle` runs it straight through.
 */
export function* analyzeArticleSteps(document: Document, options: AnalyzeOptions = {}, timings: StepTimings | null = null): Generator<PipelineStep, ArticleReport | null> {
  const analysis = yield* outlineSteps(document, { ...options, sanitize: sanitizeArticle }, timings);
  return analysis && completeReport(analysis.report, yield* healthSteps(analysis, timings));
}

function finish<T>(steps: Generator<PipelineStep, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
