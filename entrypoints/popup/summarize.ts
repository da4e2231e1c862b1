/**
 * "Summarize on device": offered only where the browser has its own on-device summarizer (Chrome's
 * Summarizer API). The text never leaves the machine; without the API the extractive key points stand alone.
 */
import { findOnDeviceSummarizer } from '../../utils/summarizer';
import { h, messageOf, t } from '../../utils/ui';

/** Adds the button to the key-points section once the browser says it can summarize; does nothing otherwise. */
export async function offerOnDeviceSummary(keyPoints: HTMLElement, text: string, language: string | null, announce: (message: string) => void): Promise<void> {
  const summarizer = await findOnDeviceSummarizer(language);
  if (!summarizer) return;
  const button = h('button', { type: 'button', class: 'secondary small', id: 'summarize-on-device' }, t('summarizeOnDevice'));
  const output = h('div', { class: 'device-summary', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    announce(t('summarizing'));
    try {
      // Inside the click: a first model download needs the user's gesture.
      const points = await summarizer.summarize(text, {
        onDownloadProgress: (fraction) => announce(t('summarizerDownloading', String(Math.round(fraction * 100)))),
      });
      output.replaceChildren(h('p', { class: 'device-summary-label' }, t('summarizedOnDevice')), h('ul', {}, ...points.map((point) => h('li', {}, point))));
      announce(t('summarizedOnDevice'));
    } catch (error) {
      announce(t('summarizeFailed', messageOf(error)));
      button.disabled = false;
    }
  });
  keyPoints.querySelector('.section-head')?.append(button);
  keyPoints.append(output);
}
