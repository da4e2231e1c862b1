/** The reader's remembered settings: whatever storage holds becomes valid settings, and text size steps. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, stepFontSize } from '../../utils/reader-settings';

describe('normalizeReaderSettings', () => {
  const spacingDefaults = { lineHeight: 'normal', letterSpacing: 'normal', wordSpacing: 'normal', markHardSections: false, speechRate: 1 };

  it('keeps valid stored settings as they are', () => {
    const stored = { theme: 'sepia', fontSize: 24, font: 'sans', width: 'wide', lineHeight: 'loose', letterSpacing: 'wider', wordSpacing: 'wide', markHardSections: true, speechRate: 1.25 };
    expect(normalizeReaderSettings(stored)).toEqual(stored);
  });

  it('replaces unknown or missing values with the defaults, one by one', () => {
    expect(normalizeReaderSettings({ theme: 'neon', fontSize: 18, font: 'sans' })).toEqual({ theme: 'system', fontSize: 19, font: 'sans', width: 'medium', ...spacingDefaults });
    expect(normalizeReaderSettings({ lineHeight: 3, letterSpacing: 'wider', wordSpacing: 'huge', markHardSections: 'yes', speechRate: 7 })).toEqual({
      ...DEFAULT_READER_SETTINGS,
      letterSpacing: 'wider',
    });
  });

  it('reads settings stored before spacing existed as the defaults for spacing', () => {
    expect(normalizeReaderSettings({ theme: 'dark', fontSize: 21, font: 'serif', width: 'narrow' })).toEqual({ theme: 'dark', fontSize: 21, font: 'serif', width: 'narrow', ...spacingDefaults });
  });

  it('gives the defaults for nothing stored or something that is not settings', () => {
    expect(normalizeReaderSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeReaderSettings('dark')).toEqual(DEFAULT_READER_SETTINGS);
  });
});

describe('stepFontSize', () => {
  it('moves one step along the scale and stops at its ends', () => {
    expect(stepFontSize(19, 1)).toBe(21);
    expect(stepFontSize(19, -1)).toBe(17);
    expect(stepFontSize(30, 1)).toBe(30);
    expect(stepFontSize(15, -1)).toBe(15);
  });

  it('steps from the default when the current size is not on the scale', () => {
    expect(stepFontSize(20, 1)).toBe(21);
  });
});
