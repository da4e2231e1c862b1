/**
 * A very large page in real Chromium: a generated health article of about 5 MB and 60,000 elements (the article,
 * a mega menu, thousands of reader comments, ad slots, a link-heavy footer), served on 127.0.0.1 and opened
 * in the popup of the e2e build. Measured: from the popup's navigation start to its `outline-shown` mark
 * (target: within 2 s), and when its loading state was first painted. `npm run bench` runs it; alone:
 * `npx tsx bench/large-page.ts`.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserUnavailable, launchExtensionBrowser } from '../tests/e2e/support/browsers';

const ROOT = path.join(import.meta.dirname, '..');
const RUNS = 5;
export const LARGE_PAGE_TARGET_MS = 2000;

const SENTENCES = [
  'Regular physical activity lowers blood pressure and helps the heart pump more efficiently over time.',
  'Most adults benefit from at least one hundred and fifty minutes of moderate activity spread across the week.',
  'Short walks after meals also help the body handle blood sugar, which matters for people with diabetes.',
  'Strength exercises twice a week keep muscles and bones strong, and reduce the risk of falls in later life.',
  'Anyone with chest pain, dizziness or breathlessness during exercise should stop and seek medical advice.',
];

/** The page, and how many elements it has. Deterministic: the same page on every run. */
export function largePage(): { html: string; elements: number } {
  let elements = 0;
  const el = (tag: string, attributes: string, content: string) => {
    elements++;
    return `<${tag}${attributes}>${content}</${tag}>`;
  };
  const paragraph = (index: number) => el('p', ` class="article-body__paragraph article-body__paragraph--standard paragraph-${index}"`, `${SENTENCES[index % 5]} ${SENTENCES[(index + 2) % 5]} ${el('em', '', 'Talk to your doctor')} before a big change.`);
  const menu = Array.from({ length: 3000 }, (_, index) => el('li', ' class="mega-menu__item"', el('a', ` href="/topics/topic-${index}" class="mega-menu__link" data-tracking-id="menu-${index}"`, `Topic ${index}`))).join('');
  const sections = Array.from({ length: 40 }, (_, section) =>
    el('section', ` class="article-section" id="section-${section}"`, el('h2', '', `Part ${section + 1}: staying active safely`) + Array.from({ length: 12 }, (_, index) => paragraph(section * 12 + index)).join('')),
  ).join('');
  const comments = Array.from({ length: 9200 }, (_, index) =>
    el(
      'div',
      ` class="comment comment--depth-${index % 3}" data-comment-id="${100000 + index}" data-author-id="${5000 + (index % 700)}" data-permalink="https://example.test/articles/exercise-and-your-heart#comment-${100000 + index}"`,
      el('div', ' class="comment__meta"', el('span', ' class="comment__author"', `Reader ${index % 700}`) + el('time', ` datetime="2024-0${(index % 9) + 1}-1${index % 9}"`, 'a while ago')) +
        el('p', ' class="comment__text"', `Thanks for this. ${SENTENCES[index % 5]}`),
    ),
  ).join('');
  const ads = Array.from({ length: 1000 }, (_, index) => el('div', ` class="ad-slot ad-slot--rail ad-slot--lazy" id="ad-${index}" data-ad-unit="/1234567/health/rail-${index}"`, el('div', ' class="ad-slot__label"', el('span', '', 'Advertisement')))).join('');
  const footer = Array.from({ length: 2000 }, (_, index) => el('li', '', el('a', ` href="/sitemap/${index}" class="footer__link"`, `Sitemap entry ${index}`))).join('');
  const body =
    el('header', ' class="site-header"', el('nav', ' class="mega-menu" aria-label="Topics"', el('ul', '', menu))) +
    el('main', '', el('article', ' class="article"', el('h1', '', 'Exercise and your heart: a complete guide') + el('p', ' class="byline"', 'By Test Fixture Team') + sections) + el('aside', ' class="rail"', ads)) +
    el('section', ' class="comments" id="comments"', el('h2', '', '9,200 comments') + comments) +
    el('footer', ' class="site-footer"', el('ul', '', footer));
  elements += 4; // html, head, title, body
  return { html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exercise and your heart: a complete guide</title></head><body>${body}</body></html>`, elements };
}

export interface LargePageResult {
  megabytes: number;
  elements: number;
  /** Medians over the runs, in milliseconds. */
  outlineShownMs: number;
  loadingPaintedMs: number;
  outlineEntries: number;
}

export async function measureLargePage(runs = RUNS): Promise<LargePageResult> {
  if (browserUnavailable('chromium')) throw new Error('The large-page benchmark needs Chromium');
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  const { html, elements } = largePage();
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/large.html`;
  const browser = await launchExtensionBrowser('chromium');
  const shown: number[] = [];
  const painted: number[] = [];
  let outlineEntries = 0;
  try {
    const { page, tabId } = await browser.openTabWithId(url);
    for (let run = 0; run <= runs; run++) {
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      const times = await popup.evaluate(async () => {
        for (;;) {
          const mark = performance.getEntriesByName('outline-shown')[0];
          if (mark || document.querySelector('[data-state]:not([data-state="slow"])')) {
            return { shown: mark?.startTime ?? NaN, painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, entries: document.querySelectorAll('[role="treeitem"]').length };
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }, null);
      await popup.close();
      // The first run warms the browser up (and injects the page agent, as a user's first click does).
      if (run === 0) continue;
      shown.push(times.shown);
      painted.push(times.painted);
      outlineEntries = times.entries;
    }
    await page.close();
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { megabytes: Buffer.byteLength(html) / 1e6, elements, outlineShownMs: median(shown), loadingPaintedMs: median(painted), outlineEntries };
}

export function formatLargePage(result: LargePageResult): string {
  return `${result.megabytes.toFixed(1)} MB, ${result.elements.toLocaleString('en')} elements: outline (${result.outlineEntries} entries) shown in ${result.outlineShownMs.toFixed(0)} ms (median of ${RUNS}), loading state painted at ${result.loadingPaintedMs.toFixed(0)} ms`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatLargePage(await measureLargePage()));
}
