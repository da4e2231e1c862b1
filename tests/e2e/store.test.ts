/**
 * The stores' screenshots (1280 × 800), made from the built extension running in each UI language: the popup
 * over the article it outlines, and the reader view. Each run first checks that the browser really shows the
 * extension in that language (its messages, its date format), on our own article written in that language.
 * Chromium shows every language; Firefox English and Spanish (it needs Debian's language pack for Spanish).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../cli/messages';
import { formatPageDate } from '../../lib/output/page-date';
import { browserUnavailable, launchExtensionBrowser, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { openPopupForTab } from './support/popup';
import { sendFromPopup, waitForReader } from './support/reader';
import { startTestSite, type TestSite } from './support/server';

const STORE_DOCS = path.join(import.meta.dirname, '..', '..', 'docs', 'store');
/** The size both stores ask for. */
const STORE_SIZE = { width: 1280, height: 800 };
const POPUP_SIZE = { width: 400, height: 600 };
/** Each language's copy of the reviewed hay-fever article (tests/fixtures/reviewed-article.html and store/). */
const ARTICLES: Record<string, string> = {
  en: 'reviewed-article.html',
  es: 'store/reviewed-article.es.html',
  de: 'store/reviewed-article.de.html',
  fr: 'store/reviewed-article.fr.html',
};
const RUNS: [BrowserName, string][] = [
  ['chromium', 'en'],
  ['chromium', 'es'],
  ['chromium', 'de'],
  ['chromium', 'fr'],
  ['firefox', 'en'],
  ['firefox', 'es'],
];
/** Debian's Firefox speaks only English until a language pack (firefox-esr-l10n-*) is installed. */
const FIREFOX_LANGUAGE_PACKS = '/usr/lib/firefox-esr/browser/extensions';

function languagePackMissing(name: BrowserName, language: string): string | null {
  if (name !== 'firefox' || language === 'en') return null;
  const packs = existsSync(FIREFOX_LANGUAGE_PACKS) ? readdirSync(FIREFOX_LANGUAGE_PACKS) : [];
  if (packs.some((file) => file.startsWith(`langpack-${language}`))) return null;
  const message = `Firefox in ${language} needs its language pack (apt-get install -y firefox-esr-l10n-${language === 'es' ? 'es-es' : language})`;
  if (process.env.CI === 'true') throw new Error(`${message}: missing under CI`);
  console.warn(`\n!!! SKIPPING ${message}\n`);
  return message;
}

/** A PNG's size, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe.each(RUNS)('store screenshots: %s in %s', (name, language) => {
  const unavailable = browserUnavailable(name) ?? languagePackMissing(name, language);
  const messages = readMessages(language);
  const message = (key: string) => messages[key]!.message;
  const dir = path.join(STORE_DOCS, language);
  const prefix = name === 'chromium' ? 'chrome' : 'firefox';
  let site: TestSite;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    if (unavailable) return;
    site = await startTestSite();
    browser = await launchExtensionBrowser(name, { locale: language });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.skipIf(unavailable)('the popup over its article, in the language of the browser', async () => {
    mkdirSync(dir, { recursive: true });
    const { page, tabId } = await browser.openTabWithId(`${site.origin}/${ARTICLES[language]}`);
    await page.setViewport(STORE_SIZE.width, STORE_SIZE.height);
    const popup = await openPopupForTab(browser, tabId);
    await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
    await popup.setColorScheme('light');
    expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe(language);
    expect(await popup.texts('.section-head h2')).toEqual([message('careHeading'), message('keyPointsHeading'), message('outlineHeading'), message('relatedHeading')]);
    expect(await popup.texts('.dates dt')).toEqual([message('datePublished'), message('dateModified')]);
    expect(await popup.texts('.dates dd')).toEqual([formatPageDate('2024-03-04', language), formatPageDate('2025-02-11', language)]);
    expect(await popup.texts('.about-line a')).toEqual([message('aboutLink')]);

    const backdrop = path.join(tmpdir(), `store-${prefix}-${language}-page.png`);
    const popupShot = path.join(tmpdir(), `store-${prefix}-${language}-popup.png`);
    await page.bringToFront();
    await page.screenshot(backdrop);
    await popup.screenshot(popupShot);
    await popup.close();

    // The popup where the browser opens it, under the toolbar at the top right, over the page it outlines.
    const canvas = await browser.openTab(`${site.origin}/paste-target.html`);
    await canvas.setViewport(STORE_SIZE.width, STORE_SIZE.height);
    await canvas.evaluate(
      async ([pageImage, popupImage]) => {
        document.head.replaceChildren();
        document.body.replaceChildren();
        document.body.style.cssText = 'margin:0;overflow:hidden';
        const background = Object.assign(document.createElement('img'), { src: `data:image/png;base64,${pageImage}` });
        background.style.cssText = 'display:block;width:100%;height:100%';
        const shown = Object.assign(document.createElement('img'), { src: `data:image/png;base64,${popupImage}` });
        shown.style.cssText = 'position:absolute;top:8px;right:24px;border-radius:8px;box-shadow:0 6px 28px rgb(0 0 0 / .28),0 0 0 1px rgb(0 0 0 / .12)';
        document.body.append(background, shown);
        await Promise.all([background.decode(), shown.decode()]);
      },
      [readFileSync(backdrop).toString('base64'), readFileSync(popupShot).toString('base64')],
    );
    const file = path.join(dir, `${prefix}-popup.png`);
    await canvas.screenshot(file);
    expect(pngSize(file)).toEqual(STORE_SIZE);
    await canvas.close();
    await page.close();
  });

  it.skipIf(unavailable)('the reader view', async () => {
    const { page, tabId } = await browser.openTabWithId(`${site.origin}/${ARTICLES[language]}`);
    await sendFromPopup(browser, { type: 'open-reader', tabId });
    const reader = await waitForReader(browser, tabId);
    await reader.setViewport(STORE_SIZE.width, STORE_SIZE.height);
    await reader.setColorScheme('light');
    expect(await reader.texts('#reader-outline-heading')).toEqual([message('readerContents')]);
    expect(await reader.evaluate(() => document.title, null)).toBe(message('readerArticleTitle').replace('$TITLE$', await reader.texts('#reader-title').then(([title]) => title!)));
    // As it first opens: the top of the article, nothing focused.
    await reader.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    }, null);
    const file = path.join(dir, `${prefix}-reader.png`);
    await reader.screenshot(file);
    expect(pngSize(file)).toEqual(STORE_SIZE);
    await reader.close();
    await page.close();
  });
});
