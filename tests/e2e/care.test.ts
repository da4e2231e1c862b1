/**
 * When to get care in real browsers, on tests/fixtures/care/care-en.html (our own words, with a "Find a doctor"
 * menu link, a "call now" ad and a related card titled "When to See a Doctor" that must not count): the
 * popup's box at the top, emergencies first, each entry scrolling the page to its section; the reader's box and
 * its marked sections; and the screenshots the README shows.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { openPopupFor } from './support/popup';
import { sendFromPopup, waitForReader } from './support/reader';
import { useExtensionBrowser } from './support/suite';

const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const POPUP_SIZE = { width: 400, height: 600 };

/** The care box as shown: urgency, source heading and text of each entry, and whether it is a button. */
const EXPECTED_BOX = [
  {
    urgency: 'Emergency',
    source: null,
    text: 'If your child has a fever and a rash that does not fade when you press a glass against it, call 999 straight away.',
    scrolls: false,
  },
  {
    urgency: 'Emergency',
    source: 'Immediate action required: Call 999 or go to A&E if:',
    text: "your child is struggling to breathe or the skin between the ribs sucks in; your child's lips or tongue turn blue or grey",
    scrolls: true,
  },
  {
    urgency: 'Urgent',
    source: 'Urgent advice: Ask for an urgent GP appointment or call 111 if:',
    text: 'your baby is under 3 months old and has a temperature of 38C or higher; your child is not drinking and has had no wet nappy for 12 hours',
    scrolls: true,
  },
  {
    urgency: 'Routine',
    source: 'When to see a GP',
    text: "See a GP if: the symptoms have not improved after three weeks; your child keeps getting ear pain; you are worried about your child's temperature",
    scrolls: true,
  },
];

function careBox(page: TestPage) {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('.care li'), (item) => ({
        urgency: item.querySelector('.care__urgency')!.textContent,
        source: item.querySelector('.care__source')?.textContent ?? null,
        text: item.querySelector('.care__text')!.textContent,
        scrolls: !!item.querySelector('button, a'),
      })),
    null,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('when to get care in %s', (name) => {
  const env = useExtensionBrowser(name);
  const { unavailable } = env;

  it.skipIf(unavailable)('popup: a box right under the header, emergencies first, none of the traps; an entry scrolls the page to its section', async () => {
    const { popup, page } = await openPopupFor(env.browser, `${env.site.origin}/care/care-en.html`);
    expect(await popup.evaluate(() => document.querySelector('.article-header')!.nextElementSibling!.className, null)).toBe('section section--care');
    expect(await popup.texts('.section--care h2')).toEqual(['When to get care']);
    expect(await careBox(popup)).toEqual(EXPECTED_BOX);
    expect(await popup.accessibilityViolations()).toEqual([]);
    if (name === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
      await popup.screenshot(path.join(SCREENSHOTS, 'popup-care.png'));
    }

    const headingTop = () =>
      page.evaluate(() => {
        const heading = Array.from(document.querySelectorAll('h2')).find((element) => element.textContent === 'When to see a GP')!;
        const { top, bottom } = heading.getBoundingClientRect();
        return top > -1 && bottom < innerHeight + 1 && scrollY > 0;
      }, null);
    expect(await headingTop()).toBe(false);
    await page.bringToFront();
    await popup.click('.care li:nth-child(4) button');
    await expect.poll(headingTop, { timeout: 5_000 }).toBe(true);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('reader: the same box before the article, the sections it comes from marked, and a click jumps there', async () => {
    const url = `${env.site.origin}/care/care-en.html`;
    const page = await env.browser.openTab(url);
    const tabId = await env.browser.tabIdOf(url);
    await sendFromPopup(env.browser, { type: 'open-reader', tabId });
    const reader = await waitForReader(env.browser, tabId);
    expect(await careBox(reader)).toEqual(EXPECTED_BOX);
    expect(await reader.accessibilityViolations()).toEqual([]);
    const marks = await reader.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('.article__body [data-care-urgency]'), (heading) => ({
          heading: heading.textContent,
          urgency: heading.dataset.careUrgency,
          mark: getComputedStyle(heading, '::before').content === 'none' ? null : heading.dataset.careLabel,
        })),
      null,
    );
    expect(marks).toEqual([
      { heading: 'When to see a GP', urgency: 'routine', mark: 'When to get care: Routine' },
      { heading: 'Urgent advice: Ask for an urgent GP appointment or call 111 if:', urgency: 'urgent', mark: 'When to get care: Urgent' },
      { heading: 'Immediate action required: Call 999 or go to A&E if:', urgency: 'emergency', mark: 'When to get care: Emergency' },
    ]);
    if (name === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await reader.screenshot(path.join(SCREENSHOTS, 'reader-care.png'));
    }
    await reader.click('.care li:nth-child(2) a');
    await expect.poll(() => reader.texts('#reader-outline a[aria-current="location"]')).toEqual(['Immediate action required: Call 999 or go to A&E if:']);
    await reader.close();
    await page.close();
  });
});
