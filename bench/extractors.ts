/**
 * The two extractors the benchmark compares, each on a document `loadPage` made from a corpus page's bytes
 * (the CLI's loading path). tests/corpus/cli-matches-bench.test.ts holds the CLI to the same text as `ours`.
 */
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { analyzeArticleTimed, type ArticleReport, type StepTimings } from '../lib/index';

/** Plain Readability 0.6 on a clone of the document (it cuts up what it reads). */
export function plainReadability(document: Document): { text: string; ms: number } {
  const start = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  return { text: article?.textContent ?? '', ms: performance.now() - start };
}

export interface OursRun {
  report: ArticleReport | null;
  text: string;
  ms: number;
  timings: StepTimings;
  error?: string;
}

/** Our pipeline, as the extension and the CLI run it, with its step timings; a crash is reported, not thrown. */
export function ours(document: Document, url: string, window: Window): OursRun {
  const start = performance.now();
  try {
    const { report, timings } = analyzeArticleTimed(document, { url, window });
    return { report, text: report?.text ?? '', ms: performance.now() - start, timings };
  } catch (error) {
    return { report: null, text: '', ms: performance.now() - start, timings: {}, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
}
