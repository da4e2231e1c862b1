/**
 * Temporary check that the scorer reproduces the published baseline: plain
 * @mozilla/readability 0.6.0 on the 181 Zyte pages should score F1 .947 (P .914, R .982).
 * Runs the same extraction under jsdom and under happy-dom, and times parsing under each.
 * Also checks, on Readability's own test pages, that our Readability run matches its
 * expected output (mean bag-of-tokens F1 should be close to 1).
 *
 *   npx tsx bench/baseline-check.ts [--dom=jsdom|happy-dom] [--happy-load=write|parser|innerhtml]
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { performance } from 'node:perf_hooks';
import { loadReadabilityPages, loadZytePages } from './corpus';
import { aggregate, pageScore, tokenF1, type PageScore } from './metrics';

type DomKind = 'jsdom' | 'happy-dom';
type HappyLoad = 'write' | 'parser' | 'innerhtml';

interface LoadedDocument {
  document: Document;
  /** Frees the window; never throws, never waits. */
  dispose(): void;
}

function argValue(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const domArg = argValue('dom');
const DOMS: DomKind[] = domArg === 'jsdom' || domArg === 'happy-dom' ? [domArg] : ['jsdom', 'happy-dom'];
const HAPPY_LOAD: HappyLoad = (argValue('happy-load') as HappyLoad | undefined) ?? 'write';
/** Log each page as it starts, with heap use: finds the page that hangs or exhausts memory. */
const VERBOSE = process.argv.includes('--verbose');

/** Every <style> element's text (a raw-text element: it ends at the first `</style`). */
const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/** Pages jsdom could only load with their stylesheets emptied (see loadWithJsdom). */
const jsdomStyleFallbacks: string[] = [];

function loadWithJsdom(html: string, url: string, label: string): LoadedDocument {
  // A VirtualConsole that forwards nowhere: silences jsdom's CSS-parse noise on real pages.
  const open = (source: string): LoadedDocument => {
    const dom = new JSDOM(source, { url, virtualConsole: new VirtualConsole() });
    return { document: dom.window.document, dispose: () => dom.window.close() };
  };
  try {
    return open(html);
  } catch (error) {
    // jsdom 29.1.1 throws out of its constructor when a <style> block holds a value its new
    // CSS parser rejects (e.g. nationalreview's `calc(($scss-var - …) / 16 * 9)`), instead of
    // dropping the declaration as browsers do. Readability removes <style> elements and reads
    // only inline styles, so emptying the stylesheets cannot change its output.
    const retried = open(html.replace(STYLE_BLOCK, '$1$2'));
    jsdomStyleFallbacks.push(`${label} (${error instanceof Error ? error.message : String(error)})`);
    return retried;
  }
}

const HAPPY_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  navigation: {
    disableChildPageNavigation: true,
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
  },
};

function loadWithHappyDom(html: string, url: string): LoadedDocument {
  const window = new Window({ url, settings: HAPPY_SETTINGS });
  let document = window.document as unknown as Document;
  if (HAPPY_LOAD === 'write') {
    window.document.write(html);
  } else if (HAPPY_LOAD === 'innerhtml') {
    window.document.documentElement.innerHTML = html;
  } else {
    document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  }
  return {
    document,
    dispose: () => {
      // window.close() is a no-op on a window no script opened, so the page would leak
      // (~17 MB each); happyDOM.close() tears the page down. Neither it nor abort() is awaited:
      // on some real pages their promise never settles.
      try {
        void window.happyDOM.abort().catch(() => undefined);
        void window.happyDOM.close().catch(() => undefined);
      } catch {
        // a failed teardown must not stop the batch
      }
    },
  };
}

function loadDocument(kind: DomKind, html: string, url: string, label: string): LoadedDocument {
  return kind === 'jsdom' ? loadWithJsdom(html, url, label) : loadWithHappyDom(html, url);
}

function readabilityText(document: Document): string {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  return article?.textContent ?? '';
}

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Lets the event loop run between pages, so teardown work queued by dispose() can finish. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const fmt = (x: number): string => x.toFixed(3);
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function runZyte(kind: DomKind): Promise<Map<string, PageScore>> {
  const pages = loadZytePages();
  const scores: PageScore[] = [];
  const byId = new Map<string, PageScore>();
  const parseTimes: number[] = [];
  const readabilityTimes: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  for (const page of pages) {
    let predicted = '';
    let loaded: LoadedDocument | undefined;
    if (VERBOSE) console.log(`  ${page.id} heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
    try {
      const t0 = performance.now();
      loaded = loadDocument(kind, page.html, page.url, page.id);
      const t1 = performance.now();
      predicted = readabilityText(loaded.document);
      readabilityTimes.push(performance.now() - t1);
      parseTimes.push(t1 - t0);
    } catch (error) {
      // A crash scores as an empty prediction, exactly as a missing output would.
      failures.push(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      loaded?.dispose();
    }
    const score = pageScore(predicted, page.articleBody);
    scores.push(score);
    byId.set(page.id, score);
    await nextTurn();
  }
  const total = performance.now() - started;
  const { precision, recall, f1, pages: n } = aggregate(scores);
  const label = kind === 'happy-dom' ? `happy-dom (${HAPPY_LOAD})` : kind;
  console.log(
    `zyte ${label}: P ${fmt(precision)}  R ${fmt(recall)}  F1 ${fmt(f1)}  over ${n} pages` +
      `  (P ${precision.toFixed(5)} R ${recall.toFixed(5)} F1 ${f1.toFixed(5)})`,
  );
  console.log(
    `  median parse ${ms(median(parseTimes))}, median readability ${ms(median(readabilityTimes))}, whole run ${(total / 1000).toFixed(1)} s`,
  );
  if (failures.length) console.log(`  ${failures.length} failed:\n    ${failures.join('\n    ')}`);
  return byId;
}

async function runReadabilityPages(kind: DomKind): Promise<void> {
  const pages = loadReadabilityPages();
  const f1s: number[] = [];
  const low: string[] = [];
  const failures: string[] = [];
  const started = performance.now();
  for (const page of pages) {
    let source: LoadedDocument | undefined;
    let expected: LoadedDocument | undefined;
    try {
      source = loadDocument(kind, page.sourceHtml, page.url, page.name);
      const predicted = readabilityText(source.document);
      expected = loadDocument(kind, page.expectedHtml, page.url, `${page.name}/expected`);
      const expectedText = expected.document.body?.textContent ?? '';
      const f1 = tokenF1(predicted, expectedText);
      f1s.push(f1);
      if (f1 < 0.99) low.push(`${page.name} ${fmt(f1)}`);
    } catch (error) {
      f1s.push(0);
      failures.push(`${page.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      source?.dispose();
      expected?.dispose();
    }
    await nextTurn();
  }
  const meanF1 = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  const label = kind === 'happy-dom' ? `happy-dom (${HAPPY_LOAD})` : kind;
  console.log(
    `readability-pages ${label}: mean token F1 ${meanF1.toFixed(4)} over ${f1s.length} pages (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (low.length) console.log(`  below .99: ${low.join(', ')}`);
  if (failures.length) console.log(`  ${failures.length} failed:\n    ${failures.join('\n    ')}`);
}

const runStarted = performance.now();
const zyteByDom = new Map<DomKind, Map<string, PageScore>>();
for (const kind of DOMS) {
  zyteByDom.set(kind, await runZyte(kind));
  await runReadabilityPages(kind);
}
const jsdomScores = zyteByDom.get('jsdom');
const happyScores = zyteByDom.get('happy-dom');
if (jsdomScores && happyScores) {
  // Same extractor, same page: any difference comes from the DOM implementation.
  const differing = [...jsdomScores].filter(([id, a]) => {
    const b = happyScores.get(id);
    return !b || a.tp !== b.tp || a.fp !== b.fp || a.fn !== b.fn;
  });
  console.log(`zyte pages scoring differently under jsdom and happy-dom: ${differing.length}`);
  for (const [id, a] of differing) {
    const b = happyScores.get(id);
    console.log(`  ${id}: jsdom P ${fmt(a.precision)} R ${fmt(a.recall)} / happy-dom P ${fmt(b?.precision ?? 0)} R ${fmt(b?.recall ?? 0)}`);
  }
}
if (jsdomStyleFallbacks.length) {
  console.log(`jsdom needed emptied <style> blocks on: ${jsdomStyleFallbacks.join('; ')}`);
}
console.log(`total ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
