/**
 * The extension's UI messages (`public/_locales/<lang>/messages.json`) outside a browser: the CLI's labels come
 * from the same file the popup's do. Substitution follows `browser.i18n.getMessage`: `$NAME$` is the named
 * placeholder's content, `$1`…`$9` are the substitutions, `$$` is a dollar sign.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LOCALES_DIR = path.join(import.meta.dirname, '..', 'public', '_locales');
/** The manifest's `default_locale`: where a message missing from another language is taken from, as browsers do. */
export const DEFAULT_LANGUAGE = 'en';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

/** The languages the extension is translated into (folder names under public/_locales), sorted. */
export function availableLanguages(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(LOCALES_DIR, entry.name, 'messages.json')))
    .map((entry) => entry.name)
    .sort();
}

export function readMessages(language: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Messages;
}

/** One message with its substitutions filled in. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const substitute = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
  return entry.message
    .split(/(\$[A-Za-z0-9_@]+\$)/)
    .map((part) => {
      const named = /^\$([A-Za-z0-9_@]+)\$$/.exec(part);
      return named ? substitute(placeholders.get(named[1]!.toLowerCase()) ?? '') : substitute(part);
    })
    .join('');
}

/**
 * `getMessage(key, ...substitutions)` in `language`, falling back to the default language like browsers do; a key
 * no messages file has throws.
 */
export function messageLookup(language: string): (key: string, ...substitutions: string[]) => string {
  const messages = readMessages(language);
  const fallback = language === DEFAULT_LANGUAGE ? messages : readMessages(DEFAULT_LANGUAGE);
  return (key, ...substitutions) => {
    const entry = messages[key] ?? fallback[key];
    if (!entry) throw new Error(`No message "${key}" in ${language}/messages.json`);
    return formatMessage(entry, substitutions);
  };
}
