/** Driving the popup and reading what it did, the same way in every browser. */
import type { ExtensionBrowser, TestPage } from './browsers';

export interface OpenPopup {
  /** The page the popup reads (a background tab once the popup is open). */
  page: TestPage;
  popup: TestPage;
  tabId: number;
}

/** Opens `url` in a tab, then the popup for that tab, and waits until the popup has settled on a state. */
export async function openPopupFor(browser: ExtensionBrowser, url: string): Promise<OpenPopup> {
  const { page, tabId } = await browser.openTabWithId(url);
  const popup = await openPopupForTab(browser, tabId);
  return { page, popup, tabId };
}

export async function openPopupForTab(browser: ExtensionBrowser, tabId: number): Promise<TestPage> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor('main[aria-busy="false"]');
  return popup;
}

/**
 * What the clipboard holds: pasted with the keyboard into a page of the test site. Reading it this way needs
 * no clipboard permission, which browsers do not let tests grant to extension pages.
 */
export async function readClipboard(browser: ExtensionBrowser, origin: string): Promise<string> {
  const target = await browser.openTab(`${origin}/paste-target.html`);
  await target.bringToFront();
  await target.click('#paste-target');
  await target.press('Control+V');
  const text = await target.evaluate(() => (document.getElementById('paste-target') as HTMLTextAreaElement).value, null);
  await target.close();
  return text;
}

/** Clicks "Copy outline" as a user would, and returns what the popup then says. */
export async function copyOutline(popup: TestPage): Promise<string[]> {
  await popup.bringToFront();
  await popup.click('#copy-outline');
  await popup.waitFor('.status:not(:empty)');
  return popup.texts('.status');
}

/** The copy format the popup has selected. */
export function chosenFormat(popup: TestPage): Promise<string> {
  return popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="copy-format"]:checked')!.value, null);
}

/** The popup's section a test looks at: the state shown (`data-state`), or 'report'. */
export function shownState(popup: TestPage): Promise<string> {
  return popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? (document.querySelector('.article-header') ? 'report' : 'loading'), null);
}
