/**
 * The popup's path with plain Readability in place of our analysis: the same extension-page load, the same
 * tab lookup and page-agent snapshot while the analysis code loads, the same inert DOMParser parse, then
 * `new Readability(doc).parse()`. bench/popup-speed.ts compares the popup against this, so the ratio is what
 * our analysis costs the user.
 */
import { browser } from 'wxt/browser';
import { callAgent } from '../../utils/agent-client';

// Loaded beside the tab lookup and the snapshot, as the popup loads its analysis.
const readability = import('@mozilla/readability');
const tabId = Number(new URLSearchParams(location.search).get('tab'));
await browser.tabs.get(tabId);
const [snapshot, { Readability }] = await Promise.all([callAgent(tabId, { type: 'snapshot' }), readability]);
const article = new Readability(new DOMParser().parseFromString(snapshot.html, 'text/html')).parse();
document.getElementById('app')!.replaceChildren(article?.title ?? '');
performance.mark('readability-parsed');
