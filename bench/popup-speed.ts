/**
 * How long the user waits for the outline, against what plain Readability would cost in the same place.
 *
 * In real Chromium, with the e2e build, for every fixture page with an article:
 * - popup: from the popup's navigation start (opening popup.html?tab=N) to the `outline-shown` mark the popup
 *   sets when the outline is on screen;
 * - Readability popup: the same path with plain Readability instead of our analysis
 *   (entrypoints/e2e-readability-baseline: same extension-page load, tab lookup, page-agent snapshot and
 *   DOMParser parse, then `new Readability(doc).parse()`), to its `readability-parsed` mark.
 * Their ratio isolates what our analysis, rendering and larger bundle cost the user: everything else (opening
 * an extension page, injecting the agent, serializing and parsing the page) is paid by both. Each run reloads
 * the page first, so both pay the agent's injection every time, as on a user's first click.
 * Also reported, raw: Readability's parse of the live page inside the page itself (a clone of the document,
 * as Readability mutates what it parses), and when the popup's loading state was first painted.
 *
 * `npm run bench:popup` prints plain rows and the median ratio. Builds the Chromium e2e extension first.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from '../tests/support/dom';
import { browserUnavailable, launchExtensionBrowser, type TestPage } from '../tests/e2e/support/browsers';
import { startTestSite } from '../tests/e2e/support/server';

export interface PopupSpeedRow {
  page: string;
  /** Medians over the runs, in milliseconds. */
  popupMs: number;
  readabilityPopupMs: number;
  ratio: number;
  readabilityInPageMs: number;
  loadingPaintedMs: number;
}

const ROOT = path.join(import.meta.dirname, '..');
const RUNS = 15;
export const MAX_RATIO = 1.5;

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

export async function measurePopupSpeed(runs = RUNS): Promise<{ rows: PopupSpeedRow[]; medianRatio: number }> {
  if (browserUnavailable('chromium')) throw new Error('The popup benchmark needs Chromium');
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const site = await startTestSite();
  const browser = await launchExtensionBrowser('chromium');
  const rows: PopupSpeedRow[] = [];
  try {
    for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.html')).sort()) {
      const url = `${site.origin}/${file}`;
      const { page, tabId } = await browser.openTabWithId(url);
      const timeOnce = async (extensionPage: string, mark: string) => {
        await page.goto(url);
        const opened = await browser.openExtensionPage(`${extensionPage}?tab=${tabId}`);
        const shown = await markTime(opened, mark);
        const painted = await opened.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, null);
        await opened.close();
        return { shown, painted };
      };
      // A warm-up of each, which also tells whether the page has an article to outline at all.
      if ((await timeOnce('popup.html', 'outline-shown')).shown === null) {
        await page.close();
        continue;
      }
      await timeOnce('e2e-readability-baseline.html', 'readability-parsed');
      const popup: number[] = [];
      const painted: number[] = [];
      const baseline: number[] = [];
      for (let run = 0; run < runs; run++) {
        // Alternate the order, so neither always runs on a warmer browser.
        const order = run % 2 ? ['baseline', 'popup'] : ['popup', 'baseline'];
        for (const which of order) {
          if (which === 'popup') {
            const { shown, painted: paint } = await timeOnce('popup.html', 'outline-shown');
            popup.push(shown!);
            painted.push(paint);
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
      rows.push({ page: file, popupMs, readabilityPopupMs, ratio: popupMs / readabilityPopupMs, readabilityInPageMs: median(inPage), loadingPaintedMs: median(painted.filter(Number.isFinite)) });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { rows, medianRatio: median(rows.map((row) => row.ratio)) };
}

export function formatPopupSpeed({ rows, medianRatio }: { rows: PopupSpeedRow[]; medianRatio: number }): string {
  const columns = ['page', 'popup ms', 'readability popup ms', 'ratio', 'readability in page ms', 'loading painted ms'];
  const lines = rows.map((row) =>
    [row.page, row.popupMs.toFixed(1), row.readabilityPopupMs.toFixed(1), row.ratio.toFixed(2), row.readabilityInPageMs.toFixed(1), Number.isNaN(row.loadingPaintedMs) ? '–' : row.loadingPaintedMs.toFixed(1)],
  );
  const widths = columns.map((column, index) => Math.max(column.length, ...lines.map((line) => line[index]!.length)));
  const pad = (cells: string[]) => cells.map((cell, index) => (index ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join('  ');
  const verdict = medianRatio <= MAX_RATIO ? `within ${MAX_RATIO}` : `ABOVE ${MAX_RATIO}`;
  return [pad(columns), ...lines.map(pad), `popup / readability popup, median ratio over ${rows.length} pages: ${medianRatio.toFixed(2)} (${verdict})`].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatPopupSpeed(await measurePopupSpeed()));
}
