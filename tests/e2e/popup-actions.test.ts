/**
 * What the popup does: an outline entry scrolls the live page to its section without changing the page,
 * the outline works from the keyboard alone, "Copy outline" puts the exact text on the clipboard, and the
 * chosen format is remembered when the popup opens again.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import type { BrowserName, TestPage } from './support/browsers';
import { chosenFormat, copyOutline, openPopupFor, openPopupForTab, readClipboard } from './support/popup';
import { useExtensionBrowser } from './support/suite';
import type { TestSite } from './support/server';

const SEED_CANONICAL = 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing';
const SEED_ORIGIN = 'https://clearmindhealth.example';

/**
 * The pinned copies (also the unit tests' pins) are for the page at its canonical address; served from the
 * test site, the popup names the address the tab shows and the page's relative links resolve against it.
 */
function pinnedCopy(fixture: string, site: TestSite): string {
  return readFixture(fixture).replace(SEED_CANONICAL, `${site.origin}/seed-model.html`).replaceAll(SEED_ORIGIN, site.origin);
}

/** Where the heading with this text is in the page's viewport, and whether the page is scrolled. */
function headingPosition(page: TestPage, text: string) {
  return page.evaluate((wanted) => {
    const heading = Array.from(document.querySelectorAll('h2, h3, h4')).find((element) => element.textContent === wanted)!;
    const { top, bottom } = heading.getBoundingClientRect();
    // Scrolled to its top edge, a heading may sit a fraction of a pixel above the viewport.
    return { inView: top > -1 && bottom < innerHeight + 1, highlighted: heading.getAnimations().length > 0, scrollY, top };
  }, text);
}

async function waitUntilInView(page: TestPage, text: string): Promise<{ inView: boolean; highlighted: boolean }> {
  const deadline = Date.now() + 5_000;
  let position = await headingPosition(page, text);
  while (!position.inView && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    position = await headingPosition(page, text);
  }
  return position;
}

const focusedEntry = (popup: TestPage) =>
  popup.evaluate(() => {
    const item = document.activeElement!;
    return item.getAttribute('role') === 'treeitem' ? item.textContent : `${item.localName}: ${item.textContent}`;
  }, null);

const expandedEntries = (popup: TestPage) =>
  popup.evaluate(() => Array.from(document.querySelectorAll('[aria-expanded]')).map((item) => `${item.textContent}=${item.getAttribute('aria-expanded')}`), null);

const visibleEntries = (popup: TestPage) =>
  popup.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[role="treeitem"]')).filter((item) => item.offsetParent !== null).map((item) => item.textContent), null);

describe.each<BrowserName>(['chromium', 'firefox'])('popup actions in %s', (name) => {
  const session = useExtensionBrowser(name);
  const { unavailable } = session;

  it.skipIf(unavailable)('clicking an outline entry scrolls the page to that heading and highlights it, leaving the page unchanged', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/reviewed-article.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML, null);
    expect(await headingPosition(page, 'Signs that need a doctor')).toMatchObject({ inView: false, highlighted: false, scrollY: 0 });

    // A real popup opens over the page, which stays visible: here the page is a tab, so bring it to the front.
    await page.bringToFront();
    await popup.click('[role="treeitem"][data-outline-id="h8"]');
    expect(await waitUntilInView(page, 'Signs that need a doctor')).toMatchObject({ inView: true, highlighted: true });
    expect(await page.evaluate(() => document.documentElement.outerHTML, null)).toBe(before);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('works from the keyboard: one Tab stop, arrows move, Left/Right fold, Home/End, Enter and Space scroll', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/reviewed-article.html`);
    await popup.bringToFront();
    // The care box comes first, then the key points, each a button that scrolls to its section; then the
    // outline's one Tab stop.
    const stops: string[] = [];
    for (let press = 0; press < 7; press++) {
      await popup.press('Tab');
      stops.push(await focusedEntry(popup));
    }
    expect(stops).toEqual([
      'button: Routine See a doctor if symptoms keep a child awake despite treatment, if there is wheezing, coughing at night or breathlessness, which can mean asthma as well as hay fever, or if a child under two seems to have hay fever.',
      'button: Hay fever is the immune system overreacting to pollen.',
      'button: A cold usually comes with a raised temperature, aches and thick or coloured mucus, and it clears within about ten days.',
      'button: A gentle salt-water spray or rinse washes pollen out of the nose and thins mucus.',
      'button: Non-drowsy antihistamine syrups or tablets ease sneezing, itching and a runny nose, and work best when taken every day through the season rather than only on bad days.',
      'button: See a doctor if symptoms keep a child awake despite treatment, if there is wheezing, coughing at night or breathlessness, which can mean asthma as well as hay fever, or if a child under two seems to have hay fever.',
      'How hay fever shows up in children',
    ]);

    const walk: [string, string][] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'End', 'ArrowUp', 'Home', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
      await popup.press(key);
      walk.push([key, await focusedEntry(popup)]);
    }
    expect(walk).toEqual([
      ['ArrowDown', 'Symptoms parents notice first'],
      ['ArrowDown', 'Telling it apart from a cold'],
      ['ArrowDown', 'What helps at home'],
      ['End', 'Signs that need a doctor'],
      ['ArrowUp', 'Medicines and when to see a doctor'],
      ['Home', 'How hay fever shows up in children'],
      ['ArrowRight', 'Symptoms parents notice first'],
      ['ArrowLeft', 'How hay fever shows up in children'],
      // Left on an open section folds it; the focus stays.
      ['ArrowLeft', 'How hay fever shows up in children'],
    ]);
    expect(await expandedEntries(popup)).toEqual([
      'How hay fever shows up in children=false',
      'What helps at home=true',
      'Keeping pollen out of the bedroom=true',
      'Medicines and when to see a doctor=true',
    ]);
    expect(await visibleEntries(popup)).toEqual([
      'How hay fever shows up in children',
      'What helps at home',
      'Keeping pollen out of the bedroom',
      'Saline rinses for stuffy noses',
      'Medicines and when to see a doctor',
      'Signs that need a doctor',
    ]);
    await popup.press('ArrowDown');
    expect(await focusedEntry(popup)).toBe('What helps at home');
    await popup.press('ArrowUp');
    await popup.press('ArrowRight');
    expect(await expandedEntries(popup)).toContain('How hay fever shows up in children=true');
    expect(await focusedEntry(popup)).toBe('How hay fever shows up in children');

    // The outline is one Tab stop: Tab leaves it, Shift+Tab comes back to the entry last focused.
    await popup.press('ArrowDown');
    await popup.press('Tab');
    expect(await focusedEntry(popup)).toBe('a: Asthma and allergies in school-age children (opens in a new tab)');
    await popup.press('Shift+Tab');
    expect(await focusedEntry(popup)).toBe('Symptoms parents notice first');

    await page.bringToFront();
    await popup.press('End');
    await popup.press('Enter');
    expect(await waitUntilInView(page, 'Signs that need a doctor')).toMatchObject({ inView: true });
    await popup.press('Home');
    await popup.press(' ');
    expect(await waitUntilInView(page, 'How hay fever shows up in children')).toMatchObject({ inView: true });
    expect(await headingPosition(page, 'Signs that need a doctor')).toMatchObject({ inView: false });
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('copies the seed-model outline as Markdown by default, exactly, and says so', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/seed-model.html`);
    expect(await chosenFormat(popup)).toBe('markdown');
    expect(await copyOutline(popup)).toEqual(['Outline copied as Markdown']);
    expect(await readClipboard(browser, site.origin)).toBe(pinnedCopy('seed-model.outline.md', site));
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('remembers the plain-text choice when the popup opens again, and copies plain text', async () => {
    const { browser, site } = session;
    const { popup, page, tabId } = await openPopupFor(browser, `${site.origin}/seed-model.html`);
    await popup.click('label[for="format-text"]');
    await popup.close();

    const reopened = await openPopupForTab(browser, tabId);
    expect(await chosenFormat(reopened)).toBe('text');
    expect(await copyOutline(reopened)).toEqual(['Outline copied as plain text']);
    expect(await readClipboard(browser, site.origin)).toBe(pinnedCopy('seed-model.outline.txt', site));
    await reopened.close();
    await page.close();
  });
});
