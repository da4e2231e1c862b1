/**
 * The reader's health features in real browsers: review freshness and reading level, marked hard sections,
 * line/letter/word spacing (remembered), right-to-left articles (Arabic with dir="rtl", Hebrew with only its
 * language), and read aloud.
 *
 * Headless browsers have no speech voices, so read aloud is checked twice: as the browser is (no control
 * shown), and with a stand-in `speechSynthesis` holding one voice on the device and one online. The stand-in
 * is installed after the reader has loaded and announced like voices that arrive late (`voiceschanged` on the
 * browser's own object), which is how the reader learns of voices in Chrome too; Firefox's test protocol runs
 * no script ahead of an extension page's own. The stand-in records what it is asked to say and finishes a
 * sentence only when the test says so.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewFreshness } from '../../lib/health/freshness';
import type { BrowserName, TestPage } from './support/browsers';
import { sendFromPopup, waitForReader } from './support/reader';
import { useExtensionBrowser } from './support/suite';

const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const FAKE_SPEECH = `(() => {
  const original = window.speechSynthesis;
  const voices = [
    { name: 'Device Voice', lang: 'en-US', localService: true, voiceURI: 'device-en', default: true },
    { name: 'Cloud Voice', lang: 'en-US', localService: false, voiceURI: 'cloud-en', default: false },
    { name: 'Voz local', lang: 'es-ES', localService: true, voiceURI: 'device-es', default: false },
  ];
  const state = { spoken: [], cancels: 0, current: null };
  state.finish = () => { const said = state.current; state.current = null; if (said && said.onend) said.onend({}); };
  class Utterance { constructor(text) { this.text = text; this.rate = 1; this.voice = null; this.lang = ''; this.onend = null; this.onerror = null; } }
  const fake = {
    getVoices: () => voices,
    speak(utterance) { state.spoken.push({ text: utterance.text, rate: utterance.rate, voice: utterance.voice && utterance.voice.name }); state.current = utterance; },
    cancel() { state.cancels++; const said = state.current; state.current = null; if (said && said.onerror) said.onerror({ error: 'canceled' }); },
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.fakeSpeech = state;
  original.dispatchEvent(new Event('voiceschanged'));
})();`;

interface FakeSpeech {
  spoken: { text: string; rate: number; voice: string }[];
  cancels: number;
  finish(): void;
}

describe.each<BrowserName>(['chromium', 'firefox'])('reader health features in %s', (name) => {
  const env = useExtensionBrowser(name);
  const { unavailable } = env;

  async function openReader(file: string): Promise<{ reader: TestPage; page: TestPage }> {
    const url = `${env.site.origin}/${file}`;
    const page = await env.browser.openTab(url);
    const tabId = await env.browser.tabIdOf(url);
    await sendFromPopup(env.browser, { type: 'open-reader', tabId });
    return { reader: await waitForReader(env.browser, tabId), page };
  }

  async function closeReader({ reader, page }: { reader: TestPage; page: TestPage }): Promise<void> {
    await reader.close();
    await page.close();
  }

  const storeSettings = (settings: object) =>
    env.browser.evaluateInExtension((value) => {
      type Storage = { storage: { local: { set(items: object): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
      return (scope.browser ?? scope.chrome).storage.local.set({ readerSettings: value });
    }, settings);

  describe('the seed-model article', () => {
    let opened: { reader: TestPage; page: TestPage };
    beforeAll(async () => {
      if (unavailable) return;
      await storeSettings({ theme: 'light' });
      opened = await openReader('seed-model.html');
    });
    afterAll(async () => {
      if (!unavailable) await closeReader(opened);
    });

    it.skipIf(unavailable)('says how old the page is, that it names no reviewer or sources, and its reading level', async () => {
      const { reader } = opened;
      // The age depends on today: the same function the reader uses gives the expected words for today.
      const freshness = reviewFreshness({ reviewedBy: null, sources: [], lastReviewed: null, modified: null, published: '2025-07-19' }, new Date());
      const when = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }).format(-freshness.age!.value, freshness.age!.unit);
      expect(await reader.texts('.health-notes p')).toEqual([
        `Published ${when}`,
        'No medical reviewer and no sources are named on this page.',
        'Reading level: grade 14 (recommended for health information: 6–8) Estimated by the Flesch–Kincaid formula, which counts word and sentence length, not how well a text is understood.',
      ]);
    });

    it.skipIf(unavailable)('marks the sections above grade 10 only when asked, and the mark is not part of the heading text', async () => {
      const { reader } = opened;
      const marks = () =>
        reader.evaluate(
          () =>
            // The badge shows when the heading's ::after has content (Firefox reports it unresolved, as attr()).
            Array.from(document.querySelectorAll('.article__body h2'), (heading) => {
              const mark = getComputedStyle(heading, '::after').content;
              return mark === 'none' || mark === 'normal' ? null : heading.getAttribute('data-grade-label');
            }),
          null,
        );
      expect(await marks()).toEqual([null, null, null, null]);
      await reader.click('#reader-settings-toggle');
      await reader.click('#reader-mark-hard');
      // Sections at grade 12.2, 15, 13.5 and 13.4 (see the seed-model unit test).
      await expect.poll(marks).toEqual(['Grade 12', 'Grade 15', 'Grade 14', 'Grade 13']);
      expect(await reader.texts('.article__body h2')).toEqual([
        'From rupture to widening circles of secure influence in relationships.',
        'Nurturing adaptable attachments that sustain emotional growth over time.',
        'Turning fear into thoughtful, intentional choices in relationships.',
        'Building secure bonds into everyday life for lasting change.',
      ]);
      await reader.click('#reader-mark-hard');
      await expect.poll(marks).toEqual([null, null, null, null]);
      await reader.click('#reader-settings-toggle');
    });

    it.skipIf(unavailable)('line, letter and word spacing apply at once and are remembered after a reload', async () => {
      const { reader } = opened;
      const spacing = () =>
        reader.evaluate(() => {
          const style = getComputedStyle(document.querySelector('.article__body p')!);
          return { lineHeight: style.lineHeight, letterSpacing: style.letterSpacing, wordSpacing: style.wordSpacing };
        }, null);
      // The defaults: line height 1.65 at 19px text.
      expect(await spacing()).toEqual({ lineHeight: '31.35px', letterSpacing: 'normal', wordSpacing: '0px' });
      await reader.click('#reader-settings-toggle');
      await reader.click('label[for="reader-lineHeight-loose"]');
      await reader.click('label[for="reader-letterSpacing-wider"]');
      await reader.click('label[for="reader-wordSpacing-wide"]');
      // At 19px text: line height 2 → 38px, letters 0.12em → 2.28px, words 0.16em → 3.04px.
      const chosen = { lineHeight: '38px', letterSpacing: '2.28px', wordSpacing: '3.04px' };
      await expect.poll(spacing).toEqual(chosen);
      if (name === 'chromium') {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await reader.screenshot(path.join(SCREENSHOTS, 'reader-spacing.png'));
      }
      await reader.reload();
      await reader.waitFor('main[aria-busy="false"]');
      await expect.poll(spacing).toEqual(chosen);
      expect(
        await reader.evaluate(() => Array.from(document.querySelectorAll<HTMLInputElement>('#reader-settings input:checked'), (input) => input.id), null),
      ).toEqual(['reader-theme-light', 'reader-font-serif', 'reader-width-medium', 'reader-lineHeight-loose', 'reader-letterSpacing-wider', 'reader-wordSpacing-wide']);
      await storeSettings({ theme: 'light' });
    });
  });

  describe('right-to-left articles', () => {
    it.skipIf(unavailable)('an Arabic article (dir="rtl" on the page) runs right to left, its outline too', async () => {
      const opened = await openReader('rtl-arabic.html');
      const { reader } = opened;
      expect(await reader.texts('#reader-title')).toEqual(['شرب الماء في الأيام الحارة']);
      expect(await reader.texts('#reader-outline a')).toEqual(['علامات نقص الماء', 'كم يجب أن تشرب؟', 'نصائح للأطفال', 'متى تطلب المساعدة']);
      expect(await direction(reader)).toEqual({ article: ['ar', 'rtl'], outline: ['ar', 'rtl'], paragraph: 'rtl', outlineLink: 'rtl', heading: 'ltr', paragraphAtRight: true });
      if (name === 'chromium') {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await reader.screenshot(path.join(SCREENSHOTS, 'reader-rtl.png'));
      }
      await closeReader(opened);
    });

    it.skipIf(unavailable)('a Hebrew article (lang="he" and no dir) runs right to left by its language', async () => {
      const opened = await openReader('rtl-hebrew.html');
      const { reader } = opened;
      expect(await reader.texts('#reader-title')).toEqual(['איך לישון טוב יותר בלילה']);
      expect(await reader.texts('#reader-outline a')).toEqual(['שגרה קבועה', 'מה כדאי להימנע ממנו לפני השינה', 'ארוחת ערב', 'מתי לפנות לרופא']);
      expect(await direction(reader)).toEqual({ article: ['he', 'rtl'], outline: ['he', 'rtl'], paragraph: 'rtl', outlineLink: 'rtl', heading: 'ltr', paragraphAtRight: true });
      await closeReader(opened);
    });
  });

  /** The article's and the outline's language and direction, and where the text sits; the "Contents" label stays the interface's. */
  function direction(reader: TestPage) {
    return reader.evaluate(() => {
      const article = document.getElementById('reader-article')!;
      const outline = document.querySelector('#reader-outline ol')!;
      const paragraph = document.querySelector('.article__body p')!;
      const text = document.createRange();
      text.selectNodeContents(paragraph);
      const lines = Array.from(text.getClientRects());
      return {
        article: [article.lang, article.dir],
        outline: [(outline as HTMLElement).lang, (outline as HTMLElement).dir],
        paragraph: getComputedStyle(paragraph).direction,
        outlineLink: getComputedStyle(outline.querySelector('a')!).direction,
        heading: getComputedStyle(document.getElementById('reader-outline-heading')!).direction,
        // Right to left: the first line starts at the paragraph's right edge.
        paragraphAtRight: Math.abs(lines[0]!.right - paragraph.getBoundingClientRect().right) < 2,
      };
    }, null);
  }

  describe('read aloud', () => {
    it.skipIf(unavailable)('is not offered where the browser has no voice', async () => {
      const opened = await openReader('reader-demo.html');
      const { reader } = opened;
      await reader.evaluate(() => {
        Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [], configurable: true });
        window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      }, null);
      await reader.waitFor('#reader-read-aloud', 'hidden');
      await closeReader(opened);
    });

    describe('with a device voice and an online one', () => {
      let opened: { reader: TestPage; page: TestPage };
      const speech = () => opened.reader.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech, null);
      const spokenTexts = async () => (await speech()).spoken.map((said) => said.text);
      const current = () => opened.reader.evaluate(() => Array.from(document.querySelectorAll('.sentence--current'), (span) => span.textContent).join('').replace(/\s+/g, ' ').trim(), null);
      const finish = () => opened.reader.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.finish(), null);

      beforeAll(async () => {
        if (unavailable) return;
        opened = await openReader('reader-demo.html');
        await opened.reader.addScript(FAKE_SPEECH);
      });
      afterAll(async () => {
        if (!unavailable) await closeReader(opened);
      });

      it.skipIf(unavailable)('offers the device voice only, until online voices are allowed', async () => {
        const { reader } = opened;
        await reader.waitFor('#reader-read-aloud');
        await reader.click('#reader-read-aloud');
        await reader.waitFor('#reader-player');
        expect(await reader.texts('#reader-voice option')).toEqual(['Device Voice (en-US)', 'Voz local (es-ES)']);
        expect(await reader.accessibilityViolations()).toEqual([]);
        await reader.click('#reader-online-voices');
        expect(await reader.texts('#reader-voice option')).toEqual(['Device Voice (en-US)', 'Cloud Voice (en-US) – online', 'Voz local (es-ES)']);
        await reader.click('#reader-online-voices');
        expect(await reader.texts('#reader-voice option')).toEqual(['Device Voice (en-US)', 'Voz local (es-ES)']);
      });

      it.skipIf(unavailable)('reads the title, then sentence by sentence, highlighting the one being read', async () => {
        const { reader } = opened;
        await reader.click('#reader-play');
        await expect.poll(spokenTexts).toEqual(['Checking your blood pressure at home: a practical guide']);
        expect((await speech()).spoken[0]).toEqual({ text: 'Checking your blood pressure at home: a practical guide', rate: 1, voice: 'Device Voice' });
        expect(await current()).toBe('Checking your blood pressure at home: a practical guide');
        await finish();
        // The page's reviewer line is part of the article the reader shows; "Dr." does not end its sentence.
        await expect.poll(current).toBe('Medically reviewed by Dr. Samuel Okafor, MD');
        await finish();
        await expect.poll(current).toBe("A reading taken at the doctor's surgery is a snapshot, and often a nervous one.");
        await finish();
        await expect.poll(current).toBe('Readings taken at home, at the same times each day, show what your blood pressure is really doing.');
        expect(await reader.evaluate(() => document.getElementById('reader-play')!.getAttribute('aria-label'), null)).toBe('Pause');
        // Kept in view: below the toolbar and above the player.
        await expect
          .poll(() =>
            reader.evaluate(() => {
              const box = document.querySelector('.sentence--current')!.getBoundingClientRect();
              return box.top > document.querySelector('.toolbar')!.getBoundingClientRect().bottom && box.bottom < document.getElementById('reader-player')!.getBoundingClientRect().top;
            }, null),
          )
          .toBe(true);
        if (name === 'chromium') {
          mkdirSync(SCREENSHOTS, { recursive: true });
          await reader.screenshot(path.join(SCREENSHOTS, 'reader-read-aloud.png'));
        }
      });

      it.skipIf(unavailable)('announces a heading on its own after the sentence before it', async () => {
        await finish();
        await expect.poll(current).toBe('They help your doctor decide whether you need treatment and whether the treatment you have is working.');
        await finish();
        await expect.poll(current).toBe('Choosing a monitor');
        expect((await spokenTexts()).at(-1)).toBe('Choosing a monitor');
      });

      it.skipIf(unavailable)('speed and voice changes say the sentence again with them', async () => {
        const { reader } = opened;
        await reader.evaluate(() => {
          const rate = document.getElementById('reader-rate') as HTMLSelectElement;
          rate.value = '1.5';
          rate.dispatchEvent(new Event('change'));
          const voice = document.getElementById('reader-voice') as HTMLSelectElement;
          voice.value = 'device-es';
          voice.dispatchEvent(new Event('change'));
        }, null);
        expect((await speech()).spoken.slice(-2)).toEqual([
          { text: 'Choosing a monitor', rate: 1.5, voice: 'Device Voice' },
          { text: 'Choosing a monitor', rate: 1.5, voice: 'Voz local' },
        ]);
      });

      it.skipIf(unavailable)('a click on a sentence starts there; K pauses and plays on; J and L step back and on', async () => {
        const { reader } = opened;
        const target = 'Do not talk, and avoid caffeine, exercise and smoking for half an hour beforehand.';
        await reader.evaluate((text) => {
          const span = Array.from(document.querySelectorAll<HTMLElement>('.sentence')).find((candidate) => candidate.textContent!.trim() === text);
          span!.click();
        }, target);
        await expect.poll(current).toBe(target);
        expect((await spokenTexts()).at(-1)).toBe(target);
        await reader.press('k');
        await expect.poll(() => reader.evaluate(() => document.getElementById('reader-play')!.getAttribute('aria-label'), null)).toBe('Play');
        const count = (await spokenTexts()).length;
        await reader.press('k');
        await expect.poll(spokenTexts).toHaveLength(count + 1);
        expect((await spokenTexts()).at(-1)).toBe(target);
        await reader.press('l');
        await expect.poll(current).toBe('Morning and evening');
        await reader.press('j');
        await expect.poll(current).toBe(target);
      });

      it.skipIf(unavailable)('Stop ends it and clears the highlight; leaving the page stops the speech', async () => {
        const { reader } = opened;
        await reader.click('#reader-stop');
        await expect.poll(current).toBe('');
        expect(await reader.evaluate(() => document.getElementById('reader-play')!.getAttribute('aria-label'), null)).toBe('Play');
        await reader.click('#reader-play');
        await expect.poll(current).toBe('Checking your blood pressure at home: a practical guide');
        const cancels = (await speech()).cancels;
        await reader.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')), null);
        expect((await speech()).cancels).toBe(cancels + 1);
      });

      it.skipIf(unavailable)('Escape stops reading aloud and closes the player before it would close the reader', async () => {
        const { reader } = opened;
        await reader.press('Escape');
        await reader.waitFor('#reader-player', 'hidden');
        expect(reader.isClosed()).toBe(false);
        expect(await current()).toBe('');
      });

      it.skipIf(unavailable)('remembers the speed chosen earlier (1.5×) after a reload', async () => {
        const { reader } = opened;
        await reader.reload();
        await reader.waitFor('main[aria-busy="false"]');
        expect(await reader.evaluate(() => (document.getElementById('reader-rate') as HTMLSelectElement).value, null)).toBe('1.5');
      });
    });
  });
});
