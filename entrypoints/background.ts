/**
 * The background: the reader view's shortcut, context-menu entry and the popup's reader messages. It keeps no
 * state and makes no network request; it only opens and closes reader tabs.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isReaderMessage, type ReaderMessage } from '../utils/protocol';
import { closeReader, openReader, toggleReader } from '../utils/reader';

export const TOGGLE_READER_COMMAND = 'toggle-reader';
export const OPEN_READER_MENU = 'open-reader';

export async function onReaderCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  // Both browsers pass the active tab with the command (Chrome 86+, Firefox 126+; we require 140).
  if (command === TOGGLE_READER_COMMAND && tab) await toggleReader(tab);
}

export async function onReaderMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === OPEN_READER_MENU && tab?.id !== undefined) await openReader(tab.id);
}

export async function onReaderMessage(message: ReaderMessage): Promise<void> {
  if (message.type === 'open-reader') await openReader(message.tabId);
  else await closeReader(message.readerTabId);
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
  browser.commands.onCommand.addListener((command, tab) => void onReaderCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void onReaderMenuClicked(info, tab));
  browser.runtime.onMessage.addListener((message: unknown) => {
    // Answer only our own message; returning undefined leaves other messages to other listeners.
    if (isReaderMessage(message)) return onReaderMessage(message).then(() => ({ ok: true }));
    return undefined;
  });
  // The e2e build lets tests call the same handlers the browser calls, since headless browsers cannot
  // press a registered shortcut or open a native context menu. The shipped build has no such global.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { readerE2E: { onReaderCommand, onReaderMenuClicked } });
  }
});
