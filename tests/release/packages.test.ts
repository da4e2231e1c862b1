/**
 * What `npm run zip` made, as the stores and a Firefox reviewer get it: three zips named with package.json's
 * version, which both manifests carry; the shipped manifest (CSP, permissions, languages); the sources zip
 * rebuilding the Firefox zip byte for byte with the README's commands on a fresh copy; and both packages
 * loaded as shipped in the real browsers. Run by `npm run test:release` (which makes the zips first); it needs
 * the npm registry for `npm ci`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_PAGES_CSP, GECKO_ID } from '../../wxt.config';
import { browserUnavailable, launchExtensionBrowser, type BrowserName, type ExtensionBrowser } from '../e2e/support/browsers';
import { startTestSite, type TestSite } from '../e2e/support/server';

const ROOT = path.join(import.meta.dirname, '..', '..');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: path.join(ROOT, '.output', `${name}-${version}-chrome.zip`),
  firefox: path.join(ROOT, '.output', `${name}-${version}-firefox.zip`),
  sources: path.join(ROOT, '.output', `${name}-${version}-sources.zip`),
};
const LANGUAGES = ['de', 'en', 'es', 'fr'];

/** A loud skip on a developer machine, a failure under CI, as for the browsers. */
function zipsMissing(): string | null {
  const missing = Object.values(ZIPS).filter((file) => !existsSync(file));
  if (!missing.length) return null;
  const message = `release tests need ${missing.map((file) => path.relative(ROOT, file)).join(', ')} (npm run zip)`;
  if (process.env.CI === 'true') throw new Error(`${message}: missing under CI`);
  console.warn(`\n!!! SKIPPING ${message}\n`);
  return message;
}

const unavailable = zipsMissing();

/** A zip's files by path (folders left out). */
function unzip(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(file))).filter(([entry]) => !entry.endsWith('/')));
}

function manifestOf(files: Map<string, Uint8Array>): Record<string, unknown> {
  return JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8')) as Record<string, unknown>;
}

function writeTree(files: Map<string, Uint8Array>, dir: string): void {
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

/** The commands under the README's "Build from source" heading, one per line of its first code block. */
function readmeBuildCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Build from source'));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  return (block ?? '').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

describe.skipIf(unavailable)('the release zips', () => {
  const chrome = unavailable ? new Map<string, Uint8Array>() : unzip(ZIPS.chrome);
  const firefox = unavailable ? new Map<string, Uint8Array>() : unzip(ZIPS.firefox);

  it('carry package.json\'s version in their names and in both manifests', () => {
    expect(Object.values(ZIPS).map((file) => path.basename(file))).toEqual([`${name}-${version}-chrome.zip`, `${name}-${version}-firefox.zip`, `${name}-${version}-sources.zip`]);
    expect([manifestOf(chrome).version, manifestOf(firefox).version]).toEqual([version, version]);
  });

  it.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('%s: the shipped manifest refuses connections, asks for no host, runs no content script, and speaks every UI language', (browser, files) => {
    const manifest = manifestOf(files);
    expect(manifest.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
    expect(EXTENSION_PAGES_CSP).toContain("connect-src 'none'");
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect([manifest.host_permissions, manifest.content_scripts, manifest.key]).toEqual([undefined, undefined, undefined]);
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    expect(manifest.default_locale).toBe('en');
    expect([...files.keys()].filter((file) => file.startsWith('_locales/')).sort()).toEqual(LANGUAGES.map((language) => `_locales/${language}/messages.json`));
    expect([...files.keys()].filter((file) => /e2e-/.test(file))).toEqual([]);
    if (browser === 'firefox') expect((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
  });

  it('the sources zip holds what the build needs and the documents, not dependencies, build output or tests', () => {
    const files = [...unzip(ZIPS.sources).keys()];
    expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md', 'CHANGELOG.md', 'entrypoints/popup/main.ts', 'lib/index.ts', 'public/_locales/es/messages.json']));
    expect(files.filter((file) => /^(node_modules|\.output|\.wxt|tests|bench|docs)\//.test(file))).toEqual([]);
  });

  describe('built from the sources zip on a fresh copy', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'release-sources-'));
      writeTree(unzip(ZIPS.sources), dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('with the README\'s commands, gives the Firefox zip\'s files byte for byte', () => {
      const commands = readmeBuildCommands(readFileSync(path.join(dir, 'README.md'), 'utf8'));
      expect(commands).toEqual(['npm ci', 'npm run build:firefox']);
      for (const command of commands) {
        const [program, ...args] = command.split(' ');
        execFileSync(program!, args, { cwd: dir, stdio: 'pipe', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
      }
      const built = path.join(dir, '.output', 'firefox-mv3');
      const rebuilt = new Map([...firefox.keys()].map((file) => [file, existsSync(path.join(built, file)) ? readFileSync(path.join(built, file)) : null]));
      const differing = [...firefox].filter(([file, content]) => !rebuilt.get(file)?.equals(content)).map(([file]) => file);
      expect(differing).toEqual([]);
      const builtFiles = readdirSync(built, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(builtFiles).toHaveLength(firefox.size);
    });
  });
});

/** Where each browser loads the package from: Chromium an unpacked folder (as "Load unpacked"), Firefox the zip itself. */
function packageFor(browser: BrowserName): string {
  if (browser === 'firefox') return ZIPS.firefox;
  const dir = mkdtempSync(path.join(tmpdir(), 'release-chrome-'));
  writeTree(unzip(ZIPS.chrome), dir);
  return dir;
}

describe.each<BrowserName>(['chromium', 'firefox'])('the shipped package in %s', (browserName) => {
  const skip = unavailable ?? browserUnavailable(browserName, { path: ZIPS[browserName === 'chromium' ? 'chrome' : 'firefox'], hint: 'npm run zip' });
  let browser: ExtensionBrowser;
  let site: TestSite;
  beforeAll(async () => {
    if (skip) return;
    site = await startTestSite();
    browser = await launchExtensionBrowser(browserName, { extension: packageFor(browserName) });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.skipIf(skip)('loads with its version and permissions, and no access to any site', async () => {
    const manifest = await browser.evaluateInExtension(() => {
      type Runtime = { runtime: { getManifest(): { version: string; permissions?: string[]; host_permissions?: string[] } } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      const { version: shipped, permissions, host_permissions } = (scope.browser ?? scope.chrome).runtime.getManifest();
      // Firefox lists no host permissions as [], Chromium leaves the key out.
      return { version: shipped, permissions, hosts: host_permissions ?? [] };
    }, null);
    expect(manifest).toEqual({ version, permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'], hosts: [] });
    // Without the toolbar click that grants activeTab, the shipped popup may not read a page, and says so.
    const { tabId, page } = await browser.openTabWithId(`${site.origin}/reviewed-article.html`);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('main[aria-busy="false"]');
    expect(await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state'), null)).toBe('restricted');
    await popup.close();
    await page.close();
  });

  it.skipIf(skip)('shows its options page, and its pages cannot connect anywhere', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor('input[name="theme"]:checked');
    expect(await options.texts('#about-version')).toEqual([`Version ${version}`]);
    const fetched = await options.evaluate((url) => fetch(url).then(() => 'connected', () => 'refused'), `${site.origin}/hit?vector=release-fetch`);
    expect(fetched).toBe('refused');
    expect(site.hits()).toEqual([]);
    await options.close();
  });
});
