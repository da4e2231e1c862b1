/**
 * Every choice the user can make, in one place for the popup, the reader view and the options page. All of it
 * lives in the browser's local extension storage (never synced, never sent), and it is all there is: the
 * extension stores nothing about the pages it reads.
 */
import type { OutlineFormat } from '../lib/output/format';
import { DEFAULT_READER_SETTINGS, readerSetting } from './reader-settings';
import { storedSetting } from './stored-setting';

export * from './reader-settings';

export const OUTLINE_FORMATS: readonly OutlineFormat[] = ['markdown', 'text'];

/** How "Copy outline" formats the outline; the popup remembers the last choice, the options page sets it. */
export const copyFormatSetting = storedSetting<OutlineFormat>('copyFormat', 'markdown');

/** The popup's sections below the article's header that the user may hide. */
export const POPUP_PARTS = ['keyPoints', 'outline', 'related', 'sources'] as const;
export type PopupPart = (typeof POPUP_PARTS)[number];
export type PopupParts = Record<PopupPart, boolean>;

const EVERY_PART_SHOWN = Object.fromEntries(POPUP_PARTS.map((part) => [part, true])) as PopupParts;

export const popupPartsSetting = storedSetting<PopupParts>('popupParts', EVERY_PART_SHOWN);

/** Whatever storage holds as the parts to show: a part it does not mention (a new one, a hand edit) is shown. */
export function normalizePopupParts(value: unknown): PopupParts {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(POPUP_PARTS.map((part) => [part, stored[part] !== false])) as PopupParts;
}

export async function loadPopupParts(): Promise<PopupParts> {
  return normalizePopupParts(await popupPartsSetting.getValue());
}

/** A reader text size as a percentage of the default size. */
export function fontSizePercent(size: number): number {
  return Math.round((size / DEFAULT_READER_SETTINGS.fontSize) * 100);
}

/** That percentage as the reader and the options page show it, written the UI language's way ("126%", "126 %"). */
export function fontSizeLabel(size: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(fontSizePercent(size) / 100);
}

/** Removes every stored choice: each setting reads its default again, and open pages watching it follow. */
export async function resetSettings(): Promise<void> {
  await Promise.all([copyFormatSetting, popupPartsSetting, readerSetting].map((setting) => setting.removeValue()));
}
