/**
 * Opening and closing the reader view: an extension page (`reader.html?tab=N`) in its own tab, right after
 * the page it shows. The background opens and closes readers (shortcut, context menu, popup messages) and
 * remembers which tabs are its readers in `storage.session`, so a restarted service worker still knows them;
 * it acts on no other tab. A reader follows its page: when the page loads another document, the reader
 * reloads with it, or closes where the browser no longer lets the extension read the page.
 */
import { browser, type Browser } from 'wxt/browser';

const READER_PATH = '/reader.html';
const READERS_KEY = 'readers';

/** What the background remembers of each reader tab, by the reader's tab id. */
interface ReaderRecord {
  /** The tab the reader shows. */
  source: number;
  /** The address (without its #fragment) of the document the reader was last given, when known. */
  page: string | null;
}
type Readers = Record<string, ReaderRecord>;

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

/** A document's address without its fragment: moving within a page is not another article. */
export function pageKey(url: string | null | undefined): string | null {
  return url ? url.replace(/#.*$/, '') : null;
}

async function loadReaders(): Promise<Readers> {
  const stored = await browser.storage.session.get(READERS_KEY);
  return (stored[READERS_KEY] as Readers | undefined) ?? {};
}

const saveReaders = (readers: Readers) => browser.storage.session.set({ [READERS_KEY]: readers });

let queue: Promise<unknown> = Promise.resolve();
/**
 * Runs reader bookkeeping one task at a time: two quick "open" requests for one page must find each other's
 * reader instead of both creating one.
 */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const tabOrNull = (tabId: number) => browser.tabs.get(tabId).catch(() => null);

/**
 * Opens the reader for `tabId` in a new tab next to it, or brings back the one already open for it, reloaded
 * if the page has moved on to another document since.
 */
export function openReader(tabId: number): Promise<Browser.tabs.Tab> {
  return serialized(async () => {
    const readers = await loadReaders();
    const source = await browser.tabs.get(tabId);
    const page = pageKey(source.url);
    for (const [id, record] of Object.entries(readers)) {
      if (record.source !== tabId) continue;
      const reader = await tabOrNull(Number(id));
      if (!reader?.id) {
        delete readers[id];
        continue;
      }
      if (!page || record.page !== page) {
        readers[id] = { ...record, page };
        await browser.tabs.reload(reader.id);
      }
      await saveReaders(readers);
      return browser.tabs.update(reader.id, { active: true }) as Promise<Browser.tabs.Tab>;
    }
    const reader = await browser.tabs.create({ url: readerUrl(tabId), index: source.index + 1, openerTabId: tabId, windowId: source.windowId, active: true });
    if (reader.id !== undefined) readers[reader.id] = { source: tabId, page };
    await saveReaders(readers);
    return reader;
  });
}

/** Closes a reader tab the background opened and returns to the page it showed; any other tab id is refused. */
export function closeReader(readerTabId: number): Promise<void> {
  return serialized(async () => {
    const readers = await loadReaders();
    const record = readers[readerTabId];
    if (!record) throw new Error(browser.i18n.getMessage('errorNotReader'));
    delete readers[readerTabId];
    await saveReaders(readers);
    await browser.tabs.update(record.source, { active: true }).catch(() => undefined);
    await browser.tabs.remove(readerTabId);
  });
}

/** The reader page closing itself (✕, Escape): back to the page it showed, then gone. */
export async function closeThisReader(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const sourceTabId = readerSourceTab(location.href);
  if (sourceTabId !== null) await browser.tabs.update(sourceTabId, { active: true }).catch(() => undefined);
  await browser.tabs.remove(tab.id);
}

/**
 * Whether a tab is one of the background's readers. Extension pages ask this too: Chromium before 156 does not
 * tell an extension without the "tabs" permission even the address of its own pages.
 */
export async function isRememberedReader(tabId: number): Promise<boolean> {
  return !!(await loadReaders())[tabId];
}

/** The shortcut: on a reader it closes it, on a page it opens the page's reader. */
export async function toggleReader(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  if (await isRememberedReader(tab.id)) await closeReader(tab.id);
  else if (!isReaderUrl(tab.url)) await openReader(tab.id);
}

/**
 * A reader page says which document it shows (it also does after a browser restart, or when reloaded): the
 * background takes it into its list. Only the extension's own reader pages are heard.
 */
export function rememberReader(sender: Browser.runtime.MessageSender, page: string | null): Promise<void> {
  return serialized(async () => {
    const readerTabId = sender.tab?.id;
    const source = sender.url && isReaderUrl(sender.url) ? readerSourceTab(sender.url) : null;
    if (sender.id !== browser.runtime.id || readerTabId === undefined || source === null) return;
    const readers = await loadReaders();
    readers[readerTabId] = { source, page: pageKey(page) };
    await saveReaders(readers);
  });
}

/** The document a tab shows, or null when the browser does not let the extension read it (any more). */
async function readableAddress(tabId: number): Promise<string | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: () => location.href });
    return typeof injection?.result === 'string' ? injection.result : null;
  } catch {
    return null;
  }
}

/** A tab finished loading: its readers follow it to the new document, or close when they cannot. */
export function followSourceTab(tabId: number): Promise<void> {
  return serialized(async () => {
    const readers = await loadReaders();
    const mine = Object.entries(readers).filter(([, record]) => record.source === tabId);
    if (!mine.length) return;
    const page = pageKey(await readableAddress(tabId));
    for (const [id, record] of mine) {
      if (page === null) {
        delete readers[id];
        await browser.tabs.remove(Number(id)).catch(() => undefined);
      } else if (page !== record.page) {
        readers[id] = { ...record, page };
        await browser.tabs.reload(Number(id)).catch(() => undefined);
      }
    }
    await saveReaders(readers);
  });
}

/** A closed reader is forgotten. (A reader whose page closed stays: it still shows the article.) */
export function forgetReader(tabId: number): Promise<void> {
  return serialized(async () => {
    const readers = await loadReaders();
    if (!readers[tabId]) return;
    delete readers[tabId];
    await saveReaders(readers);
  });
}
