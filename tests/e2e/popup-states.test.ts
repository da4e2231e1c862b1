/**
 * The popup is never blank: it shows a loading state at once, and says plainly when a page has no article,
 * when the browser keeps a page from extensions (its own pages, source views, the PDF viewer), and when
 * something failed, with a retry. Every state passes axe-core in light and dark.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { openPopupFor, openPopupForTab, shownState } from './support/popup';
import { useExtensionBrowser } from './support/suite';

const RESTRICTED = {
  title: "This page can't be read",
  body: "Browsers don't let extensions read their own pages, settings, add-on stores, PDF viewer or source views.",
};

const stateTexts = (popup: TestPage) => popup.texts('[data-state] h1, [data-state] p');

async function expectAccessibleInBothSchemes(popup: TestPage): Promise<void> {
  for (const scheme of ['dark', 'light'] as const) {
    await popup.setColorScheme(scheme);
    expect(await popup.accessibilityViolations()).toEqual([]);
  }
}

describe.each<BrowserName>(['chromium', 'firefox'])('popup states in %s', (name) => {
  const session = useExtensionBrowser(name);
  const { unavailable } = session;

  it.skipIf(unavailable)('shows the loading state at once and keeps it until the page answers', async () => {
    const { browser, site } = session;
    const { page, tabId } = await browser.openTabWithId(`${site.origin}/no-article.html`);
    // The tab moves to a page the server sends only half of: it cannot answer until the rest arrives.
    const held = '/seed-model.html?hold';
    await page.evaluate((url: string) => void location.assign(url), held);
    // Until the new page is committed the tab still shows the old one, which would answer at once.
    const showsHeldPage = () => page.evaluate(() => location.search, null).then((search) => search === '?hold', () => false);
    while (!(await showsHeldPage())) await new Promise((resolve) => setTimeout(resolve, 20));
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.bringToFront();
    const firstPaint = await popup.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((entries) => {
            const paint = entries.getEntriesByName('first-contentful-paint')[0];
            if (paint) resolve(paint.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
      null,
    );
    // Painted while still loading: what the first paint showed was the loading state.
    expect(firstPaint).toBeGreaterThan(0);
    expect(await shownState(popup)).toBe('loading');
    expect(await popup.texts('main [role="status"]')).toEqual(['Reading the article…']);
    expect(await popup.evaluate(() => document.getElementById('app')!.getAttribute('aria-busy'), null)).toBe('true');
    site.release();
    await popup.waitFor('main[aria-busy="false"]');
    expect(await shownState(popup)).toBe('report');
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('says so when the page has no article', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/no-article.html`);
    expect(await stateTexts(popup)).toEqual([
      'No article found on this page',
      'This page does not look like an article. Open a health article and try again.',
    ]);
    await expectAccessibleInBothSchemes(popup);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)("says the browser's own pages can't be read", async () => {
    const { browser } = session;
    const { popup, page } = await openPopupFor(browser, browser.internalPageUrl);
    expect(await shownState(popup)).toBe('restricted');
    expect(await stateTexts(popup)).toEqual([RESTRICTED.title, RESTRICTED.body]);
    await expectAccessibleInBothSchemes(popup);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)("says a page's source view can't be read", async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `view-source:${site.origin}/seed-model.html`);
    expect(await shownState(popup)).toBe('restricted');
    expect(await stateTexts(popup)).toEqual([RESTRICTED.title, RESTRICTED.body]);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('says a PDF in the browser viewer cannot be outlined', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/patient-leaflet.pdf`);
    expect(await shownState(popup)).toBe('pdf');
    expect(await stateTexts(popup)).toEqual([
      "PDFs can't be outlined",
      "This tab shows a PDF in the browser's viewer. Open the article's web page instead.",
    ]);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('shows an error with a working, focused retry button when the analysis fails', async () => {
    const { browser, site } = session;
    const { page, tabId } = await browser.openTabWithId(`${site.origin}/seed-model.html`);
    await page.close();
    const popup = await openPopupForTab(browser, tabId);
    expect(await shownState(popup)).toBe('error');
    const [title, body] = await stateTexts(popup);
    expect(title).toBe('Something went wrong');
    expect(body).toMatch(new RegExp(`^The article could not be analyzed: .*\\b${tabId}\\b`));
    expect(await popup.evaluate(() => document.activeElement!.textContent, null)).toBe('Try again');
    await expectAccessibleInBothSchemes(popup);

    await popup.evaluate(() => {
      const seen: string[] = [];
      Object.assign(globalThis, { seenStates: seen });
      new MutationObserver(() => seen.push(document.querySelector('#app > [data-state], #app > .state')!.className)).observe(document.getElementById('app')!, {
        childList: true,
      });
    }, null);
    await popup.bringToFront();
    await popup.press('Enter');
    await popup.waitFor('main[aria-busy="false"]');
    expect(await popup.evaluate(() => (globalThis as unknown as { seenStates: string[] }).seenStates, null)).toEqual([
      'state state--loading',
      'state state--error',
    ]);
    await popup.close();
  });
});
