/**
 * The options page: the copy format, the reader view's settings and the popup's sections, stored where the
 * popup and the reader keep them (utils/settings.ts), saved as they change; "Reset"; and the About part with
 * the privacy summary the popup's footer links to (`options.html#about`).
 */
import { browser } from 'wxt/browser';
import type { OutlineFormat } from '../../lib/output/format';
import {
  copyFormatSetting,
  fontSizeLabel,
  loadPopupParts,
  loadReaderSettings,
  normalizePopupParts,
  normalizeReaderSettings,
  OUTLINE_FORMATS,
  POPUP_PARTS,
  popupPartsSetting,
  READER_CHOICES,
  READER_FONT_SIZES,
  readerSetting,
  resetSettings,
  saveReaderSettings,
  type PopupPart,
  type ReaderSettings,
} from '../../utils/settings';
import { h, t, translatePage, type MessageKey } from '../../utils/ui';

const STATUS_CLEAR_MS = 3_000;
const locale = browser.i18n.getUILanguage();
const status = document.getElementById('options-status')!;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  status.textContent = message;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), STATUS_CLEAR_MS);
}

/** Each radio group: the setting it stores, its values and each value's label (the reader's as its Aa panel has them). */
const CHOICES: { setting: string; values: readonly string[]; label: (value: string) => MessageKey }[] = [
  { setting: 'copyFormat', values: OUTLINE_FORMATS, label: (value) => (value === 'markdown' ? 'formatMarkdown' : 'formatText') },
  ...Object.entries(READER_CHOICES).map(([setting, choice]) => ({ setting, ...choice })),
];

/** The popup's sections, labelled with the headings the popup shows them under. */
const PART_LABELS: Record<PopupPart, MessageKey> = {
  keyPoints: 'keyPointsHeading',
  outline: 'outlineHeading',
  related: 'relatedHeading',
  sources: 'sourcesTitle',
};

const fontSize = document.getElementById('reader-font-size') as HTMLSelectElement;

function radio(name: string, value: string, checked: boolean): HTMLInputElement {
  return Object.assign(h('input', { type: 'radio', name, value, id: `${name}-${value}` }), { checked });
}

function check(name: string, value: string, checked: boolean): void {
  const input = document.getElementById(`${name}-${value}`) as HTMLInputElement | null;
  if (input) input.checked = checked;
}

function buildControls(save: (setting: string, value: string) => Promise<void>): void {
  for (const { setting, values, label } of CHOICES) {
    const container = document.querySelector(`[data-setting="${setting}"]`)!;
    for (const value of values) {
      const input = radio(setting, value, false);
      input.addEventListener('change', () => void save(setting, value));
      container.append(h('label', { for: input.id }, input, h('span', {}, t(label(value)))));
    }
  }
  for (const size of READER_FONT_SIZES) fontSize.append(h('option', { value: String(size) }, fontSizeLabel(size, locale)));
  fontSize.addEventListener('change', () => void save('fontSize', fontSize.value));
  const parts = document.getElementById('popup-parts')!;
  for (const part of POPUP_PARTS) {
    const input = h('input', { type: 'checkbox', id: `part-${part}`, value: part });
    input.addEventListener('change', () => void savePart(part, input.checked));
    parts.append(h('label', { for: input.id }, input, h('span', {}, t(PART_LABELS[part]))));
  }
}

function showCopyFormat(format: OutlineFormat): void {
  for (const value of OUTLINE_FORMATS) check('copyFormat', value, value === format);
}

function showReaderSettings(settings: ReaderSettings): void {
  for (const { setting, values } of CHOICES) {
    if (setting in settings) for (const value of values) check(setting, value, value === settings[setting as keyof ReaderSettings]);
  }
  fontSize.value = String(settings.fontSize);
}

function showPopupParts(parts: Record<PopupPart, boolean>): void {
  for (const part of POPUP_PARTS) (document.getElementById(`part-${part}`) as HTMLInputElement).checked = parts[part];
}

async function save(setting: string, value: string): Promise<void> {
  if (setting === 'copyFormat') await copyFormatSetting.setValue(value as OutlineFormat);
  else await saveReaderSettings({ [setting]: setting === 'fontSize' ? Number(value) : value });
  announce(t('optionsSaved'));
}

async function savePart(part: PopupPart, shown: boolean): Promise<void> {
  await popupPartsSetting.setValue({ ...(await loadPopupParts()), [part]: shown });
  announce(t('optionsSaved'));
}

async function showAll(): Promise<void> {
  showCopyFormat(await copyFormatSetting.getValue());
  showReaderSettings(await loadReaderSettings());
  showPopupParts(await loadPopupParts());
}

translatePage();
document.documentElement.lang = t('languageTag');
document.documentElement.dir = t('@@bidi_dir');
document.getElementById('about-version')!.textContent = t('aboutVersion', browser.runtime.getManifest().version);
buildControls(save);
document.getElementById('reset')!.addEventListener('click', () => {
  void resetSettings()
    .then(showAll)
    .then(() => announce(t('optionsResetDone')));
});
// Changes made elsewhere (the popup's format switch, the reader's Aa panel, another options tab) show here.
copyFormatSetting.watch(showCopyFormat);
readerSetting.watch((settings) => showReaderSettings(normalizeReaderSettings(settings)));
popupPartsSetting.watch((parts) => showPopupParts(normalizePopupParts(parts)));
void showAll().then(() => {
  // The popup's "About and privacy" link lands here: take the reader (and a screen reader) to that part.
  if (location.hash === '#about') document.getElementById('about')!.focus();
});
