/** The reader view's display settings, remembered across pages and restarts (extension storage, local only). */
import { storedSetting } from './stored-setting';
import type { MessageKey } from './ui';

export const READER_THEMES = ['light', 'sepia', 'dark', 'system'] as const;
export const READER_FONTS = ['serif', 'sans'] as const;
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
/** Spacing steps; the widest letter and word spacing are WCAG 1.4.12's (0.12em and 0.16em), see style.css. */
export const READER_LINE_HEIGHTS = ['tight', 'normal', 'loose'] as const;
export const READER_LETTER_SPACINGS = ['normal', 'wide', 'wider'] as const;
export const READER_WORD_SPACINGS = ['normal', 'wide', 'wider'] as const;
/** Read-aloud speeds, as the Web Speech API's rate. */
export const READER_SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;
/** Text sizes in CSS pixels, one step per click. */
export const READER_FONT_SIZES = [15, 17, 19, 21, 24, 27, 30] as const;

export type ReaderTheme = (typeof READER_THEMES)[number];
export type ReaderFont = (typeof READER_FONTS)[number];
export type ReaderWidth = (typeof READER_WIDTHS)[number];
export type ReaderLineHeight = (typeof READER_LINE_HEIGHTS)[number];
export type ReaderLetterSpacing = (typeof READER_LETTER_SPACINGS)[number];
export type ReaderWordSpacing = (typeof READER_WORD_SPACINGS)[number];

/** The reader's look chosen from a list, each value with the message that labels it. */
export type ReaderChoice = 'theme' | 'font' | 'width' | 'lineHeight' | 'letterSpacing' | 'wordSpacing';

/** One table for the reader's Aa panel and the options page, so both offer the same choices, worded alike. */
export const READER_CHOICES: Record<ReaderChoice, { values: readonly string[]; label: (value: string) => MessageKey }> = {
  theme: { values: READER_THEMES, label: (value) => `readerTheme_${value}` as MessageKey },
  font: { values: READER_FONTS, label: (value) => `readerFont_${value}` as MessageKey },
  width: { values: READER_WIDTHS, label: (value) => `readerWidth_${value}` as MessageKey },
  lineHeight: { values: READER_LINE_HEIGHTS, label: (value) => `readerLineHeight_${value}` as MessageKey },
  letterSpacing: { values: READER_LETTER_SPACINGS, label: (value) => `readerSpacing_${value}` as MessageKey },
  wordSpacing: { values: READER_WORD_SPACINGS, label: (value) => `readerSpacing_${value}` as MessageKey },
};

export interface ReaderSettings {
  theme: ReaderTheme;
  fontSize: number;
  font: ReaderFont;
  width: ReaderWidth;
  lineHeight: ReaderLineHeight;
  letterSpacing: ReaderLetterSpacing;
  wordSpacing: ReaderWordSpacing;
  /** Mark the sections that read above grade 10. */
  markHardSections: boolean;
  speechRate: number;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'system',
  fontSize: 19,
  font: 'serif',
  width: 'medium',
  lineHeight: 'normal',
  letterSpacing: 'normal',
  wordSpacing: 'normal',
  markHardSections: false,
  speechRate: 1,
};

export const readerSetting = storedSetting<ReaderSettings>('readerSettings', DEFAULT_READER_SETTINGS);

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Whatever storage holds (an older version, a hand edit) as valid settings: unknown values fall back to defaults. */
export function normalizeReaderSettings(value: unknown): ReaderSettings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const sizes: readonly number[] = READER_FONT_SIZES;
  const rates: readonly number[] = READER_SPEECH_RATES;
  return {
    theme: oneOf(READER_THEMES, stored.theme, DEFAULT_READER_SETTINGS.theme),
    fontSize: sizes.includes(stored.fontSize as number) ? (stored.fontSize as number) : DEFAULT_READER_SETTINGS.fontSize,
    font: oneOf(READER_FONTS, stored.font, DEFAULT_READER_SETTINGS.font),
    width: oneOf(READER_WIDTHS, stored.width, DEFAULT_READER_SETTINGS.width),
    lineHeight: oneOf(READER_LINE_HEIGHTS, stored.lineHeight, DEFAULT_READER_SETTINGS.lineHeight),
    letterSpacing: oneOf(READER_LETTER_SPACINGS, stored.letterSpacing, DEFAULT_READER_SETTINGS.letterSpacing),
    wordSpacing: oneOf(READER_WORD_SPACINGS, stored.wordSpacing, DEFAULT_READER_SETTINGS.wordSpacing),
    markHardSections: typeof stored.markHardSections === 'boolean' ? stored.markHardSections : DEFAULT_READER_SETTINGS.markHardSections,
    speechRate: rates.includes(stored.speechRate as number) ? (stored.speechRate as number) : DEFAULT_READER_SETTINGS.speechRate,
  };
}

/** The next text size up (+1) or down (-1), staying within the scale. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const sizes: readonly number[] = READER_FONT_SIZES;
  const index = sizes.indexOf(current);
  const from = index === -1 ? sizes.indexOf(DEFAULT_READER_SETTINGS.fontSize) : index;
  return sizes[Math.min(sizes.length - 1, Math.max(0, from + direction))]!;
}

export async function loadReaderSettings(): Promise<ReaderSettings> {
  return normalizeReaderSettings(await readerSetting.getValue());
}

export async function saveReaderSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normalizeReaderSettings({ ...(await loadReaderSettings()), ...change });
  await readerSetting.setValue(next);
  return next;
}
