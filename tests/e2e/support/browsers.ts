/**
 * The built extension in a real browser, behind one small interface so every end-to-end test runs on both
 * Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). Debian's browsers only:
 * nothing here downloads a browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { E2E_PUBLIC_KEY, GECKO_ID } from '../../../wxt.config';

export type BrowserName = 'chromium' | 'firefox';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
/** Debian's browsers, or other builds named by CHROMIUM_PATH / FIREFOX_PATH (README: "Supported browsers"). */
export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
};
const BUILDS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output', 'chrome-mv3-e2e'),
  firefox: path.join(ROOT, '.output', 'firefox-mv3-e2e'),
};
const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'apt-get install -y chromium',
  firefox: 'apt-get install -y firefox-esr',
};
/** A browser page an extension may never script, in each browser. */
const INTERNAL_PAGES: Record<BrowserName, string> = { chromium: 'chrome://version', firefox: 'about:addons' };
/** One UI language for every run unless a test asks for another, so dates and messages are the same on every machine. */
const DEFAULT_LOCALE = 'en-US';
/** Every tab's viewport unless a test sets another. */
const VIEWPORT = { width: 1100, height: 800 };
/** Fixed so the Firefox extension's pages have a known address. */
const FIREFOX_UUID = '6f1c2a7e-5b0d-4c1e-9a43-2f6d8b9e0c11';

/** What a test needs besides the browser: by default the e2e build, made by `npm run build:e2e`. */
export interface NeededFile {
  path: string;
  /** The command that makes it. */
  hint: string;
}

/** What a missing piece means: a loud skip on a developer machine, a failure under CI. */
export function browserUnavailable(name: BrowserName, needs: NeededFile = { path: path.join(BUILDS[name], 'manifest.json'), hint: 'npm run build:e2e' }): string | null {
  const missing = [
    !existsSync(EXECUTABLES[name]) && `${EXECUTABLES[name]} (${INSTALL_HINT[name]})`,
    !existsSync(needs.path) && `${path.relative(ROOT, needs.path)} (${needs.hint})`,
  ].filter(Boolean);
  if (!missing.length) return null;
  const message = `${name} tests need ${missing.join(' and ')}`;
  if (process.env.CI === 'true') throw new Error(`${message}: missing under CI`);
  console.warn(`\n!!! SKIPPING ${message}\n`);
  return message;
}

export interface TestPage {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a script's source in the page's main world, as the test tool does (the page's CSP does not apply). */
  addScript(source: string): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string, state?: 'visible' | 'hidden'): Promise<void>;
  texts(selector: string): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** axe-core's WCAG 2.x A/AA violations on the page as it is now: rule id and the elements it flags. */
  accessibilityViolations(): Promise<{ rule: string; targets: string[] }[]>;
  /** CSS media type: `print` to see what printing would show. */
  emulateMedia(media: 'screen' | 'print'): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  isClosed(): boolean;
  /** Resolves once the tab is gone (closed by the test or by the extension). */
  waitForClose(): Promise<void>;
  close(): Promise<void>;
}

/** Every request the browser's pages make while recording, as URLs in order. */
export interface RequestLog {
  readonly urls: string[];
  stop(): void;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** The browser's major version (tests may run on older builds: CHROMIUM_PATH, FIREFOX_PATH). */
  readonly majorVersion: number;
  /** Origin of the extension's own pages (chrome-extension://id or moz-extension://uuid). */
  readonly extensionOrigin: string;
  openTab(url: string): Promise<TestPage>;
  /**
   * An extension page such as `popup.html?tab=3`, opened as a tab; `initScript` runs in it before its own
   * scripts (to stand in for a browser feature this headless browser lacks).
   */
  openExtensionPage(pathAndQuery: string, initScript?: string): Promise<TestPage>;
  /** The extension's id for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Runs `fn` in an extension page (a helper tab), where the extension APIs are `browser` or `chrome`. */
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Calls a handler that the e2e build's background publishes on its global `readerE2E` (Chromium: in the
   * service worker; Firefox: in the background page), with plain-data arguments.
   */
  callBackground(handler: string, args: unknown[]): Promise<void>;
  /**
   * Stops the extension's service worker, as the browser does when it has been idle, so the next event
   * starts a new one (Chromium); false where the background is not a service worker (Firefox).
   */
  stopBackground(): Promise<boolean>;
  /** The tab (opened by the test or by the extension) whose URL starts with `prefix`, once it exists. */
  waitForPage(prefix: string): Promise<TestPage>;
  recordRequests(): RequestLog;
  /**
   * Opens `url` in a new tab and returns the tab's id too: found as the tab that was not there before, so it
   * works for pages whose address the extension may not see (browser pages, source views).
   */
  openTabWithId(url: string): Promise<{ page: TestPage; tabId: number }>;
  /** A page of the browser's own (chrome://…, about:…) that no extension may read. */
  readonly internalPageUrl: string;
  close(): Promise<void>;
}

/** Polls `check` until it returns a value other than null or undefined. */
async function waitUntil<T>(check: () => T | null | undefined | Promise<T | null | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export interface LaunchOptions {
  /** The browser's UI language (BCP 47), which also picks the extension's messages.json. */
  locale?: string;
  /**
   * Another build than the e2e one, such as a shipped zip's contents: a folder (Chromium) or a folder or zip
   * (Firefox). Its Chromium id is read from its service worker, since only the e2e build has a known key.
   */
  extension?: string;
}

export function launchExtensionBrowser(name: BrowserName, { locale = DEFAULT_LOCALE, extension }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(locale, extension) : launchFirefox(locale, extension ?? BUILDS.firefox);
}

/** Chromium derives an unpacked extension's id from its manifest key. */
function chromiumExtensionId(): string {
  const hash = createHash('sha256').update(Buffer.from(E2E_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

async function launchChromium(locale: string, extension?: string): Promise<ExtensionBrowser> {
  const build = extension ?? BUILDS.chromium;
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ext-chromium-')), {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport: VIEWPORT,
    locale,
    // On Linux, Chromium takes its UI language (and so the extension's) from LANGUAGE; --lang alone is not enough.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      `--lang=${locale}`,
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
  const worker = () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
  const extensionOrigin = `chrome-extension://${extension ? new URL((await worker()).url()).host : chromiumExtensionId()}`;
  const wrap = (page: PlaywrightPage): TestPage => ({
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    addScript: async (source) => void (await page.evaluate(source)),
    click: (selector) => closingMayEnd(page, page.click(selector)),
    press: (key) => closingMayEnd(page, page.keyboard.press(key)),
    waitFor: async (selector, state = 'visible') => void (await page.waitForSelector(selector, { state })),
    texts: (selector) => page.$$eval(selector, (elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    accessibilityViolations: async () => summarizeAxe(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()),
    emulateMedia: (media) => page.emulateMedia({ media }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    isClosed: () => page.isClosed(),
    waitForClose: () => (page.isClosed() ? Promise.resolve() : new Promise<void>((resolve) => page.once('close', () => resolve()))),
    close: () => page.close(),
  });
  const open = async (url: string, initScript?: string) => {
    const page = await context.newPage();
    if (initScript) await page.addInitScript(initScript);
    await page.goto(url);
    return wrap(page);
  };
  let helper: TestPage | null = null;
  const extensionHelper = async () => (helper ??= await open(`${extensionOrigin}/popup.html?tab=-1`));
  return {
    name: 'chromium',
    majorVersion: Number(/Chrome\/(\d+)/.exec(await (await extensionHelper()).evaluate(() => navigator.userAgent, null))?.[1] ?? 0),
    extensionOrigin,
    internalPageUrl: INTERNAL_PAGES.chromium,
    openTab: open,
    openExtensionPage: (pathAndQuery, initScript) => open(`${extensionOrigin}/${pathAndQuery}`, initScript),
    async tabIdOf(url) {
      return tabIdFrom(await extensionHelper(), url);
    },
    async evaluateInExtension(fn, arg) {
      return (await extensionHelper()).evaluate(fn, arg);
    },
    async callBackground(handler, args) {
      const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin)) ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(
        async ([name, handlerArgs]) => {
          const hooks = (globalThis as unknown as { readerE2E: Record<string, (...args: unknown[]) => Promise<void>> }).readerE2E;
          await hooks[name]!(...handlerArgs);
        },
        [handler, args] as [string, unknown[]],
      );
    },
    async stopBackground() {
      const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin)) ?? (await context.waitForEvent('serviceworker'));
      // Closing the worker's target stops it, as the browser does with an idle one.
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      for (const target of targetInfos) {
        if (target.type === 'service_worker' && target.url.startsWith(extensionOrigin)) await session.send('Target.closeTarget', { targetId: target.targetId });
      }
      await session.detach();
      // Only a worker that really stopped proves anything: it no longer answers.
      const answers = () => Promise.race([worker.evaluate(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 500))]).catch(() => false);
      await waitUntil(async () => ((await answers()) ? null : true), 'the service worker to stop');
      return true;
    },
    async waitForPage(prefix) {
      const page = await waitUntil(() => context.pages().find((candidate) => candidate.url().startsWith(prefix)), `a tab at ${prefix}`);
      await page.waitForLoadState();
      return wrap(page);
    },
    recordRequests() {
      const urls: string[] = [];
      const listener = (request: { url(): string }) => void urls.push(request.url());
      context.on('request', listener);
      return { urls, stop: () => void context.off('request', listener) };
    },
    openTabWithId: async (url) => openWithTabId(await extensionHelper(), () => open(url)),
    close: () => context.close(),
  };
}

async function launchFirefox(locale: string, extension: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Viewports are set by `setFirefoxViewport`: puppeteer's own also overrides the screen orientation, a
    // command Firefox 140 does not know.
    defaultViewport: null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
    },
  });
  await browser.installExtension(extension);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const wrap = (page: PuppeteerPage): TestPage => ({
    url: () => page.url(),
    goto: (url) => gotoFirefox(page, url),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    addScript: async (source) => void (await page.evaluate(source)),
    click: (selector) => closingMayEnd(page, page.click(selector)),
    press: (key) => closingMayEnd(page, pressFirefox(page, key)),
    waitFor: async (selector, state = 'visible') => void (await page.waitForSelector(selector, state === 'visible' ? { visible: true } : { hidden: true })),
    texts: (selector) => page.$$eval(selector, (elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    setColorScheme: (scheme) => setFirefoxColorScheme(browser, page, scheme),
    // @axe-core/playwright needs a Playwright page: inject axe-core itself and run it the same way.
    accessibilityViolations: async () => {
      await page.evaluate(axeSource());
      type Axe = { axe: { run(context: Document, options: object): Promise<AxeResults> } };
      return summarizeAxe(await page.evaluate((runOnly) => (globalThis as unknown as Axe).axe.run(document, { runOnly }), AXE_TAGS));
    },
    emulateMedia: (media) => emulateMediaFirefox(page, media),
    setViewport: (width, height) => setFirefoxViewport(browser, page, width, height),
    reload: () => reloadFirefox(page),
    bringToFront: () => page.bringToFront(),
    isClosed: () => page.isClosed(),
    // BiDi does not always report a tab the extension closed: a page that can no longer evaluate is gone.
    waitForClose: async () => void (await waitUntil(async () => page.isClosed() || (await page.evaluate(() => null).then(() => null, () => true)), 'the tab to close')),
    close: () => page.close(),
  });
  const open = async (url: string, initScript?: string) => {
    const page = await browser.newPage();
    await setFirefoxViewport(browser, page, VIEWPORT.width, VIEWPORT.height);
    if (initScript) await page.evaluateOnNewDocument(initScript);
    await gotoFirefox(page, url);
    return wrap(page);
  };
  let helper: TestPage | null = null;
  const extensionHelper = async () => (helper ??= await open(`${extensionOrigin}/popup.html?tab=-1`));
  return {
    name: 'firefox',
    majorVersion: Number(/\/(\d+)\./.exec(await browser.version())?.[1] ?? 0),
    extensionOrigin,
    internalPageUrl: INTERNAL_PAGES.firefox,
    openTab: open,
    openExtensionPage: (pathAndQuery, initScript) => open(`${extensionOrigin}/${pathAndQuery}`, initScript),
    async tabIdOf(url) {
      return tabIdFrom(await extensionHelper(), url);
    },
    async evaluateInExtension(fn, arg) {
      return (await extensionHelper()).evaluate(fn, arg);
    },
    async callBackground(handler, args) {
      // Firefox's background is a page: an extension page reaches its global through getBackgroundPage().
      await (await extensionHelper()).evaluate(
        async ([name, handlerArgs]) => {
          type Hooks = { readerE2E: Record<string, (...args: unknown[]) => Promise<void>> };
          const scope = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Hooks> } } };
          const background = await scope.browser.runtime.getBackgroundPage();
          await background.readerE2E[name]!(...handlerArgs);
        },
        [handler, args] as [string, unknown[]],
      );
    },
    stopBackground: async () => false,
    async waitForPage(prefix) {
      // BiDi reports extension pages as about:blank: ask each page where it is.
      const page = await waitUntil(async () => {
        for (const candidate of await browser.pages()) {
          const href = await candidate.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(prefix)) return candidate;
        }
        return null;
      }, `a tab at ${prefix}`);
      await waitUntil(() => page.evaluate(() => document.readyState === 'complete' || null).catch(() => null), `${prefix} to load`);
      await setFirefoxViewport(browser, page, VIEWPORT.width, VIEWPORT.height);
      return wrap(page);
    },
    recordRequests() {
      return recordFirefoxRequests(browser);
    },
    openTabWithId: async (url) => openWithTabId(await extensionHelper(), () => open(url)),
    close: () => browser.close(),
  };
}

/**
 * Firefox over BiDi cannot emulate media features, so this sets the browser's own content colour-scheme
 * preference (through the privileged context `--remote-allow-system-access` opens) and waits until the page
 * sees it. It applies to every page of this browser.
 */
async function setFirefoxColorScheme(browser: PuppeteerBrowser, page: PuppeteerPage, scheme: 'light' | 'dark'): Promise<void> {
  type Connection = { send(method: string, params: object): Promise<{ result: { contexts: { context: string }[]; type?: string } }> };
  const connection = (browser as unknown as { connection: Connection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const override = scheme === 'dark' ? 0 : 1;
  const evaluated = await connection.send('script.evaluate', {
    // Pages follow the first preference; extension pages in Firefox 140 follow the second, the system's.
    expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${override}); Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${scheme === 'dark' ? 1 : 0})`,
    target: { context: tree.result.contexts[0]!.context },
    awaitPromise: false,
  });
  // Firefox before 153 has no chrome scope over WebDriver BiDi (`moz:scope` gives the content tabs instead).
  if (evaluated.result.type === 'exception') throw new Error(`Firefox ${await browser.version()} cannot switch the colour scheme over WebDriver BiDi`);
  // Polled with evaluate, not waitForFunction: Firefox 140 lets a page's CSP block the latter's injected script.
  await waitUntil(() => page.evaluate((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark || null, scheme === 'dark'), `the ${scheme} colour scheme`);
}

/** The page's viewport, by the one WebDriver BiDi command every Firefox since 140 has. */
async function setFirefoxViewport(browser: PuppeteerBrowser, page: PuppeteerPage, width: number, height: number): Promise<void> {
  type Connection = { send(method: string, params: object): Promise<unknown> };
  const connection = (browser as unknown as { connection: Connection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.setViewport', { context, viewport: { width, height } });
}

/**
 * Firefox never resolves `goto` for moz-extension:// pages, nor for its own about: pages: start the
 * navigation, then wait until the page says it has loaded (an about: page cannot be asked; its address
 * shows once the navigation has committed).
 */
async function gotoFirefox(page: PuppeteerPage, url: string): Promise<void> {
  const ownPage = url.startsWith('about:');
  if (!ownPage && !url.startsWith('moz-extension:')) return void (await page.goto(url));
  page.goto(url, { timeout: 0 }).catch(() => {});
  if (ownPage) await waitUntil(() => page.url() === url || null, `Firefox to show ${url}`);
  else await waitForFirefoxLoad(page, url);
}

/** Reloads from inside the page: BiDi knows extension pages only as about:blank, so it cannot reload them. */
async function reloadFirefox(page: PuppeteerPage): Promise<void> {
  const url = await page.evaluate(() => {
    document.documentElement.setAttribute('data-reloading', '');
    return location.href;
  });
  await page.evaluate(() => location.reload()).catch(() => {});
  await waitForFirefoxLoad(page, url);
}

async function waitForFirefoxLoad(page: PuppeteerPage, url: string): Promise<void> {
  await waitUntil(
    () =>
      page
        .evaluate(
          (expected) => (location.href === expected && document.readyState === 'complete' && !document.documentElement.hasAttribute('data-reloading')) || null,
          url,
        )
        // The old document is going away; ask the new one.
        .catch(() => null),
    `Firefox to load ${url}`,
  );
}

/**
 * Firefox over BiDi cannot switch the CSS media type (puppeteer needs CDP for it), so print is approximated:
 * the page's own `@media print` rules are applied as an extra stylesheet on screen, and removed again.
 */
async function emulateMediaFirefox(page: PuppeteerPage, media: 'screen' | 'print'): Promise<void> {
  await page.evaluate((wanted) => {
    const scope = globalThis as unknown as { printEmulation?: CSSStyleSheet };
    if (wanted === 'screen') {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== scope.printEmulation);
      return;
    }
    const printRules = Array.from(document.styleSheets).flatMap((sheet) =>
      Array.from(sheet.cssRules).flatMap((rule) => (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText) ? Array.from(rule.cssRules, (inner) => inner.cssText) : [])),
    );
    scope.printEmulation = new CSSStyleSheet();
    scope.printEmulation.replaceSync(printRules.join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, scope.printEmulation];
  }, media);
}

/** A click or key that closes its own tab (the reader's close button, Escape) cannot finish; that is success. */
async function closingMayEnd(page: { isClosed(): boolean }, action: Promise<unknown>): Promise<void> {
  try {
    await action;
  } catch (error) {
    if (!page.isClosed() && !/closed|detached|destroyed/i.test(String(error))) throw error;
  }
}

/** Puppeteer presses one key at a time: hold the modifiers of a Playwright-style chord such as `Alt+Shift+R`. */
async function pressFirefox(page: PuppeteerPage, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<PuppeteerPage['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

function summarizeAxe(results: AxeResults): { rule: string; targets: string[] }[] {
  return results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

type TabsApi = { tabs: { query(filter: object): Promise<{ id?: number; url?: string; status?: string }[]> } };

async function openWithTabId(extensionPage: TestPage, open: () => Promise<TestPage>): Promise<{ page: TestPage; tabId: number }> {
  const listTabs = () =>
    extensionPage.evaluate(async () => {
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      return (await (scope.browser ?? scope.chrome).tabs.query({})).map(({ id, status }) => ({ id, status }));
    }, null);
  const before = new Set((await listTabs()).map((tab) => tab.id));
  const page = await open();
  const added = await waitUntil(async () => (await listTabs()).find((tab) => !before.has(tab.id) && tab.status === 'complete'), 'the new tab to finish loading');
  return { page, tabId: added.id! };
}

async function tabIdFrom(extensionPage: TestPage, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Firefox (WebDriver BiDi) reports requests per page: follow every page, including those opened later. */
function recordFirefoxRequests(browser: PuppeteerBrowser): RequestLog {
  const urls: string[] = [];
  const followed = new Set<PuppeteerPage>();
  const listener = (request: { url(): string }) => void urls.push(request.url());
  const follow = (page: PuppeteerPage | null) => {
    if (!page || followed.has(page)) return;
    followed.add(page);
    page.on('request', listener);
  };
  const onTarget = (target: { page(): Promise<PuppeteerPage | null> }) => void target.page().then(follow, () => undefined);
  void browser.pages().then((pages) => pages.forEach(follow));
  browser.on('targetcreated', onTarget);
  return {
    urls,
    stop() {
      browser.off('targetcreated', onTarget);
      for (const page of followed) page.off('request', listener);
    },
  };
}
