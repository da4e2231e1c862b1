/**
 * One remembered choice in the browser's local extension storage: read, write, forget, and follow changes made
 * elsewhere (the options page, another reader). Four calls of the storage API do all the extension needs; WXT's
 * storage module did it with versioning and batching it never used, and cost the popup 8.5 KB before the outline.
 * Keys are the ones that module wrote (`copyFormat`, …), so choices saved by earlier versions are read as before.
 */
import { browser, type Browser } from 'wxt/browser';

export interface StoredSetting<T> {
  /** What reading gives while nothing is stored. */
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Forgets the choice: reading gives the fallback again, and watchers are told so. */
  removeValue(): Promise<void>;
  /** Calls `callback` with the new value (the fallback once removed) whenever it changes; returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export function storedSetting<T>(key: string, fallback: T): StoredSetting<T> {
  /** What storage holds, or the fallback when it holds nothing (never written, or removed). */
  const orFallback = (stored: unknown): T => (stored === undefined || stored === null ? fallback : (stored as T));
  return {
    fallback,
    getValue: async () => orFallback((await browser.storage.local.get(key))[key]),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    removeValue: () => browser.storage.local.remove(key),
    watch(callback) {
      const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string): void => {
        const change = changes[key];
        if (area === 'local' && change) callback(orFallback(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
