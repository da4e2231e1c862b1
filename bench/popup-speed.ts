/**
 * How long the user waits for the outline, against what plain Readability would cost in the same place.
 *
 * In real Chromium and Firefox, with the e2e builds, on every fixture page with an article and on twenty corpus
 * pages (ten health-real pages, in-sample only, and ten Zyte pages spread over their id order; read from
 * ../shared at run time, served from memory behind a CSP that lets nothing load from the web and no page script
 * run, so every run reads the same document):
 * - popup: from the popup's navigation start (opening popup.html?tab=N) to the `outline-shown` mark the popup
 *   sets when the outline is on screen;
 * - Readability popup: the same path with plain Readability instead of our analysis
 *   (entrypoints/e2e-readability-baseline: same extension-page load, tab lookup and page-agent snapshot with
 *   the extractor's code loading beside them, same DOMParser parse, then `new Readability(doc).parse()`), to
 *   its `readability-parsed` mark.
 * Their ratio isolates what our analysis, rendering and larger bundle cost the user: everything else (opening
 * an extension page, injecting the agent, serializing and parsing the page) is paid by both. Each run reloads
 * the page first, so both pay the agent's injection every time, as on a user's first click.
 * Also reported, raw: when the rest of the popup (care box, key points, reading level) was in
 * (`report-complete`), Readability's parse of the live page inside the page itself (a clone of the document, as
 * Readability mutates what it parses), and when the popup's loading state was first painted.
 *
 * `npm run bench:popup` prints plain rows and the median ratios. Builds both e2e extensions first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { FIXTURES } from '../tests/support/dom';
import { browserUnavailable, launchExtensionBrowser, type BrowserName, type TestPage } from '../tests/e2e/support/browsers';
import { startTestSite } from '../tests/e2e/support/server';
import { benchRoot, loadZytePages } from './corpus';
import { heldAsideNames, readHealthRealPage } from './health-real';

export interface PopupSpeedRow {
  page: string;
  /** Medians over the runs, in milliseconds. */
  popupMs: number;
  readabilityPopupMs: number;
  ratio: number;
  completeMs: number;
  readabilityInPageMs: number;
  loadingPaintedMs: number;
}

/** One browser's rows, and the median ratio over the fixture pages and over the corpus pages. */
export interface PopupSpeed {
  browser: BrowserName;
  rows: PopupSpeedRow[];
  fixtures: { pages: number; medianRatio: number };
  corpus: { pages: number; medianRatio: number };
}

const ROOT = path.join(import.meta.dirname, '..');
const RUNS = 5;
export const MAX_RATIO = 1.15;
/** How many pages of each corpus: twenty in all. */
const PAGES_PER_CORPUS = 10;
/** Corpus pages are shown as saved: nothing loads from the web, no page script runs (evaluate may still eval). */
const CORPUS_PAGE_CSP = "default-src 'none'; script-src 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:";
const CORPUS_PREFIX = '/corpus/';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Time of a performance mark on an extension page, or null once the page settled without setting it. */
function markTime(page: TestPage, mark: string): Promise<number | null> {
  return page.evaluate(async (name) => {
    for (;;) {
      const entry = performance.getEntriesByName(name)[0];
      if (entry) return entry.startTime;
      if (document.querySelector('[data-state]')) return null;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }, mark);
}

/** The corpus pages, by name: health-real pages first (in-sample ones, sorted), then Zyte pages spread over their id order. */
function corpusPages(): Map<string, Buffer> {
  const healthDir = path.join(benchRoot(), 'health-real');
  const held = heldAsideNames();
  const health = readdirSync(healthDir)
    .filter((name) => !held.has(name) && existsSync(path.join(healthDir, name, 'source.html')))
    .sort()
    .slice(0, PAGES_PER_CORPUS);
  const zyte = loadZytePages();
  const spread = Array.from({ length: PAGES_PER_CORPUS }, (_, index) => zyte[Math.floor((index * zyte.length) / PAGES_PER_CORPUS)]!);
  return new Map([
    ...health.map((name) => [`health-real/${name}`, readHealthRealPage(name)] as const),
    ...spread.map((page) => [`zyte/${page.id.slice(0, 12)}`, gunzipSync(page.bytes)] as const),
  ]);
}

/** Serves the corpus pages from memory at `/corpus/NAME.html`. */
async function startCorpusSite(pages: ReadonlyMap<string, Buffer>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '').split('?')[0]!.slice(CORPUS_PREFIX.length)).replace(/\.html$/, '');
    const page = pages.get(name);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CORPUS_PAGE_CSP }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function medianRatio(rows: readonly PopupSpeedRow[]): number {
  return rows.length ? median(rows.map((row) => row.ratio)) : NaN;
}

/** Measures one browser on the fixture pages with an article, then on the corpus pages. */
async function measureBrowser(name: BrowserName, pages: { page: string; url: string; corpus: boolean }[], runs: number): Promise<PopupSpeed> {
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const browser = await launchExtensionBrowser(name);
  const rows: (PopupSpeedRow & { corpus: boolean })[] = [];
  try {
    for (const { page: label, url, corpus } of pages) {
      const { page, tabId } = await browser.openTabWithId(url);
      const timeOnce = async (extensionPage: string, mark: string) => {
        await page.goto(url);
        const opened = await browser.openExtensionPage(`${extensionPage}?tab=${tabId}`);
        const shown = await markTime(opened, mark);
        const complete = mark === 'outline-shown' && shown !== null ? await markTime(opened, 'report-complete') : null;
        const painted = await opened.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, null);
        await opened.close();
        return { shown, complete, painted };
      };
      // A warm-up of each, which also tells whether the page has an article to outline at all.
      if ((await timeOnce('popup.html', 'outline-shown')).shown === null) {
        await page.close();
        continue;
      }
      await timeOnce('e2e-readability-baseline.html', 'readability-parsed');
      const popup: number[] = [];
      const complete: number[] = [];
      const painted: number[] = [];
      const baseline: number[] = [];
      for (let run = 0; run < runs; run++) {
        // Alternate the order, so neither always runs on a warmer browser.
        const order = run % 2 ? ['baseline', 'popup'] : ['popup', 'baseline'];
        for (const which of order) {
          if (which === 'popup') {
            const timed = await timeOnce('popup.html', 'outline-shown');
            popup.push(timed.shown!);
            if (timed.complete !== null) complete.push(timed.complete);
            painted.push(timed.painted);
          } else {
            baseline.push((await timeOnce('e2e-readability-baseline.html', 'readability-parsed')).shown!);
          }
        }
      }
      const inPage: number[] = [];
      for (let run = 0; run < runs; run++) {
        inPage.push(
          await page.evaluate(
            (source) =>
              new Function(
                `${source}
                const start = performance.now();
                new Readability(document.cloneNode(true)).parse();
                return performance.now() - start;`,
              )() as number,
            readabilitySource,
          ),
        );
      }
      await page.close();
      const popupMs = median(popup);
      const readabilityPopupMs = median(baseline);
      rows.push({
        page: label,
        corpus,
        popupMs,
        readabilityPopupMs,
        ratio: popupMs / readabilityPopupMs,
        completeMs: complete.length ? median(complete) : NaN,
        readabilityInPageMs: median(inPage),
        loadingPaintedMs: median(painted.filter(Number.isFinite)),
      });
    }
  } finally {
    await browser.close();
  }
  const fixtureRows = rows.filter((row) => !row.corpus);
  const corpusRows = rows.filter((row) => row.corpus);
  return {
    browser: name,
    rows: rows.map(({ corpus: _corpus, ...row }) => row),
    fixtures: { pages: fixtureRows.length, medianRatio: medianRatio(fixtureRows) },
    corpus: { pages: corpusRows.length, medianRatio: medianRatio(corpusRows) },
  };
}

/** Builds both e2e extensions, then measures Chromium and Firefox in turn. */
export async function measurePopupSpeed(runs = RUNS, browsers: readonly BrowserName[] = ['chromium', 'firefox']): Promise<PopupSpeed[]> {
  // Built first: on a fresh clone the e2e builds the availability check looks for do not exist yet.
  execFileSync('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: 'ignore' });
  for (const name of browsers) if (browserUnavailable(name)) throw new Error(`The popup benchmark needs ${name}`);
  const corpus = corpusPages();
  const site = await startTestSite();
  const corpusSite = await startCorpusSite(corpus);
  const pages = [
    ...readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((file) => ({ page: file, url: `${site.origin}/${file}`, corpus: false })),
    ...[...corpus.keys()].map((name) => ({ page: name, url: `${corpusSite.origin}${CORPUS_PREFIX}${encodeURIComponent(name)}.html`, corpus: true })),
  ];
  try {
    const results: PopupSpeed[] = [];
    for (const name of browsers) results.push(await measureBrowser(name, pages, runs));
    return results;
  } finally {
    await site.close();
    await corpusSite.close();
  }
}

const fixed = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));

/** One browser's per-page rows (medians, ms) and its two median ratios, as plain text. */
export function formatPopupSpeed({ browser, rows, fixtures, corpus }: PopupSpeed): string {
  const columns = ['page', 'popup ms', 'readability popup ms', 'ratio', 'popup complete ms', 'readability in page ms', 'loading painted ms'];
  const lines = rows.map((row) => [row.page, fixed(row.popupMs), fixed(row.readabilityPopupMs), row.ratio.toFixed(2), fixed(row.completeMs), fixed(row.readabilityInPageMs), fixed(row.loadingPaintedMs)]);
  const widths = columns.map((column, index) => Math.max(column.length, ...lines.map((line) => line[index]!.length)));
  const pad = (cells: string[]) => cells.map((cell, index) => (index ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join('  ');
  const verdict = (ratio: number) => (ratio <= MAX_RATIO ? `within ${MAX_RATIO}` : `ABOVE ${MAX_RATIO}`);
  return [
    `${browser}:`,
    pad(columns),
    ...lines.map(pad),
    `popup / readability popup, median ratio: ${fixtures.medianRatio.toFixed(2)} over ${fixtures.pages} fixture pages (${verdict(fixtures.medianRatio)}), ${corpus.medianRatio.toFixed(2)} over ${corpus.pages} corpus pages (${verdict(corpus.medianRatio)})`,
  ].join('\n');
}

/** The benchmark table's rows: per browser, the median ratio on the fixture pages and on the corpus pages. */
export function popupSpeedLines(results: readonly PopupSpeed[], mark: (ok: boolean) => string): string[] {
  return results.flatMap(({ browser, fixtures, corpus }) =>
    [
      [`${fixtures.pages} fixture pages`, fixtures.medianRatio],
      [`${corpus.pages} corpus pages`, corpus.medianRatio],
    ].map(
      ([pages, ratio]) =>
        `| Popup: time to the outline vs the same popup with plain Readability, median ratio (${pages}, ${browser}) | **${(ratio as number).toFixed(2)}×** | 1 | ≤ ${MAX_RATIO}× | ${mark((ratio as number) <= MAX_RATIO)} |`,
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browsers = process.argv.slice(2).filter((arg): arg is BrowserName => arg === 'chromium' || arg === 'firefox');
  const runs = Number(process.env.POPUP_RUNS) || RUNS;
  for (const result of await measurePopupSpeed(runs, browsers.length ? browsers : undefined)) console.log(`${formatPopupSpeed(result)}\n`);
}
