/**
 * The reading settings panel: theme, text size, font, line width, line/letter/word spacing and the marking of
 * hard sections, applied at once and remembered.
 */
import {
  READER_CHOICES,
  READER_FONT_SIZES,
  loadReaderSettings,
  normalizeReaderSettings,
  readerSetting,
  saveReaderSettings,
  stepFontSize,
  type ReaderChoice,
  type ReaderSettings,
} from '../../utils/reader-settings';
import { browser } from 'wxt/browser';
import { fontSizeLabel } from '../../utils/settings';
import { h, t } from '../../utils/ui';

function apply(settings: ReaderSettings): void {
  const root = document.documentElement;
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.width = settings.width;
  root.dataset.lineHeight = settings.lineHeight;
  root.dataset.letterSpacing = settings.letterSpacing;
  root.dataset.wordSpacing = settings.wordSpacing;
  root.dataset.markHard = String(settings.markHardSections);
  (document.getElementById('reader-mark-hard') as HTMLInputElement).checked = settings.markHardSections;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  for (const setting of Object.keys(READER_CHOICES) as ReaderChoice[]) {
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="reader-${setting}"]`))) {
      input.checked = input.value === settings[setting];
    }
  }
  document.getElementById('reader-font-size')!.textContent = fontSizeLabel(settings.fontSize, browser.i18n.getUILanguage());
  (document.getElementById('reader-smaller') as HTMLButtonElement).disabled = settings.fontSize === READER_FONT_SIZES[0];
  (document.getElementById('reader-larger') as HTMLButtonElement).disabled = settings.fontSize === READER_FONT_SIZES.at(-1);
}

function buildChoices(update: (change: Partial<ReaderSettings>) => void): void {
  for (const [setting, { values, label }] of Object.entries(READER_CHOICES)) {
    const container = document.querySelector(`[data-setting="${setting}"]`)!;
    for (const value of values) {
      const input = h('input', { type: 'radio', name: `reader-${setting}`, value, id: `reader-${setting}-${value}` });
      input.addEventListener('change', () => update({ [setting]: value }));
      container.append(h('label', { for: input.id, 'data-value': value }, input, h('span', {}, t(label(value)))));
    }
  }
}

/** Shows the stored settings, wires the controls, and follows changes made in other reader tabs; a failed save is reported. */
export async function setUpSettings(onSaveFailed: (error: unknown) => void): Promise<void> {
  let current = await loadReaderSettings();
  const update = (change: Partial<ReaderSettings>) =>
    void saveReaderSettings(change).then((saved) => {
      current = saved;
      apply(saved);
    }, onSaveFailed);
  buildChoices(update);
  apply(current);
  document.getElementById('reader-smaller')!.addEventListener('click', () => update({ fontSize: stepFontSize(current.fontSize, -1) }));
  document.getElementById('reader-larger')!.addEventListener('click', () => update({ fontSize: stepFontSize(current.fontSize, 1) }));
  const markHard = document.getElementById('reader-mark-hard') as HTMLInputElement;
  markHard.addEventListener('change', () => update({ markHardSections: markHard.checked }));
  readerSetting.watch((value) => {
    current = normalizeReaderSettings(value);
    apply(current);
  });
}
