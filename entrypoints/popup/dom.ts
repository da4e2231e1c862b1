/** The popup's two building blocks: translated strings and elements made from text only. */
import { browser } from 'wxt/browser';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Every user-visible string comes from `_locales/<lang>/messages.json`. */
export const t = (key: MessageKey, ...substitutions: string[]): string => browser.i18n.getMessage(key, substitutions);

/** What an error says, for a status line or an error state. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Child = Node | string | null | undefined | false;

/** Builds an element from attributes and children; page data never goes through innerHTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Partial<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A page date (YYYY-MM-DD) in the user's own format, with the ISO date kept for machines. */
export function dateElement(isoDate: string, locale: string): HTMLTimeElement {
  const [year, month, day] = isoDate.split('-').map(Number);
  const shown =
    year && month && day
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))
      : isoDate;
  return h('time', { datetime: isoDate }, shown);
}

/** A link that opens in a new tab and says so to screen readers. */
export function externalLink(url: string, text: string, className?: string): HTMLAnchorElement {
  return h(
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer', class: className },
    text,
    h('span', { class: 'visually-hidden' }, ` ${t('relatedOpensInNewTab')}`),
  );
}
