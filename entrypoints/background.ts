/**
 * The background: the reader view's shortcut, context-menu entry and reader messages. It makes no network
 * request; it opens and closes reader tabs, remembers which tabs are its readers (utils/reader.ts) and makes
 * each follow the page it shows.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isReaderMessage, type ReaderMessage } from '../utils/protocol';
import { closeReader, followSourceTab, forgetReader, openReader, rememberReader, toggleReader } from '../utils/reader';

export const TOGGLE_READER_COMMAND = 'toggle-reader';
export const OPEN_READER_MENU = 'open-reader';

export async function onReaderCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  // Both browsers pass the active tab with the command (Chrome 86+, Firefox 126+; we require 140).
  if (command === TOGGLE_READER_COMMAND && tab) await toggleReader(tab);
}

export async function onReaderMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === OPEN_READER_MENU && tab?.id !== undefined) await openReader(tab.id);
}

export async function onReaderMessage(message: ReaderMessage, sender: Browser.runtime.MessageSender): Promise<void> {
  if (message.type === 'open-reader') await openReader(message.tabId);
  else if (message.type === 'close-reader') await closeReader(message.readerTabId);
  else await rememberReader(sender, message.page);
}

/** A failure with no page to show it on (a shortcut, a menu click, a tab event) is logged, never left unhandled. */
function logFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`Health Article Outline: ${what} failed:`, error);
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: OPEN_READER_MENU,
      title: browser.i18n.getMessage('readerMenuOpen'),
      contexts: ['page'],
      // Only where there is a web page to read: not on the reader itself or browser pages.
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    });
  });
  browser.commands.onCommand.addListener((command, tab) => void onReaderCommand(command, tab).catch(logFailure('the reader shortcut')));
  browser.contextMenus.onClicked.addListener((info, tab) => void onReaderMenuClicked(info, tab).catch(logFailure('the reader menu entry')));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Answer only our own messages; returning undefined leaves other messages to other listeners. A
    // rejection goes back to the sender, whose page says what failed.
    if (isReaderMessage(message)) return onReaderMessage(message, sender).then(() => ({ ok: true }));
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void followSourceTab(tabId).catch(logFailure('following a page with its reader'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetReader(tabId).catch(logFailure('forgetting a closed reader')));
  // The e2e build lets tests call the same handlers the browser calls, since headless browsers cannot
  // press a registered shortcut or open a native context menu. The shipped build has no such global.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { readerE2E: { onReaderCommand, onReaderMenuClicked } });
  }
});
