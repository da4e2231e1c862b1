/**
 * The reader view in real browsers: opened by each way (popup button, shortcut, context menu), closed by each
 * way (Escape, close button, shortcut again, popup button), leaving the page exactly as it was. Other tests
 * open it with the message the popup button sends.
 *
 * Headless browsers do not deliver a registered shortcut or open a native context menu (real key presses reach
 * the page, not the browser's shortcut table), so those tests check that the command and the menu entry are
 * registered and then call the very handlers the browser calls, with the tab the browser would pass.
 */
import { mkdirSync } from 'node:fs';
import axe from 'axe-core';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import type { BrowserName, TestPage } from './support/browsers';
import { listTabs, readerTabsOf, sendFromPopup, waitForReader, type TabInfo } from './support/reader';
import { useExtensionBrowser } from './support/suite';

const seed = JSON.parse(readFixture('seed-model.expected.json')) as { title: string; outline: string[]; related: { title: string }[] };
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SHORTCUTS: Record<BrowserName, string> = { chromium: 'Alt+Shift+E', firefox: 'Alt+Shift+R' };
/** The demo article (tests/fixtures/reader-demo.html): what the reader must show of it. */
const DEMO_OUTLINE = ['Choosing a monitor', 'Taking a good reading', 'Morning and evening', 'What the numbers mean', 'Sharing your readings'];

/** What "the page is exactly as before" means: the same DOM and the same scroll position. */
interface PageState {
  html: string;
  scrollY: number;
}

function pageState(page: TestPage): Promise<PageState> {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, scrollY: Math.round(window.scrollY) }), null);
}

describe.each<BrowserName>(['chromium', 'firefox'])('reader view in %s', (name) => {
  const env = useExtensionBrowser(name);
  const { unavailable } = env;

  const tabs = () => listTabs(env.browser);

  async function tab(id: number): Promise<TabInfo> {
    const found = (await tabs()).find((candidate) => candidate.id === id);
    if (!found) throw new Error(`No tab ${id}`);
    return found;
  }


  /** A page scrolled part-way down, as a reader would leave it, with its state before the reader opens. */
  async function openSource(file: string): Promise<{ page: TestPage; tabId: number; before: PageState }> {
    const url = `${env.site.origin}/${file}`;
    const page = await env.browser.openTab(url);
    await page.evaluate(() => window.scrollTo(0, 640), null);
    const tabId = await env.browser.tabIdOf(url);
    return { page, tabId, before: await pageState(page) };
  }

  async function readerTabId(sourceTabId: number): Promise<number> {
    const [found] = await readerTabsOf(env.browser, sourceTabId);
    if (!found) throw new Error(`No reader tab for ${sourceTabId}`);
    return found.id;
  }

  /** After closing: the reader tab is gone, its page is the active tab again and is exactly as it was. */
  async function expectClosedAndRestored(reader: TestPage, source: { page: TestPage; tabId: number; before: PageState }) {
    await reader.waitForClose();
    const after = await tabs();
    expect(after.some((candidate) => candidate.url?.startsWith(`${env.browser.extensionOrigin}/reader.html`))).toBe(false);
    expect(after.find((candidate) => candidate.id === source.tabId)?.active).toBe(true);
    expect(await pageState(source.page)).toEqual(source.before);
    await source.page.close();
  }

  it.skipIf(unavailable)(`registers the toggle-reader command (suggested ${SHORTCUTS[name]}) and the page context-menu entry, and asks for contextMenus only`, async () => {
    const registered = await env.browser.evaluateInExtension(async () => {
      type Api = {
        commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
        contextMenus: { update(id: string, change: object): Promise<void> };
        runtime: { getManifest(): { permissions?: string[]; host_permissions?: string[] } };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = scope.browser ?? scope.chrome;
      const commands = (await api.commands.getAll()).filter((command) => command.name === 'toggle-reader');
      // update() rejects for an id that was never created: it proves the menu entry exists.
      const menu = await api.contextMenus.update('open-reader', {}).then(() => 'registered', (error: unknown) => String(error));
      return { commands, menu, permissions: api.runtime.getManifest().permissions };
    }, null);
    expect(registered).toEqual({
      commands: [{ name: 'toggle-reader', shortcut: SHORTCUTS[name], description: 'Open or close the reader view' }],
      menu: 'registered',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    });
  });

  /** The popup, opened as a page for `tabId`, with `selector` clicked once it shows. */
  async function clickInPopup(tabId: number, selector: string): Promise<TestPage> {
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(selector);
    await popup.click(selector);
    return popup;
  }

  it.skipIf(unavailable)('popup buttons: "Open reader view" opens the reader next to the page with the whole article, and "Close reader view" closes it, leaving the page as it was', async () => {
    const source = await openSource('seed-model.html');
    const requests = env.browser.recordRequests();
    const popup = await clickInPopup(source.tabId, '#open-reader');
    const reader = await waitForReader(env.browser, source.tabId);
    const readerId = await readerTabId(source.tabId);
    expect((await tab(readerId)).index).toBe((await tab(source.tabId)).index + 1);
    expect((await tab(readerId)).active).toBe(true);
    expect(await reader.texts('#reader-title')).toEqual([seed.title]);
    expect(await reader.texts('#reader-outline a')).toEqual(seed.outline);
    expect(await reader.texts('.related li > a')).toEqual(seed.related.map((item) => `${item.title} (opens in a new tab)`));
    expect(await reader.texts('.meta--dates .meta__item')).toEqual(['Published Jul 19, 2025', '5 min read']);
    requests.stop();
    // The article has no images: the reader loads only its own files, and nothing from the web.
    expect(requests.urls.filter((url) => !url.startsWith(`${env.browser.extensionOrigin}/`))).toEqual([]);

    const readerPopup = await clickInPopup(readerId, '#close-reader');
    await expectClosedAndRestored(reader, source);
    await Promise.all([popup.close(), readerPopup.close()]);
  });

  it.skipIf(unavailable)('shortcut (the command handler the browser calls): opens the reader, and pressed again on the reader closes it', async () => {
    const source = await openSource('seed-model.html');
    await env.browser.callBackground('onReaderCommand', ['toggle-reader', await tab(source.tabId)]);
    const reader = await waitForReader(env.browser, source.tabId);
    expect(await reader.texts('#reader-title')).toEqual([seed.title]);
    await env.browser.callBackground('onReaderCommand', ['toggle-reader', await tab(await readerTabId(source.tabId))]);
    await expectClosedAndRestored(reader, source);
  });

  it.skipIf(unavailable)('context menu (the click handler the browser calls): opens the reader; Escape closes it', async () => {
    const source = await openSource('seed-model.html');
    await env.browser.callBackground('onReaderMenuClicked', [{ menuItemId: 'open-reader', editable: false, pageUrl: `${env.site.origin}/seed-model.html` }, await tab(source.tabId)]);
    const reader = await waitForReader(env.browser, source.tabId);
    expect(await reader.texts('#reader-title')).toEqual([seed.title]);
    await reader.press('Escape');
    await expectClosedAndRestored(reader, source);
  });

  it.skipIf(unavailable)('the close button closes the reader', async () => {
    const source = await openSource('seed-model.html');
    await sendFromPopup(env.browser, { type: 'open-reader', tabId: source.tabId });
    const reader = await waitForReader(env.browser, source.tabId);
    await reader.click('#reader-close');
    await expectClosedAndRestored(reader, source);
  });

  it.skipIf(unavailable)('opening twice for one page brings back the same reader tab', async () => {
    const source = await openSource('seed-model.html');
    await sendFromPopup(env.browser, { type: 'open-reader', tabId: source.tabId });
    const reader = await waitForReader(env.browser, source.tabId);
    await sendFromPopup(env.browser, { type: 'open-reader', tabId: source.tabId });
    expect(await readerTabsOf(env.browser, source.tabId)).toHaveLength(1);
    await reader.press('Escape');
    await expectClosedAndRestored(reader, source);
  });

  describe('in an open reader', () => {
    let source: { page: TestPage; tabId: number; before: PageState };
    let reader: TestPage;

    beforeAll(async () => {
      if (unavailable) return;
      source = await openSource('reader-demo.html');
      await sendFromPopup(env.browser, { type: 'open-reader', tabId: source.tabId });
      reader = await waitForReader(env.browser, source.tabId);
    });
    afterAll(async () => {
      if (unavailable) return;
      await reader.press('Escape');
      await expectClosedAndRestored(reader, source);
    });

    const displayed = () =>
      reader.evaluate(
        () => ({
          theme: document.documentElement.dataset.theme,
          font: document.documentElement.dataset.font,
          width: document.documentElement.dataset.width,
          fontSize: getComputedStyle(document.querySelector('.article')!).fontSize,
          checked: Array.from(document.querySelectorAll<HTMLInputElement>('#reader-settings input:checked'), (input) => input.id),
        }),
        null,
      );

    it.skipIf(unavailable)('shows site, title, byline, reviewer, dates and reading time on top, the figure and table, and related articles at the end', async () => {
      expect(await reader.texts('.article__site, #reader-title, .meta__item')).toEqual([
        'Riverside Health Notes',
        'Checking your blood pressure at home: a practical guide',
        'By Maya Lindqvist',
        'Medically reviewed by Dr. Samuel Okafor, MD',
        'Published Mar 4, 2025',
        'Updated Sep 18, 2025',
        '1 min read',
      ]);
      expect(await reader.texts('#reader-outline a')).toEqual(DEMO_OUTLINE);
      expect(await reader.texts('.article__body figcaption')).toEqual(['Weekly averages tell you more than any single reading.']);
      expect(await reader.texts('.article__body th')).toEqual(['Home average', 'What it usually means']);
      expect(await reader.texts('.article__body')).not.toEqual([expect.stringContaining('ADVERTISEMENT')]);
      expect(await reader.texts('main > .related li > a')).toEqual([
        'How much salt really raises blood pressure (opens in a new tab)',
        'Walking for a healthier heart, week by week (opens in a new tab)',
        'Why poor sleep pushes blood pressure up (opens in a new tab)',
      ]);
      // The related list comes after the article, and the figure's image (the page's own) has loaded.
      expect(await reader.evaluate(() => document.querySelector('#reader-article + .related') !== null, null)).toBe(true);
      await expect.poll(() => reader.evaluate(() => document.querySelector<HTMLImageElement>('.article__body img')!.naturalWidth, null)).toBe(320);
    });

    it.skipIf(unavailable)('has no accessibility violations (axe), with the settings panel open too', async () => {
      await reader.addScript(axe.source);
      const violations = () =>
        reader.evaluate(async () => {
          const result = await (globalThis as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }, null);
      expect(await violations()).toEqual([]);
      await reader.click('#reader-settings-toggle');
      expect(await violations()).toEqual([]);
      await reader.click('#reader-settings-toggle');
    });

    it.skipIf(unavailable)('settings chosen in the panel are applied and still there after a reload', async () => {
      await reader.click('#reader-settings-toggle');
      await reader.click('label[for="reader-theme-sepia"]');
      await reader.click('label[for="reader-font-sans"]');
      await reader.click('label[for="reader-width-wide"]');
      await reader.click('#reader-larger');
      await reader.click('#reader-larger');
      const chosen = { theme: 'sepia', font: 'sans', width: 'wide', fontSize: '24px', checked: ['reader-theme-sepia', 'reader-font-sans', 'reader-width-wide', 'reader-lineHeight-normal', 'reader-letterSpacing-normal', 'reader-wordSpacing-normal'] };
      await expect.poll(displayed).toEqual(chosen);
      await reader.reload();
      await reader.waitFor('main[aria-busy="false"]');
      await expect.poll(displayed).toEqual(chosen);
      expect(await reader.texts('#reader-font-size')).toEqual(['126%']);
    });

    it.skipIf(unavailable)('print shows the article alone', async () => {
      await reader.emulateMedia('print');
      const shown = await reader.evaluate(() => {
        const visible = (selector: string) => {
          const element = document.querySelector(selector);
          return !!element && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;
        };
        return Object.fromEntries(['.toolbar', '#reader-outline', '.related', '.skip-link', '#reader-status', '#reader-article'].map((selector) => [selector, visible(selector)]));
      }, null);
      await reader.emulateMedia('screen');
      expect(shown).toEqual({
        '.toolbar': false,
        '#reader-outline': false,
        '.related': false,
        '.skip-link': false,
        '#reader-status': false,
        '#reader-article': true,
      });
    });

    it.skipIf(unavailable)('the outline jumps to a section on click and marks it as the one being read', async () => {
      const target = DEMO_OUTLINE[3]!;
      await reader.evaluate((text) => {
        const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('#reader-outline a')).find((candidate) => candidate.textContent === text);
        link!.click();
      }, target);
      await expect.poll(() => reader.texts('#reader-outline a[aria-current="location"]')).toEqual([target]);
      await expect.poll(() => reader.evaluate(() => document.activeElement?.textContent?.trim(), null)).toBe(target);
    });

    it.skipIf(unavailable)('on a narrow window the outline folds away behind a toggle, and Escape folds it again', async () => {
      await reader.setViewport(700, 800);
      const outlineShown = () => reader.evaluate(() => getComputedStyle(document.getElementById('reader-outline')!).display !== 'none', null);
      const expanded = () => reader.evaluate(() => document.getElementById('reader-outline-toggle')!.getAttribute('aria-expanded'), null);
      await expect.poll(async () => [await outlineShown(), await expanded()]).toEqual([false, 'false']);
      await reader.click('#reader-outline-toggle');
      await expect.poll(async () => [await outlineShown(), await expanded()]).toEqual([true, 'true']);
      await reader.press('Escape');
      await expect.poll(async () => [await outlineShown(), await expanded()]).toEqual([false, 'false']);
      expect(reader.isClosed()).toBe(false);
      await reader.setViewport(1100, 800);
      await expect.poll(async () => [await outlineShown(), await expanded()]).toEqual([true, 'true']);
    });

    it.skipIf(unavailable)('screenshots: light, sepia and dark themes', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const expected: Record<string, string> = { light: 'rgb(253, 252, 250)', sepia: 'rgb(246, 239, 223)', dark: 'rgb(22, 25, 28)' };
      for (const theme of ['light', 'sepia', 'dark']) {
        await env.browser.evaluateInExtension((value) => {
          type Storage = { storage: { local: { set(items: object): Promise<void> } } };
          const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
          return (scope.browser ?? scope.chrome).storage.local.set({ readerSettings: { theme: value, fontSize: 19, font: 'serif', width: 'medium' } });
        }, theme);
        await expect.poll(() => reader.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).toBe(expected[theme]);
        // The top of the article, as it first opens: the introduction, so no section is marked yet.
        await reader.bringToFront();
        await reader.evaluate(() => {
          window.scrollTo(0, 0);
          (document.activeElement as HTMLElement | null)?.blur();
        }, null);
        await expect.poll(() => reader.texts('#reader-outline a[aria-current]')).toEqual([]);
        const file = name === 'chromium' ? path.join(SCREENSHOTS, `reader-${theme}.png`) : path.join(SCREENSHOTS, '..', '..', '.output', `reader-${theme}-firefox.png`);
        await reader.screenshot(file);
      }
    });

    it.skipIf(unavailable)('"Copy as Markdown" confirms visibly', async () => {
      await reader.click('#reader-copy');
      await reader.waitFor('#reader-status[data-visible]');
      expect(await reader.texts('#reader-status')).toEqual(['Article copied as Markdown']);
    });
  });
});
