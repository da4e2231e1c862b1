/**
 * The reader view: an extension page in its own tab, fed by the page agent of the tab it shows
 * (`reader.html?tab=N`). The page's CSS and scripts cannot reach it, and the page itself is never touched.
 */
import { browser } from 'wxt/browser';
import type { ArticleReport } from '../../lib/types';
import { sanitizeArticle } from '../../lib/extraction/sanitize';
import { analyzeTab } from '../../utils/analyze-tab';
import { isAccessRefusal, pageAccess } from '../../utils/platform';
import type { ReaderMessage } from '../../utils/protocol';
import { closeThisReader, readerSourceTab } from '../../utils/reader';
import { articleDirection } from '../../utils/text-direction';
import { tabAccess, withPatience } from '../../utils/waiting';
import { DEFAULT_READER_SETTINGS, loadReaderSettings, saveReaderSettings, type ReaderSettings } from '../../utils/reader-settings';
import { accessState, messageOf, outlineLabels, stateSection, t, translatePage, waitingStates, type PageState } from '../../utils/ui';
import { jumpToSection, renderOutline } from './outline';
import { setUpReadAloud, type ReadAloud } from './read-aloud';
import { renderArticle } from './render';
import { setUpSettings } from './settings';

const main = document.getElementById('reader-main')!;
const nav = document.getElementById('reader-outline')!;
const outlineToggle = document.getElementById('reader-outline-toggle') as HTMLButtonElement;
const settingsToggle = document.getElementById('reader-settings-toggle') as HTMLButtonElement;
const settingsPanel = document.getElementById('reader-settings')!;
const copyButton = document.getElementById('reader-copy') as HTMLButtonElement;
const status = document.getElementById('reader-status')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let readAloud: ReadAloud | null = null;

/** Wide enough for the outline beside the article; narrower windows fold it away behind the toggle. */
const wideWindow = matchMedia('(min-width: 1000px)');

function close(): void {
  closeThisReader().catch((error: unknown) => announce(t('errorBody', messageOf(error))));
}

function announce(message: string): void {
  status.textContent = message;
  status.dataset.visible = 'true';
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => delete status.dataset.visible, 4000));
}

function setSettingsOpen(open: boolean): void {
  settingsPanel.hidden = !open;
  settingsToggle.setAttribute('aria-expanded', String(open));
}

function outlineOpen(): boolean {
  const state = document.body.dataset.outline;
  return state === 'open' || (state === 'auto' && wideWindow.matches);
}

function setOutlineOpen(open: boolean | 'auto'): void {
  document.body.dataset.outline = open === 'auto' ? 'auto' : open ? 'open' : 'closed';
  outlineToggle.setAttribute('aria-expanded', String(outlineOpen()));
}

/** Escape closes what is open on top first (read aloud, settings, the folded-out outline), then the reader itself. */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  if (readAloud?.active()) {
    readAloud.stop();
    byId('reader-read-aloud').focus();
  } else if (!settingsPanel.hidden) {
    setSettingsOpen(false);
    settingsToggle.focus();
  } else if (outlineOpen() && !wideWindow.matches) {
    setOutlineOpen(false);
    outlineToggle.focus();
  } else {
    close();
  }
}

/** The loading state (preparing, then finding the article) and, past 5 s, "Keep waiting". */
const { showLoading, showSlow } = waitingStates(main, 'readerLoading');

function showState(state: PageState): void {
  main.replaceChildren(stateSection(state));
  main.setAttribute('aria-busy', 'false');
  nav.hidden = true;
  outlineToggle.hidden = true;
}

function showReport(report: ArticleReport, settings: ReaderSettings): void {
  const { article, body, related } = renderArticle(report, new Date());
  main.replaceChildren(article, ...(related ? [related] : []));
  main.setAttribute('aria-busy', 'false');
  document.title = t('readerArticleTitle', report.title);
  document.getElementById('reader-site')!.textContent = report.siteName ?? (report.url ? new URL(report.url).hostname : '');
  if (!renderOutline(nav, report.outline, body)) setOutlineOpen(false);
  // The outline and the related list hold the article's own words: they run the way it does (right to left
  // for Arabic, Hebrew…), while the reader's own labels keep the interface's language.
  for (const list of [nav.querySelector('ol'), related]) {
    if (!list) continue;
    if (report.lang) list.lang = report.lang;
    const direction = articleDirection(report);
    if (direction) list.dir = direction;
  }
  // Feature-detected: a browser without the Web Speech API shows no read-aloud control at all.
  if ('speechSynthesis' in window) {
    const controls = {
      toggle: byId<HTMLButtonElement>('reader-read-aloud'),
      player: byId('reader-player'),
      play: byId<HTMLButtonElement>('reader-play'),
      stop: byId<HTMLButtonElement>('reader-stop'),
      rate: byId<HTMLSelectElement>('reader-rate'),
      voice: byId<HTMLSelectElement>('reader-voice'),
      online: byId<HTMLInputElement>('reader-online-voices'),
    };
    const speed = { initial: settings.speechRate, save: (speechRate: number) => {
        saveReaderSettings({ speechRate }).catch((error: unknown) => announce(t('settingNotSaved', messageOf(error))));
      },
    };
    readAloud = setUpReadAloud(byId('reader-title'), body, report.lang ?? undefined, controls, speed);
  }
  copyButton.disabled = false;
  copyButton.onclick = () => {
    // Turndown loads on the first copy: most readers never copy.
    import('../../utils/reader-markdown')
      .then(({ articleMarkdown }) => navigator.clipboard.writeText(articleMarkdown(report, body, outlineLabels())))
      .then(
        () => announce(t('readerCopied')),
        (error: unknown) => announce(t('readerCopyFailed', error instanceof Error ? error.message : String(error))),
      );
  };
}

async function run(): Promise<void> {
  const sourceTabId = readerSourceTab(location.href);
  let url: string | undefined;
  try {
    if (sourceTabId === null) throw new Error(t('errorNoTab'));
    url = (await browser.tabs.get(sourceTabId)).url;
    const access = await tabAccess(url);
    if (access !== 'readable') return showState(accessState(access));
    const result = await withPatience(
      analyzeTab(sourceTabId, sanitizeArticle, (stage) => stage === 'analyzing' && showLoading('loadingAnalyzing')),
      showSlow,
    );
    // The background takes this tab for its reader of that document (also after a restart or a reload).
    browser.runtime.sendMessage({ type: 'reader-shown', page: result.page } satisfies ReaderMessage).catch(() => undefined);
    if (result.status === 'article') showReport(result.report, await loadReaderSettings().catch(() => DEFAULT_READER_SETTINGS));
    else if (result.status === 'pdf') showState(accessState('pdf'));
    else showState({ kind: 'no-article', title: t('noArticleTitle'), body: t('noArticleBody') });
  } catch (error) {
    if (isAccessRefusal(error)) return showState(accessState(pageAccess(url) === 'file' ? 'file' : 'restricted'));
    showState({ kind: 'error', title: t('errorTitle'), body: t('errorBody', messageOf(error)) });
  }
}

translatePage();
document.title = t('readerTitle');
document.addEventListener('keydown', onKeyDown);
document.getElementById('reader-close')!.addEventListener('click', close);
settingsToggle.addEventListener('click', () => setSettingsOpen(settingsPanel.hidden));
// Like any popover, the settings panel closes when the reader clicks elsewhere.
document.addEventListener('click', (event) => {
  const target = event.target as Node;
  if (!settingsPanel.hidden && !settingsPanel.contains(target) && !settingsToggle.contains(target)) setSettingsOpen(false);
});
outlineToggle.addEventListener('click', () => setOutlineOpen(!outlineOpen()));
wideWindow.addEventListener('change', () => setOutlineOpen('auto'));
// Section links (outline, key points) jump inside the reader; on a narrow window the outline folds away again.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a[data-section-link]');
  // The article's own links are the page's: they open the page's addresses, never jump inside the reader.
  if (!link || link.closest('.article__body') || !jumpToSection(link.getAttribute('data-section-link')!)) return;
  event.preventDefault();
  if (!wideWindow.matches && nav.contains(link)) setOutlineOpen(false);
});
setOutlineOpen('auto');
setUpSettings((error) => announce(t('settingNotSaved', messageOf(error)))).catch((error: unknown) => announce(t('settingNotSaved', messageOf(error))));
void run();
