/**
 * "Summarize on device": offered only where the browser has an on-device summarizer. Headless browsers have
 * none, so one test checks the button is absent (both browsers), and another stands in Chrome's Summarizer
 * API (the same shape: availability, create, summarize, destroy) before the popup's scripts run and checks the
 * button hands it the article's text and shows what it returns. That one runs in Chromium only: the API is
 * Chrome's, and Firefox's test protocol cannot run a script ahead of an extension page's own.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { openPopupForTab } from './support/popup';
import { useExtensionBrowser } from './support/suite';

/** A stand-in for the browser's model: remembers what it was given and answers with two bullets. */
const FAKE_SUMMARIZER = `
  globalThis.Summarizer = {
    availability: async () => 'available',
    create: async (options) => ({
      inputQuota: 100000,
      measureInputUsage: async (text) => text.length,
      summarize: async (text) => {
        globalThis.summarizedInput = { text, type: options.type };
        return '- Attachment work starts with the therapy relationship.\\n- Repair after ruptures rebuilds trust.';
      },
      destroy() {},
    }),
  };
`;

describe.each<BrowserName>(['chromium', 'firefox'])('on-device summary in %s', (name) => {
  const env = useExtensionBrowser(name);
  const { unavailable } = env;

  async function popupForSeed(initScript?: string): Promise<TestPage> {
    const { tabId } = await env.browser.openTabWithId(`${env.site.origin}/seed-model.html`);
    if (!initScript) return openPopupForTab(env.browser, tabId);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`, initScript);
    await popup.waitFor('main[aria-busy="false"]');
    return popup;
  }

  it.skipIf(unavailable)('offers no "Summarize on device" button where the browser has no summarizer', async () => {
    const popup = await popupForSeed();
    await popup.waitFor('.section--key-points');
    // The offer is made after the browser answers availability(); give it that moment.
    await popup.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)), null);
    expect(await popup.texts('#summarize-on-device')).toEqual([]);
    await popup.close();
  });

  // Chromium only (see the note at the top): the test exists for it alone rather than skipping elsewhere.
  if (name === 'chromium') it.skipIf(unavailable)('with a summarizer, the button sends it the article text and shows its points as text', async () => {
    const popup = await popupForSeed(FAKE_SUMMARIZER);
    await popup.waitFor('#summarize-on-device');
    await popup.click('#summarize-on-device');
    await popup.waitFor('.device-summary li');
    expect(await popup.texts('.device-summary li')).toEqual(['Attachment work starts with the therapy relationship.', 'Repair after ruptures rebuilds trust.']);
    expect(await popup.texts('.device-summary-label')).toEqual(['Summarized on this device']);
    const input = await popup.evaluate(() => (globalThis as unknown as { summarizedInput: { text: string; type: string } }).summarizedInput, null);
    expect(input.type).toBe('key-points');
    expect(input.text.startsWith('Attachment-focused therapies grow out of the observation')).toBe(true);
    await popup.close();
  });
});
