/**
 * The UI's translations (public/_locales/<lang>/messages.json) are complete and consistent: every language has
 * exactly English's keys, each message the same placeholders as English (and uses them all), nothing left in
 * English by accident, and the names and descriptions fit the stores' limits. A key added in English fails
 * here until every language has it.
 */
import { describe, expect, it } from 'vitest';
import { availableLanguages, DEFAULT_LANGUAGE, formatMessage, readMessages, type MessageEntry } from '../../cli/messages';
import { READER_FONTS, READER_THEMES, READER_WIDTHS } from '../../utils/reader-settings';

const LANGUAGES = ['de', 'en', 'es', 'fr'];
const english = readMessages(DEFAULT_LANGUAGE);
const translations = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);

/**
 * Messages that rightly read the same as in English (a format's name, a word both languages share). Listed
 * exactly, so a message merely copied from English is caught, and so is one of these that changes.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['aboutVersion', 'formatMarkdown', 'readerTheme_sepia', 'readerTheme_system'],
  es: ['formatMarkdown', 'readerLineHeight_normal', 'readerSpacing_normal', 'readerTheme_sepia'],
  fr: ['aboutVersion', 'formatMarkdown', 'sourcesHeading', 'sourcesTitle'],
};

/** Chrome Web Store: a manifest name of at most 75 characters (45 shown), a description of at most 132. */
const NAME_LIMIT = 45;
const DESCRIPTION_LIMIT = 132;

/** The `$NAME$` placeholders a message uses, lower-cased as browsers match them. */
function usedPlaceholders(entry: MessageEntry): string[] {
  return [...new Set(Array.from(entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g), (match) => match[1]!.toLowerCase()))].sort();
}

function declaredPlaceholders(entry: MessageEntry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
}

describe('UI languages', () => {
  it('are English, Spanish, German and French', () => {
    expect(availableLanguages()).toEqual(LANGUAGES);
  });

  it.each(LANGUAGES)('%s: every message uses exactly the placeholders it declares, and none is empty or padded', (language) => {
    const problems = Object.entries(readMessages(language)).flatMap(([key, entry]) => [
      ...(usedPlaceholders(entry).join() === Object.keys(declaredPlaceholders(entry)).sort().join() ? [] : [`${key}: uses ${usedPlaceholders(entry)} but declares ${Object.keys(declaredPlaceholders(entry))}`]),
      ...(entry.message.trim() && entry.message === entry.message.trim() ? [] : [`${key}: empty or padded`]),
    ]);
    expect(problems).toEqual([]);
  });

  describe.each(translations)('%s', (language) => {
    const messages = readMessages(language);

    it('has every English key and no other', () => {
      const keys = new Set(Object.keys(messages));
      expect({ missing: Object.keys(english).filter((key) => !keys.has(key)), extra: [...keys].filter((key) => !(key in english)) }).toEqual({ missing: [], extra: [] });
    });

    it("declares each message's placeholders as English does ($1, $2… in the same places)", () => {
      const mismatched = Object.keys(english)
        .filter((key) => key in messages)
        .filter((key) => JSON.stringify(declaredPlaceholders(messages[key]!)) !== JSON.stringify(declaredPlaceholders(english[key]!)));
      expect(mismatched).toEqual([]);
    });

    it('leaves nothing in English but the listed words', () => {
      const same = Object.keys(english).filter((key) => key !== 'languageTag' && messages[key]?.message === english[key]!.message).sort();
      expect(same).toEqual(SAME_AS_ENGLISH[language]);
    });

    it('names its own language tag', () => {
      expect(messages.languageTag?.message).toBe(language);
    });
  });

  it.each(LANGUAGES)('%s: the name and description fit the stores', (language) => {
    const messages = readMessages(language);
    expect(messages.extensionName!.message.length).toBeLessThanOrEqual(NAME_LIMIT);
    expect(messages.extensionDescription!.message.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  });

  it('has a label for every reader theme, font and width (looked up by value)', () => {
    const keys = [
      ...READER_THEMES.map((value) => `readerTheme_${value}`),
      ...READER_FONTS.map((value) => `readerFont_${value}`),
      ...READER_WIDTHS.map((value) => `readerWidth_${value}`),
    ];
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });
});

describe('formatMessage (browser.i18n.getMessage outside a browser)', () => {
  it('fills named placeholders from the substitutions, case-insensitively, and reads $$ as a dollar sign', () => {
    const entry = { message: '$Count$ of $TOTAL$ cost $$5', placeholders: { count: { content: '$1' }, total: { content: '$2' } } };
    expect(formatMessage(entry, ['3', '7'])).toBe('3 of 7 cost $5');
  });

  it('leaves a missing substitution empty, as browsers do', () => {
    expect(formatMessage({ message: 'By $AUTHOR$', placeholders: { author: { content: '$1' } } }, [])).toBe('By ');
  });
});
