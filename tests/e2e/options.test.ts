/**
 * The options page in real browsers: it shows the stored settings, saves each change where the popup and the
 * reader read it (the popup then starts with that format and those sections, the reader with that look),
 * "Reset" brings every default back, and the popup's "About and privacy" line opens its About part.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName, ExtensionBrowser, TestPage } from './support/browsers';
import { chosenFormat, openPopupFor } from './support/popup';
import { sendFromPopup, waitForReader } from './support/reader';
import { useExtensionBrowser } from './support/suite';

/** What the options page shows as chosen. */
function shownChoices(options: TestPage) {
  return options.evaluate(() => {
    const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
    return {
      copyFormat: checked('copyFormat'),
      theme: checked('theme'),
      font: checked('font'),
      fontSize: (document.getElementById('reader-font-size') as HTMLSelectElement).value,
      width: checked('width'),
      lineHeight: checked('lineHeight'),
      letterSpacing: checked('letterSpacing'),
      wordSpacing: checked('wordSpacing'),
      parts: Array.from(document.querySelectorAll<HTMLInputElement>('#popup-parts input:checked'), (input) => input.value),
    };
  }, null);
}

const DEFAULTS = { copyFormat: 'markdown', theme: 'system', font: 'serif', fontSize: '19', width: 'medium', lineHeight: 'normal', letterSpacing: 'normal', wordSpacing: 'normal', parts: ['keyPoints', 'outline', 'related', 'sources'] };

function storedSettings(browser: ExtensionBrowser) {
  return browser.evaluateInExtension(async () => {
    type Storage = { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
    return (scope.browser ?? scope.chrome).storage.local.get(['copyFormat', 'popupParts', 'readerSettings']);
  }, null);
}

async function openOptions(browser: ExtensionBrowser, hash = ''): Promise<TestPage> {
  const options = await browser.openExtensionPage(`options.html${hash}`);
  await options.waitFor('input[name="theme"]:checked');
  return options;
}

describe.each<BrowserName>(['chromium', 'firefox'])('options page in %s', (name) => {
  const session = useExtensionBrowser(name);

  it.skipIf(session.unavailable)('shows the defaults, the version and the privacy summary, with no axe-core violations', async () => {
    const options = await openOptions(session.browser);
    expect(await shownChoices(options)).toEqual(DEFAULTS);
    expect(await options.texts('#reader-font-size option')).toEqual(['79%', '89%', '100%', '111%', '126%', '142%', '158%']);
    expect(await options.texts('h1, h2')).toEqual(['Settings', 'Copying the outline', 'Reader view', 'What the popup shows', 'Reset', 'About and privacy']);
    expect(await options.texts('#about-version')).toEqual(['Version 0.2.0']);
    expect(await options.texts('.privacy li')).toHaveLength(7);
    expect(await options.accessibilityViolations()).toEqual([]);
    await options.close();
  });

  it.skipIf(session.unavailable)('saves each change where the popup and the reader read it, and "Reset" brings the defaults back everywhere', async () => {
    const { browser, site } = session;
    const options = await openOptions(browser);
    await options.click('label[for="copyFormat-text"]');
    await options.click('label[for="theme-dark"]');
    await options.click('label[for="font-sans"]');
    await options.click('label[for="width-wide"]');
    await options.click('label[for="lineHeight-loose"]');
    await options.click('label[for="wordSpacing-wider"]');
    await options.evaluate(() => {
      const select = document.getElementById('reader-font-size') as HTMLSelectElement;
      select.value = '24';
      select.dispatchEvent(new Event('change'));
    }, null);
    await options.click('#part-related');
    await options.click('#part-sources');
    await expect.poll(() => storedSettings(browser)).toEqual({
      copyFormat: 'text',
      // The reader's other settings are stored with them, at their defaults.
      readerSettings: {
        theme: 'dark',
        fontSize: 24,
        font: 'sans',
        width: 'wide',
        lineHeight: 'loose',
        letterSpacing: 'normal',
        wordSpacing: 'wider',
        markHardSections: false,
        speechRate: 1,
      },
      popupParts: { keyPoints: true, outline: true, related: false, sources: false },
    });
    expect(await options.texts('#options-status')).toEqual(['Saved']);

    // The popup starts with plain text and leaves out the hidden sections (reviewed-article has related articles).
    const { popup, page, tabId } = await openPopupFor(browser, `${site.origin}/reviewed-article.html`);
    expect(await chosenFormat(popup)).toBe('text');
    expect(await popup.evaluate(() => Array.from(document.querySelectorAll('main > section, main > details'), (part) => part.className), null)).toEqual([
      'section section--care',
      'article-health',
      'section section--key-points',
      'section section--outline',
    ]);
    await popup.close();

    // The reader opens with the chosen look.
    await sendFromPopup(browser, { type: 'open-reader', tabId });
    const reader = await waitForReader(browser, tabId);
    const look = () =>
      reader.evaluate(() => {
        const root = document.documentElement;
        return {
          theme: root.dataset.theme,
          font: root.dataset.font,
          width: root.dataset.width,
          size: root.style.getPropertyValue('--reader-font-size'),
          lineHeight: root.dataset.lineHeight,
          wordSpacing: root.dataset.wordSpacing,
        };
      }, null);
    expect(await look()).toEqual({ theme: 'dark', font: 'sans', width: 'wide', size: '24px', lineHeight: 'loose', wordSpacing: 'wider' });

    // Reset: storage empties, the options page and the open reader follow at once, the next popup has it all.
    await options.bringToFront();
    await options.click('#reset');
    await expect.poll(() => storedSettings(browser)).toEqual({});
    await expect.poll(() => shownChoices(options)).toEqual(DEFAULTS);
    expect(await options.texts('#options-status')).toEqual(['All settings are back to their defaults']);
    await expect.poll(look).toEqual({ theme: 'system', font: 'serif', width: 'medium', size: '19px', lineHeight: 'normal', wordSpacing: 'normal' });
    const again = await openPopupFor(browser, `${site.origin}/reviewed-article.html`);
    expect(await chosenFormat(again.popup)).toBe('markdown');
    expect(await again.popup.texts('main > section > .section-head h2, main > details > summary')).toEqual(['When to get care', 'Key points', 'Outline', 'Related articles']);
    for (const open of [again.popup, again.page, reader, page, options]) await open.close();
  });

  it.skipIf(session.unavailable)('follows a change made in the popup while it is open', async () => {
    const { browser, site } = session;
    const options = await openOptions(browser);
    const { popup, page } = await openPopupFor(browser, `${site.origin}/seed-model.html`);
    await popup.click('label[for="format-text"]');
    await expect.poll(() => shownChoices(options).then((shown) => shown.copyFormat)).toBe('text');
    await options.click('#reset');
    await expect.poll(() => storedSettings(browser)).toEqual({});
    for (const open of [popup, page, options]) await open.close();
  });

  it.skipIf(session.unavailable)('the popup\'s "About and privacy" line opens the About part of the options page', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/seed-model.html`);
    expect(await popup.texts('.about-line a')).toEqual(['About and privacy']);
    await popup.click('.about-line a');
    const about = await browser.waitForPage(`${browser.extensionOrigin}/options.html#about`);
    await about.waitFor('input[name="theme"]:checked');
    await expect.poll(() => about.evaluate(() => document.activeElement?.id, null)).toBe('about');
    expect(await about.texts('#about h2')).toEqual(['About and privacy']);
    for (const open of [about, popup, page]) await open.close();
  });
});
