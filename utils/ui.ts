/** Small DOM helpers for extension pages. Page data only ever goes in as text (never through innerHTML). */
import { browser } from 'wxt/browser';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export const t = (key: MessageKey, ...substitutions: string[]): string => browser.i18n.getMessage(key, substitutions);

/** Builds an element from attributes (undefined ones skipped) and children (text becomes text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Fills every `[data-i18n]` element of the page's own markup with its message. */
export function translatePage(root: ParentNode = document): void {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-label]'))) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel as MessageKey));
    element.title = element.getAttribute('aria-label') ?? '';
  }
}
