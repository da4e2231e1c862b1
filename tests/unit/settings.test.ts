/** The popup's parts to show and the text-size percentages, as the popup, the reader and the options page read them. */
import { describe, expect, it } from 'vitest';
import { fontSizeLabel, fontSizePercent, normalizePopupParts, READER_FONT_SIZES } from '../../utils/settings';

describe('normalizePopupParts', () => {
  it('shows every part when nothing (or something that is not parts) is stored', () => {
    const everything = { keyPoints: true, outline: true, related: true, sources: true };
    expect(normalizePopupParts(undefined)).toEqual(everything);
    expect(normalizePopupParts('related')).toEqual(everything);
  });

  it('hides exactly the parts stored as false; a part storage does not mention (added later) is shown', () => {
    expect(normalizePopupParts({ related: false, sources: false })).toEqual({ keyPoints: true, outline: true, related: false, sources: false });
    expect(normalizePopupParts({ outline: 0, related: 'no', retired: false })).toEqual({ keyPoints: true, outline: true, related: true, sources: true });
  });
});

describe("a reader text size's percentage", () => {
  it('gives each reader text size as a share of the default size', () => {
    expect(READER_FONT_SIZES.map(fontSizePercent)).toEqual([79, 89, 100, 111, 126, 142, 158]);
  });

  it('is written the way the UI language writes a percentage', () => {
    expect([fontSizeLabel(24, 'en-US'), fontSizeLabel(24, 'es'), fontSizeLabel(24, 'fr')]).toEqual(['126%', '126\u00a0%', '126\u00a0%']);
  });
});
