/**
 * Opening and closing the reader view: an extension page (`reader.html?tab=N`) in its own tab, right after
 * the page it shows. Used by the background (shortcut, context menu, popup messages) and the reader itself.
 */
import { browser, type Browser } from 'wxt/browser';

const READER_PATH = '/reader.html';

export function readerUrl(sourceTabId: number): string {
  return browser.runtime.getURL(`${READER_PATH}?tab=${sourceTabId}`);
}

export function isReaderUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(READER_PATH));
}

/** The tab a reader URL shows, or null when the URL names none. */
export function readerSourceTab(url: string): number | null {
  const tab = new URL(url).searchParams.get('tab');
  return tab !== null && /^\d+$/.test(tab) ? Number(tab) : null;
}

/** Opens the reader for `tabId` in a new tab next to it, or brings back the one already open for it. */
export async function openReader(tabId: number): Promise<Browser.tabs.Tab> {
  const url = readerUrl(tabId);
  const [open] = await browser.tabs.query({ url });
  if (open?.id !== undefined) return browser.tabs.update(open.id, { active: true }) as Promise<Browser.tabs.Tab>;
  const source = await browser.tabs.get(tabId);
  return browser.tabs.create({ url, index: source.index + 1, openerTabId: tabId, windowId: source.windowId, active: true });
}

/** Closes a reader tab and returns to the page it showed, which was never touched. */
export async function closeReader(readerTabId: number): Promise<void> {
  const reader = await browser.tabs.get(readerTabId);
  const sourceTabId = reader.url ? readerSourceTab(reader.url) : null;
  if (sourceTabId !== null) await browser.tabs.update(sourceTabId, { active: true }).catch(() => undefined);
  await browser.tabs.remove(readerTabId);
}

/** The shortcut: on a page it opens the reader, on a reader it closes it. */
export async function toggleReader(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  if (isReaderUrl(tab.url)) await closeReader(tab.id);
  else await openReader(tab.id);
}
