/**
 * What the built extension's popup shows, driven as a tab (`popup.html?tab=N`) against pages on 127.0.0.1:
 * the header facts, the nested outline, the related list; axe-core finds nothing in light or dark; and the
 * screenshots the README shows.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/dom';
import type { BrowserName, TestPage } from './support/browsers';
import { openPopupFor } from './support/popup';
import { useExtensionBrowser } from './support/suite';

const seed = JSON.parse(readFixture('seed-model.expected.json')) as {
  title: string;
  outline: string[];
  related: { title: string; url: string; summary: string; date: string }[];
};
const SEED_ORIGIN = 'https://clearmindhealth.example';
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
/** The size of a browser's toolbar popup, roughly: it is at most 800 × 600 and ours is 400 wide. */
const POPUP_SIZE = { width: 400, height: 600 };

/** The outline as the popup shows it: nesting depth, heading text, and whether it can fold. */
function outlineTree(popup: TestPage) {
  return popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('[role="tree"] [role="treeitem"]')).map((item) => {
        let depth = 0;
        for (let group = item.parentElement!.closest('[role="group"]'); group; group = group.parentElement!.closest('[role="group"]')) depth++;
        return { depth, text: item.textContent, expanded: item.getAttribute('aria-expanded') };
      }),
    null,
  );
}

function relatedList(popup: TestPage) {
  return popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('.related li')).map((item) => {
        const link = item.querySelector('a')!;
        return {
          title: link.firstChild!.textContent,
          url: link.href,
          target: link.target,
          summary: item.querySelector('.summary')?.textContent,
          date: item.querySelector('time')?.dateTime,
          shownDate: item.querySelector('time')?.textContent,
        };
      }),
    null,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (name) => {
  const session = useExtensionBrowser(name);
  const { unavailable } = session;

  it.skipIf(unavailable)('shows the seed-model article: title, site, date, exactly its 4 headings and its 20 related articles', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/seed-model.html`);
    expect(await popup.texts('header h1')).toEqual([seed.title]);
    expect(await popup.texts('header .site')).toEqual(['Clear Mind Health']);
    expect(await popup.texts('header .byline')).toEqual(['5 min read']);
    expect(await popup.texts('header .reviewed')).toEqual([]);
    expect(await popup.texts('header .dates dt, header .dates dd')).toEqual(['Published', 'Jul 19, 2025']);
    expect(await outlineTree(popup)).toEqual(seed.outline.map((text) => ({ depth: 0, text, expanded: null })));
    const related = await relatedList(popup);
    // The page's related links are relative: they resolve against the address the tab shows.
    expect(related.map(({ title, url, summary, date }) => ({ title, url, summary, date }))).toEqual(
      seed.related.map((item) => ({ ...item, url: item.url.replace(SEED_ORIGIN, site.origin) })),
    );
    expect(new Set(related.map((item) => item.target))).toEqual(new Set(['_blank']));
    expect(related.slice(0, 3).map((item) => item.shownDate)).toEqual(['Aug 7, 2025', 'Aug 8, 2025', 'Jul 22, 2025']);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('shows the reviewer and both dates from JSON-LD, and the outline nested by heading level', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/reviewed-article.html`);
    expect(await popup.texts('header h1')).toEqual(['Hay fever in children: easing the sneezing season']);
    expect(await popup.texts('header .site')).toEqual(['Northfield Family Health']);
    expect(await popup.texts('header .byline')).toEqual(['By Lena Ortiz · 3 min read']);
    expect(await popup.texts('header .reviewed')).toEqual(['Medically reviewed by Amara Osei, MD']);
    expect(await popup.texts('header .dates dt, header .dates dd')).toEqual(['Published', 'Mar 4, 2024', 'Updated', 'Feb 11, 2025']);
    expect(await popup.evaluate(() => Array.from(document.querySelectorAll('header time')).map((time) => time.getAttribute('datetime')), null)).toEqual([
      '2024-03-04',
      '2025-02-11',
    ]);
    expect(await outlineTree(popup)).toEqual([
      { depth: 0, text: 'How hay fever shows up in children', expanded: 'true' },
      { depth: 1, text: 'Symptoms parents notice first', expanded: null },
      { depth: 1, text: 'Telling it apart from a cold', expanded: null },
      { depth: 0, text: 'What helps at home', expanded: 'true' },
      { depth: 1, text: 'Keeping pollen out of the bedroom', expanded: 'true' },
      { depth: 2, text: 'Saline rinses for stuffy noses', expanded: null },
      { depth: 0, text: 'Medicines and when to see a doctor', expanded: 'true' },
      { depth: 1, text: 'Signs that need a doctor', expanded: null },
    ]);
    expect((await relatedList(popup)).map(({ title, url, date, shownDate }) => ({ title, url, date, shownDate }))).toEqual([
      {
        title: 'Asthma and allergies in school-age children',
        url: `${site.origin}/allergy/asthma-and-allergies-in-school-age-children`,
        date: '2024-09-18',
        shownDate: 'Sep 18, 2024',
      },
      {
        title: 'Helping children sleep through a blocked nose',
        url: `${site.origin}/sleep/helping-children-sleep-through-a-blocked-nose`,
        date: '2025-01-07',
        shownDate: 'Jan 7, 2025',
      },
      {
        title: 'Reading the pollen forecast with your family',
        url: `${site.origin}/allergy/reading-the-pollen-forecast-with-your-family`,
        date: '2024-04-22',
        shownDate: 'Apr 22, 2024',
      },
    ]);
    await popup.close();
    await page.close();
  });

  it.skipIf(unavailable)('has no axe-core violations in light or dark, and saves the screenshots the README shows', async () => {
    const { browser, site } = session;
    const { popup, page } = await openPopupFor(browser, `${site.origin}/reviewed-article.html`);
    await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.setColorScheme(scheme);
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).toBe(scheme === 'dark' ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
      expect(await popup.accessibilityViolations()).toEqual([]);
      if (name === 'chromium') await popup.screenshot(path.join(SCREENSHOTS, `popup-${scheme}.png`));
      else if (scheme === 'light') await popup.screenshot(path.join(SCREENSHOTS, 'popup-firefox.png'));
    }
    await popup.setColorScheme('light');
    await popup.close();
    await page.close();
  });
});
