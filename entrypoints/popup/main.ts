import { browser } from 'wxt/browser';
import type { OutlineFormat } from '../../lib/output/format';
import type { ArticleReport, OutlineEntry, OutlineReport } from '../../lib/types';
import { callAgent } from '../../utils/agent-client';
import type { TabOutline } from '../../utils/analyze-tab';
import { isAccessRefusal, pageAccess } from '../../utils/platform';
import { tabAccess, withPatience } from '../../utils/waiting';
import type { ReaderMessage } from '../../utils/protocol';
import { isReaderUrl, isRememberedReader } from '../../utils/reader';
import { copyFormatSetting, loadPopupParts, normalizePopupParts, type PopupParts } from '../../utils/settings';
import { renderCopyControls } from './copy';
import { accessState, h, messageOf, stateSection, t, translatePage, waitingStates, type MessageKey, type PageState } from '../../utils/ui';
import { renderHeader } from './header';
import { renderOutlineTree } from './outline-tree';
import { renderRelated, renderSources, section } from './sections';

/** Without its address the browser is hiding the page from us; an answer would come at once, or never. */
const HIDDEN_PAGE_TIMEOUT_MS = 3_000;
const STATUS_CLEAR_MS = 4_000;

const app = document.getElementById('app')!;
const locale = browser.i18n.getUILanguage();
/**
 * The analysis loads while the popup finds its tab and asks the page for its snapshot, instead of before
 * either can start: the user waits for the longer of the two, not for both.
 */
const analysisCode = import('../../utils/analyze-tab');
/** Read while the page is analyzed, so remembering the format and the parts to show costs no time. */
const savedFormat: Promise<OutlineFormat> = copyFormatSetting.getValue().catch(() => copyFormatSetting.fallback);
const savedParts: Promise<PopupParts> = loadPopupParts().catch(() => normalizePopupParts(undefined));

function show(...content: (Node | null | false)[]): void {
  app.replaceChildren(...content.filter((node): node is Node => !!node));
  app.setAttribute('aria-busy', 'false');
}

/** The loading state (reading the page, then finding its article) and, past 5 s, "Keep waiting". */
const { showLoading, showSlow } = waitingStates(app, 'loading', 'status');

function showState(state: PageState, action?: HTMLButtonElement): void {
  show(stateSection(state, action));
}

function showError(error: unknown): void {
  const retry = h('button', { type: 'button', class: 'primary' }, t('retry'));
  retry.addEventListener('click', () => void run());
  showState({ kind: 'error', title: t('errorTitle'), body: t('errorBody', messageOf(error)) }, retry);
  retry.focus();
}

/**
 * A button that asks the background to open or close the reader view (the background does it: a popup dies as
 * soon as another tab takes focus). A real popup then closes; one opened as a page (`?tab=N`) stays.
 */
function readerButton(id: string, label: MessageKey, message: ReaderMessage, onError: (error: unknown) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'secondary', id }, t(label));
  button.addEventListener('click', () => {
    browser.runtime.sendMessage(message).then(() => {
      if (!openedAsPage) window.close();
    }, onError);
  });
  return button;
}

/** One polite live region for outcomes of the user's actions (copied, section not found). */
function statusLine(): { element: HTMLElement; announce: (message: string) => void } {
  const element = h('p', { class: 'status', role: 'status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: string) => {
    element.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (element.textContent = ''), STATUS_CLEAR_MS);
  };
  return { element, announce };
}

/**
 * The report as soon as its outline is known; the care box, review freshness, reading level and key points
 * follow under the header a moment later, when `complete` has loaded and run the rest of the analysis.
 */
function renderReport(report: OutlineReport, complete: () => Promise<ArticleReport>, tabId: number, format: OutlineFormat, parts: PopupParts): void {
  const status = statusLine();
  const goTo = (entry: OutlineEntry) => {
    callAgent(tabId, { type: 'scrollTo', entry: { id: entry.id, text: entry.text } }).then(
      (found) => found || status.announce(t('sectionNotFound')),
      (error: unknown) => status.announce(t('scrollFailed', messageOf(error))),
    );
  };
  const copy = renderCopyControls(complete, format, status.announce);
  const header = renderHeader(report, locale);
  show(
    header,
    parts.outline &&
      section(
        'outline',
        t('outlineHeading'),
        report.outline.length ? renderOutlineTree(report.outline, 'outline-heading', goTo) : h('p', { class: 'empty' }, t('outlineEmpty')),
      ),
    parts.related && report.related.length > 0 && section('related', t('relatedHeading'), renderRelated(report.related, locale)),
    parts.sources && report.sources.length > 0 && renderSources(report.sources),
    h(
      'footer',
      { class: 'actions' },
      status.element,
      h(
        'div',
        { class: 'action-buttons' },
        copy.button,
        readerButton('open-reader', 'openReader', { type: 'open-reader', tabId }, (error) => status.announce(t('readerFailed', messageOf(error)))),
      ),
      copy.formatChoice,
    ),
  );
  // The end of the user's wait, as bench/popup-speed.ts measures it.
  performance.mark('outline-shown');
  // Still busy until the parts under the header are in: assistive technology waits for them, and so do tests.
  app.setAttribute('aria-busy', 'true');
  Promise.all([complete(), import('./extras')])
    .then(
      ([full, { renderExtras }]) => {
        header.after(...renderExtras(full, { locale, showKeyPoints: parts.keyPoints, goTo, announce: status.announce }));
        performance.mark('report-complete');
      },
      (error: unknown) => status.announce(t('errorBody', messageOf(error))),
    )
    .finally(() => app.setAttribute('aria-busy', 'false'));
}

const requestedTab = Number(new URLSearchParams(location.search).get('tab'));
/** The popup opened as a page for a given tab (`popup.html?tab=N`), as tests drive it. */
const openedAsPage = Number.isInteger(requestedTab) && requestedTab > 0;

/** Tests drive the popup as a tab (`popup.html?tab=N`); a real popup reads the active tab. */
async function targetTab(): Promise<{ id: number; url?: string }> {
  if (openedAsPage) {
    const tab = await browser.tabs.get(requestedTab);
    return { id: requestedTab, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('errorNoTab'));
  return { id: tab.id, url: tab.url };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('errorTimeout', String(ms / 1000)))), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The tab's outline: its snapshot is asked for at once, and analyzed once the analysis code is in. */
async function outlineOf(tabId: number): Promise<TabOutline> {
  const [snapshot, { analyzeSnapshot, leaveUnsanitized }] = await Promise.all([callAgent(tabId, { type: 'snapshot' }), analysisCode]);
  // The popup shows text only, never the article's HTML: no DOMPurify before the outline (the reader sanitizes).
  return analyzeSnapshot(snapshot, leaveUnsanitized, (stage) => stage === 'analyzing' && showLoading('loadingAnalyzing'));
}

async function run(): Promise<void> {
  showLoading('loading');
  let tab: { id: number; url?: string } | undefined;
  try {
    tab = await targetTab();
    // Its address says whether a tab is one of our readers; only a hidden address needs the background's list.
    if (tab.url ? isReaderUrl(tab.url) : await isRememberedReader(tab.id)) {
      const close = readerButton('close-reader', 'closeReader', { type: 'close-reader', readerTabId: tab.id }, showError);
      return showState({ kind: 'reader-open', title: t('readerOpenTitle'), body: t('readerOpenBody') }, close);
    }
    const access = await tabAccess(tab.url);
    if (access !== 'readable') return showState(accessState(access));
    const analysis = outlineOf(tab.id);
    const result: TabOutline = tab.url ? await withPatience(analysis, showSlow) : await withTimeout(analysis, HIDDEN_PAGE_TIMEOUT_MS);
    if (result.status === 'article') renderReport(result.report, result.complete, tab.id, await savedFormat, await savedParts);
    else if (result.status === 'pdf') showState(accessState('pdf'));
    else showState({ kind: 'no-article', title: t('noArticleTitle'), body: t('noArticleBody') });
  } catch (error) {
    // A tab whose address we may not see is one the browser keeps from extensions, whatever the error says;
    // a refused local file needs the user's permission.
    if (isAccessRefusal(error) || (tab && !tab.url)) return showState(accessState(pageAccess(tab?.url) === 'file' ? 'file' : 'restricted'));
    showError(error);
  }
}

/** "About and privacy" opens the options page's About part in a tab of its own; a real popup then closes. */
document.querySelector('.about-line a')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#about') }).then(() => openedAsPage || window.close());
});

translatePage();
document.title = t('popupTitle');
document.documentElement.lang = t('languageTag');
document.documentElement.dir = t('@@bidi_dir');
void run();
