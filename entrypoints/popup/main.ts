import { browser } from 'wxt/browser';
import type { ArticleReport, OutlineEntry, RelatedItem } from '../../lib/types';
import { outlineDepths } from '../../lib/outline';
import { callAgent } from '../../utils/agent-client';
import { analyzeTab } from '../../utils/analyze-tab';
import { isAccessRefusal, pageAccess, type PageAccess } from '../../utils/platform';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
const t = (key: MessageKey, ...substitutions: string[]): string => browser.i18n.getMessage(key, substitutions);

const app = document.getElementById('app')!;

/** Builds an element with text only: page data never goes through innerHTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function show(...content: (Node | null)[]): void {
  app.replaceChildren(...content.filter((node): node is Node => node !== null));
  app.setAttribute('aria-busy', 'false');
}

function showLoading(): void {
  app.replaceChildren(h('p', { class: 'state state--loading' }, t('loading')));
  app.setAttribute('aria-busy', 'true');
}

function showState(kind: string, title: string, body: string, action?: HTMLButtonElement): void {
  show(h('section', { class: `state state--${kind}`, 'data-state': kind }, h('h1', {}, title), h('p', {}, body), action ?? null));
}

const ACCESS_STATES: Record<Exclude<PageAccess, 'readable'>, [MessageKey, MessageKey]> = {
  restricted: ['restrictedTitle', 'restrictedBody'],
  pdf: ['pdfTitle', 'pdfBody'],
  file: ['fileTitle', 'fileBody'],
};

function showAccessState(access: Exclude<PageAccess, 'readable'>): void {
  const [title, body] = ACCESS_STATES[access];
  showState(access, t(title), t(body));
}

function renderOutline(outline: OutlineEntry[], tabId: number): Node {
  if (!outline.length) return h('p', { class: 'meta' }, t('outlineEmpty'));
  const depths = outlineDepths(outline);
  const root = h('ol', { class: 'outline' });
  const lists: HTMLOListElement[] = [root];
  outline.forEach((entry, index) => {
    const depth = depths[index] ?? 0;
    lists.length = Math.min(lists.length, depth + 1);
    while (lists.length <= depth) {
      const parent = lists[lists.length - 1]!;
      const nested = h('ol');
      (parent.lastElementChild ?? parent).append(nested);
      lists.push(nested);
    }
    const button = h('button', { type: 'button', 'data-outline-id': entry.id }, entry.text);
    button.addEventListener('click', () => void callAgent(tabId, { type: 'scrollTo', entry }));
    lists[depth]!.append(h('li', {}, button));
  });
  return root;
}

function renderRelated(related: RelatedItem[]): Node {
  const list = h('ul', { class: 'related' });
  for (const item of related) {
    const link = h('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, item.title);
    link.append(h('span', { class: 'visually-hidden' }, ` ${t('relatedOpensInNewTab')}`));
    list.append(
      h(
        'li',
        {},
        link,
        item.summary ? h('p', {}, item.summary) : null,
        item.date ? h('p', {}, h('time', { datetime: item.date }, item.date)) : null,
      ),
    );
  }
  return list;
}

function renderReport(report: ArticleReport, tabId: number): void {
  const meta = [report.siteName, report.byline, t('readingMinutes', String(report.readingMinutes))].filter(Boolean).join(' · ');
  show(
    h('header', {}, h('h1', {}, report.title), h('p', { class: 'meta' }, meta)),
    h('section', { 'aria-labelledby': 'outline-heading' }, h('h2', { id: 'outline-heading' }, t('outlineHeading')), renderOutline(report.outline, tabId)),
    report.related.length
      ? h('section', { 'aria-labelledby': 'related-heading' }, h('h2', { id: 'related-heading' }, t('relatedHeading')), renderRelated(report.related))
      : null,
  );
}

/** Tests drive the popup as a tab (`popup.html?tab=N`); a real popup reads the active tab. */
async function targetTab(): Promise<{ id: number; url?: string }> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab');
  return { id: tab.id, url: tab.url };
}

async function run(): Promise<void> {
  showLoading();
  try {
    const tab = await targetTab();
    const access = pageAccess(tab.url);
    if (access !== 'readable') return showAccessState(access);
    const result = await analyzeTab(tab.id);
    if (result.status === 'article') renderReport(result.report, tab.id);
    else if (result.status === 'pdf') showAccessState('pdf');
    else showState('no-article', t('noArticleTitle'), t('noArticleBody'));
  } catch (error) {
    if (isAccessRefusal(error)) return showAccessState('restricted');
    const retry = h('button', { type: 'button', class: 'primary' }, t('retry'));
    retry.addEventListener('click', () => void run());
    showState('error', t('errorTitle'), t('errorBody', error instanceof Error ? error.message : String(error)), retry);
  }
}

for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
  element.textContent = t(element.dataset.i18n as MessageKey);
}
document.title = t('popupTitle');
void run();
