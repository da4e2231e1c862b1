/**
 * What `bench/chromium-speed.ts` bundles into its Chromium page: our pipeline and plain Readability 0.6, timed
 * there on the same `DOMParser` document, as the popup parses a page's snapshot (utils/analyze-tab.ts).
 */
import { Readability } from '@mozilla/readability';
import { analyzeArticleTimed, type StepTimings } from '../lib/index';

export interface RunResult {
  plainMs: number;
  oursMs: number;
  timings: StepTimings;
  error?: string;
}

export interface ChromiumSpeedPage {
  /** Stores a page's HTML and address; returns its index. */
  add(html: string, url: string): number;
  /**
   * Parses page `index` once, then runs both sides on that document, plain Readability first or second:
   * Readability on a copy it may cut up (`cloneNode(true)`, timed, as it needs one), ours on the document
   * itself (it makes its own copy inside, timed too).
   */
  run(index: number, plainFirst: boolean): RunResult;
  /** One side alone on page `index`, ms, the parse not counted: in a fresh page, its first (cold) run. */
  timeOne(index: number, side: 'ours' | 'plain'): number;
  /** Ours alone on page `index`, `times` times (for a CPU profile). */
  oursOnly(index: number, times: number): void;
  /** Plain Readability alone on page `index`, `times` times (for a CPU profile). */
  plainOnly(index: number, times: number): void;
}

const pages: { html: string; url: string }[] = [];
const parse = (index: number): Document => new DOMParser().parseFromString(pages[index]!.html, 'text/html');

function plain(doc: Document): number {
  const start = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  return performance.now() - start;
}

function ours(doc: Document, url: string): Pick<RunResult, 'oursMs' | 'timings' | 'error'> {
  const start = performance.now();
  try {
    const { timings } = analyzeArticleTimed(doc, { url, window });
    return { oursMs: performance.now() - start, timings };
  } catch (error) {
    return { oursMs: performance.now() - start, timings: {}, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const api: ChromiumSpeedPage = {
  add: (html, url) => pages.push({ html, url }) - 1,
  run(index, plainFirst) {
    const doc = parse(index);
    const url = pages[index]!.url;
    if (plainFirst) {
      const plainMs = plain(doc);
      return { plainMs, ...ours(doc, url) };
    }
    const mine = ours(doc, url);
    return { plainMs: plain(doc), ...mine };
  },
  timeOne(index, side) {
    const doc = parse(index);
    return side === 'plain' ? plain(doc) : ours(doc, pages[index]!.url).oursMs;
  },
  oursOnly(index, times) {
    const doc = parse(index);
    for (let run = 0; run < times; run++) analyzeArticleTimed(doc, { url: pages[index]!.url, window });
  },
  plainOnly(index, times) {
    const doc = parse(index);
    for (let run = 0; run < times; run++) plain(doc);
  },
};

(globalThis as { speedBench?: ChromiumSpeedPage }).speedBench = api;
