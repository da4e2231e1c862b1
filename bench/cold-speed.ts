/**
 * The first analysis in a fresh page, as a popup runs it: every popup is a new page, whose patterns and code
 * are compiled anew (Firefox compiles them in every popup; Chromium may find some compiled by an earlier one).
 * The Chromium speed table (bench/chromium-speed.ts) runs 200 pages in one page, so it measures warm code only.
 *
 * In real Chromium and Firefox, on every fixture page: a fresh page loads the bundle of bench/chromium-page.ts
 * (our lib beside plain Readability 0.6), parses the fixture with `DOMParser` (not timed) and runs one side once.
 * Ours and plain Readability each get their own fresh pages, in alternating order, TRIALS of each per fixture.
 * Reported per browser: the median over fixtures of ours' median ÷ plain Readability's median, and the median ms
 * of each side. Served from localhost with cross-origin isolation, so both browsers' clocks are precise.
 *
 *   npm run bench -- --only=cold
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { FIXTURES } from '../tests/support/dom';
import { browserUnavailable, EXECUTABLES, type BrowserName } from '../tests/e2e/support/browsers';
import { bundle, median } from './chromium-speed';

const TRIALS = 5;
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export interface ColdSpeed {
  browser: BrowserName;
  version: string;
  pages: number;
  medianRatio: number;
  medianOursMs: number;
  medianPlainMs: number;
}

/** What both drivers' pages (playwright-core's and puppeteer-core's) offer alike. */
interface FreshPage {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

interface FreshPages {
  version: string;
  newPage(): Promise<FreshPage>;
  close(): Promise<void>;
}

async function launch(name: BrowserName): Promise<FreshPages> {
  if (name === 'chromium') {
    const browser = await chromium.launch({ executablePath: EXECUTABLES.chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    return { version: browser.version(), newPage: () => browser.newPage(), close: () => browser.close() };
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: EXECUTABLES.firefox, headless: true, protocol: 'webDriverBiDi' });
  return { version: await browser.version(), newPage: () => browser.newPage(), close: () => browser.close() };
}

/** The number `expression` gives in a fresh page at `url`. */
async function inFreshPage(browser: FreshPages, url: string, expression: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return (await page.evaluate(expression)) as number;
  } finally {
    await page.close();
  }
}

/** Why the cold benchmark cannot run in this browser (said loudly by the caller), or null. */
export function coldSpeedUnavailable(name: BrowserName): string | null {
  return browserUnavailable(name, { path: FIXTURES, hint: "the repository's fixtures" });
}

/** Measures each browser in turn on every fixture page. */
export async function measureColdSpeed(browsers: readonly BrowserName[] = ['chromium', 'firefox'], log: (line: string) => void = () => {}): Promise<ColdSpeed[]> {
  const script = await bundle();
  const server = createServer((request, response) => {
    if (request.url?.endsWith('/bench.js')) return void response.writeHead(200, { ...ISOLATION, 'content-type': 'text/javascript' }).end(script);
    response.writeHead(200, { ...ISOLATION, 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>cold</title><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.html')).sort();
  const results: ColdSpeed[] = [];
  try {
    for (const name of browsers) {
      const browser = await launch(name);
      log(`${name} ${browser.version}: first analysis in fresh pages, ${fixtures.length} fixtures × ${TRIALS} each side`);
      const ratios: number[] = [];
      const ours: number[] = [];
      const plain: number[] = [];
      try {
        for (const [index, fixture] of fixtures.entries()) {
          const html = readFileSync(path.join(FIXTURES, fixture), 'utf8');
          const times = { ours: [] as number[], plain: [] as number[] };
          for (let trial = 0; trial < TRIALS; trial++) {
            const order = (index + trial) % 2 ? (['plain', 'ours'] as const) : (['ours', 'plain'] as const);
            for (const side of order) {
              const expression = `(() => { const bench = globalThis.speedBench; return bench.timeOne(bench.add(${JSON.stringify(html)}, ${JSON.stringify(`https://example.test/${fixture}`)}), '${side}'); })()`;
              times[side].push(await inFreshPage(browser, `${origin}/?${side}-${trial}`, expression));
            }
          }
          ours.push(median(times.ours));
          plain.push(median(times.plain));
          ratios.push(median(times.ours) / median(times.plain));
        }
      } finally {
        await browser.close();
      }
      results.push({ browser: name, version: browser.version, pages: fixtures.length, medianRatio: median(ratios), medianOursMs: median(ours), medianPlainMs: median(plain) });
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return results;
}

/** The benchmark table's rows: per browser, the median ratio and the median ms of each side. */
export function coldSpeedLines(results: readonly ColdSpeed[]): string[] {
  return results.map(
    ({ browser, version, pages, medianRatio, medianOursMs, medianPlainMs }) =>
      `| Cold speed in ${browser} ${version}: the first analysis in a fresh page, as in a popup (${pages} fixture pages), median ratio to plain Readability; median ms | **${medianRatio.toFixed(2)}×**; ${medianOursMs.toFixed(1)} ms | 1; ${medianPlainMs.toFixed(1)} ms | | |`,
  );
}
