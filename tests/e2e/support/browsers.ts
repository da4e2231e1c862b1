/**
 * The built extension in a real browser, behind one small interface so every end-to-end test runs on both
 * Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). Debian's browsers only:
 * nothing here downloads a browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { E2E_PUBLIC_KEY, GECKO_ID } from '../../../wxt.config';

export type BrowserName = 'chromium' | 'firefox';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const EXECUTABLES: Record<BrowserName, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
const BUILDS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output', 'chrome-mv3-e2e'),
  firefox: path.join(ROOT, '.output', 'firefox-mv3-e2e'),
};
const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'apt-get install -y chromium',
  firefox: 'apt-get install -y firefox-esr',
};
/** Fixed so the Firefox extension's pages have a known address. */
const FIREFOX_UUID = '6f1c2a7e-5b0d-4c1e-9a43-2f6d8b9e0c11';

/** What a missing piece means: a loud skip on a developer machine, a failure under CI. */
export function browserUnavailable(name: BrowserName): string | null {
  const missing = [
    !existsSync(EXECUTABLES[name]) && `${EXECUTABLES[name]} (${INSTALL_HINT[name]})`,
    !existsSync(path.join(BUILDS[name], 'manifest.json')) && `${path.relative(ROOT, BUILDS[name])} (npm run build:e2e)`,
  ].filter(Boolean);
  if (!missing.length) return null;
  const message = `${name} end-to-end tests need ${missing.join(' and ')}`;
  if (process.env.CI === 'true') throw new Error(`${message}: missing under CI`);
  console.warn(`\n!!! SKIPPING ${message}\n`);
  return message;
}

export interface TestPage {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string, state?: 'visible' | 'hidden'): Promise<void>;
  texts(selector: string): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Origin of the extension's own pages (chrome-extension://id or moz-extension://uuid). */
  readonly extensionOrigin: string;
  openTab(url: string): Promise<TestPage>;
  /** An extension page such as `popup.html?tab=3`, opened as a tab. */
  openExtensionPage(pathAndQuery: string): Promise<TestPage>;
  /** The extension's id for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export function launchExtensionBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

/** Chromium derives an unpacked extension's id from its manifest key. */
function chromiumExtensionId(): string {
  const hash = createHash('sha256').update(Buffer.from(E2E_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

async function launchChromium(): Promise<ExtensionBrowser> {
  const build = BUILDS.chromium;
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ext-chromium-')), {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  const extensionOrigin = `chrome-extension://${chromiumExtensionId()}`;
  const wrap = (page: PlaywrightPage): TestPage => ({
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    waitFor: async (selector, state = 'visible') => void (await page.waitForSelector(selector, { state })),
    texts: (selector) => page.$$eval(selector, (elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return wrap(page);
  };
  let helper: TestPage | null = null;
  return {
    name: 'chromium',
    extensionOrigin,
    openTab: open,
    openExtensionPage: (pathAndQuery) => open(`${extensionOrigin}/${pathAndQuery}`),
    async tabIdOf(url) {
      helper ??= await open(`${extensionOrigin}/popup.html?tab=-1`);
      return tabIdFrom(helper, url);
    },
    close: () => context.close(),
  };
}

async function launchFirefox(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(BUILDS.firefox);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const wrap = (page: PuppeteerPage): TestPage => ({
    url: () => page.url(),
    goto: (url) => gotoFirefox(page, url),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    waitFor: async (selector, state = 'visible') => void (await page.waitForSelector(selector, state === 'visible' ? { visible: true } : { hidden: true })),
    texts: (selector) => page.$$eval(selector, (elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    setColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
  const open = async (url: string) => {
    const page = await browser.newPage();
    await gotoFirefox(page, url);
    return wrap(page);
  };
  let helper: TestPage | null = null;
  return {
    name: 'firefox',
    extensionOrigin,
    openTab: open,
    openExtensionPage: (pathAndQuery) => open(`${extensionOrigin}/${pathAndQuery}`),
    async tabIdOf(url) {
      helper ??= await open(`${extensionOrigin}/popup.html?tab=-1`);
      return tabIdFrom(helper, url);
    },
    close: () => browser.close(),
  };
}

/**
 * Firefox never resolves `goto` for moz-extension:// pages: start the navigation, then wait until the page
 * says it has loaded.
 */
async function gotoFirefox(page: PuppeteerPage, url: string): Promise<void> {
  if (!url.startsWith('moz-extension:')) return void (await page.goto(url));
  page.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url)) return;
    } catch {
      // The old document is going away; ask the new one.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox did not load ${url}`);
}

async function tabIdFrom(extensionPage: TestPage, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    type Tabs = { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}
