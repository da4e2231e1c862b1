/**
 * The popup's path with plain Readability in place of our analysis: the same extension-page load, the same
 * tab lookup and page-agent snapshot, the same inert DOMParser parse, then `new Readability(doc).parse()`.
 * bench/popup-speed.ts compares the popup against this, so the ratio is what our analysis costs the user.
 */
import { Readability } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { callAgent } from '../../utils/agent-client';

const tabId = Number(new URLSearchParams(location.search).get('tab'));
await browser.tabs.get(tabId);
const snapshot = await callAgent(tabId, { type: 'snapshot' });
const article = new Readability(new DOMParser().parseFromString(snapshot.html, 'text/html')).parse();
document.getElementById('app')!.replaceChildren(article?.title ?? '');
performance.mark('readability-parsed');
