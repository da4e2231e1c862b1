/** Driving the reader view from tests, the same way in both browsers (through an extension helper page). */
import type { ExtensionBrowser, TestPage } from './browsers';

export interface TabInfo {
  id: number;
  url?: string;
  index: number;
  active: boolean;
  windowId: number;
}

export function readerPrefix(browser: ExtensionBrowser, sourceTabId: number): string {
  return `${browser.extensionOrigin}/reader.html?tab=${sourceTabId}`;
}

export function listTabs(browser: ExtensionBrowser): Promise<TabInfo[]> {
  return browser.evaluateInExtension(async () => {
    type Tabs = { tabs: { query(filter: object): Promise<TabInfo[]> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    return (await (scope.browser ?? scope.chrome).tabs.query({})).map(({ id, url, index, active, windowId }) => ({ id, url, index, active, windowId }));
  }, null);
}

/**
 * The reader tabs showing `sourceTabId`: by their address, or, where the browser does not tell the extension
 * the address of its own pages (Chromium 150), by the background's list of its readers.
 */
export async function readerTabsOf(browser: ExtensionBrowser, sourceTabId: number): Promise<TabInfo[]> {
  const registered = await browser.evaluateInExtension(async () => {
    type Storage = { storage: { session: { get(key: string): Promise<Record<string, Record<string, { source: number }> | undefined>> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
    return (await (scope.browser ?? scope.chrome).storage.session.get('readers')).readers ?? {};
  }, null);
  return (await listTabs(browser)).filter((tab) =>
    tab.url !== undefined ? tab.url === readerPrefix(browser, sourceTabId) : registered[String(tab.id)]?.source === sourceTabId,
  );
}

/** Exactly what the popup's "Open reader view" / "Close reader view" buttons send. */
export function sendFromPopup(browser: ExtensionBrowser, message: object): Promise<unknown> {
  return browser.evaluateInExtension((payload) => {
    type Runtime = { runtime: { sendMessage(message: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    return (scope.browser ?? scope.chrome).runtime.sendMessage(payload);
  }, message);
}

/** The reader tab for `sourceTabId`, once it has shown its article (or a state). */
export async function waitForReader(browser: ExtensionBrowser, sourceTabId: number): Promise<TestPage> {
  const reader = await browser.waitForPage(readerPrefix(browser, sourceTabId));
  await reader.waitFor('main[aria-busy="false"]');
  return reader;
}
