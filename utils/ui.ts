/** Small DOM helpers for extension pages. Page data only ever goes in as text (never through innerHTML). */
import { browser } from 'wxt/browser';
import type { OutlineLabels } from '../lib/output/format';
import { formatPageDate } from '../lib/output/page-date';
import { outlineDepths } from '../lib/output/outline';
import type { OutlineEntry, OutlineReport, SourceEntry } from '../lib/types';
import type { PageAccess } from './platform';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Every user-visible string comes from `_locales/<lang>/messages.json`. */
export const t = (key: MessageKey, ...substitutions: string[]): string => browser.i18n.getMessage(key, substitutions);

/** The copied outline's words and dates, in the browser's UI language. */
export const outlineLabels = (): OutlineLabels => ({ locale: browser.i18n.getUILanguage(), message: t });

/** What an error says, for a status line or an error state. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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

/** The outline as nested ordered lists: a heading nests under the nearest earlier one of a smaller level. */
export function nestedOutline(entries: readonly OutlineEntry[], item: (entry: OutlineEntry) => Node, props: Partial<Record<string, string>> = {}): HTMLOListElement {
  const depths = outlineDepths(entries);
  const root = h('ol', props);
  const lists: HTMLOListElement[] = [root];
  entries.forEach((entry, index) => {
    const depth = depths[index] ?? 0;
    lists.length = Math.min(lists.length, depth + 1);
    while (lists.length <= depth) {
      const parent = lists[lists.length - 1]!;
      const nested = h('ol');
      (parent.lastElementChild ?? parent).append(nested);
      lists.push(nested);
    }
    lists[depth]!.append(h('li', {}, item(entry)));
  });
  return root;
}

/** What the popup and the reader show instead of a report (no article, a page they cannot read, an error). */
export interface PageState {
  kind: string;
  title: string;
  body: string;
}

/** Title and explanation for a page the extension cannot read. */
const ACCESS_STATE_MESSAGES: Record<Exclude<PageAccess, 'readable'>, [title: MessageKey, body: MessageKey]> = {
  restricted: ['restrictedTitle', 'restrictedBody'],
  pdf: ['pdfTitle', 'pdfBody'],
  // Each browser names its switch for local files differently.
  file: ['fileTitle', import.meta.env.FIREFOX ? 'fileBodyFirefox' : 'fileBody'],
};

export function accessState(access: Exclude<PageAccess, 'readable'>): PageState {
  const [title, body] = ACCESS_STATE_MESSAGES[access];
  return { kind: access, title: t(title), body: t(body) };
}

/** A state as a section: an error is an alert, anything else a polite status, so screen readers hear it. */
export function stateSection({ kind, title, body }: PageState, action?: HTMLElement): HTMLElement {
  return h('section', { class: `state state--${kind}`, 'data-state': kind, role: kind === 'error' ? 'alert' : 'status' }, h('h1', {}, title), h('p', {}, body), action ?? null);
}

/**
 * The waiting states of the popup's or the reader's main element: the loading message, which follows the
 * analysis' stage, and past the bound "This page is taking a while" with a focused "Keep waiting" button that
 * goes back to the loading message and calls `keepWaiting`.
 */
export function waitingStates(container: HTMLElement, firstMessage: MessageKey, role?: string) {
  let message = firstMessage;
  const showLoading = (next: MessageKey = message): void => {
    message = next;
    container.replaceChildren(h('p', { class: 'state state--loading', role }, t(next)));
    container.setAttribute('aria-busy', 'true');
  };
  const showSlow = (keepWaiting: () => void): void => {
    const button = h('button', { type: 'button', class: 'primary', id: 'keep-waiting' }, t('keepWaiting'));
    button.addEventListener('click', () => {
      showLoading();
      keepWaiting();
    });
    container.replaceChildren(stateSection({ kind: 'slow', title: t('slowTitle'), body: t('slowBody') }, button));
    container.setAttribute('aria-busy', 'true');
    button.focus();
  };
  return { showLoading, showSlow };
}

/** The report's dates with their labels, in the order pages give them. */
export const DATE_LABELS: readonly [field: 'published' | 'modified' | 'lastReviewed' | 'nextReview', label: MessageKey][] = [
  ['published', 'datePublished'],
  ['modified', 'dateModified'],
  ['lastReviewed', 'dateLastReviewed'],
  ['nextReview', 'dateNextReview'],
];

/** The dates `report` has, each with its label. */
export function reportDates(report: OutlineReport): { iso: string; label: MessageKey }[] {
  return DATE_LABELS.flatMap(([field, label]) => (report[field] ? [{ iso: report[field]!, label }] : []));
}

/** A page date (YYYY-MM-DD) in the user's own format, with the ISO date kept for machines. */
export function dateElement(isoDate: string, locale: string): HTMLTimeElement {
  return h('time', { datetime: isoDate }, formatPageDate(isoDate, locale));
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

/** Where a source can be read: its own link, else its DOI or PubMed record. */
export function sourceUrl(source: SourceEntry): string | null {
  if (source.url) return source.url;
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pubmedId) return `https://pubmed.ncbi.nlm.nih.gov/${source.pubmedId}/`;
  return null;
}
