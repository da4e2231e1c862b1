/** The built extension's popup, driven as a tab (`popup.html?tab=N`) against pages on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import { browserUnavailable, launchExtensionBrowser, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { startTestSite, type TestSite } from './support/server';

const seed = JSON.parse(readFixture('seed-model.expected.json')) as { title: string; outline: string[]; related: { title: string }[] };

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (name) => {
  const unavailable = browserUnavailable(name);
  let browser: ExtensionBrowser;
  let site: TestSite;

  beforeAll(async () => {
    if (unavailable) return;
    site = await startTestSite();
    browser = await launchExtensionBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function popupFor(url: string) {
    await browser.openTab(url);
    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(url)}`);
    await popup.waitFor('main[aria-busy="false"]');
    return popup;
  }

  it.skipIf(unavailable)('shows the seed-model article: title, exactly its 4 headings and its 20 related articles', async () => {
    const popup = await popupFor(`${site.origin}/seed-model.html`);
    expect(await popup.texts('header h1')).toEqual([seed.title]);
    expect(await popup.texts('.outline button')).toEqual(seed.outline);
    expect(await popup.texts('.related li > a')).toEqual(seed.related.map((item) => `${item.title} (opens in a new tab)`));
    await popup.close();
  });

  it.skipIf(unavailable)('says so when the page has no article', async () => {
    const popup = await popupFor(`${site.origin}/no-article.html`);
    expect(await popup.texts('[data-state] h1')).toEqual(['No article found on this page']);
    await popup.close();
  });
});
