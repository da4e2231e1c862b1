import { analyzeArticleSteps } from '../lib/index';
import { flattenShadowRoots } from '../lib/page/shadow';
import type { ArticleReport } from '../lib/types';
import { callAgent } from './agent-client';

/** What the tab shows, and the address of the document that was read (`page`). */
export type TabAnalysis = ({ status: 'article'; report: ArticleReport } | { status: 'no-article' } | { status: 'pdf' }) & { page: string };

/** Where an analysis is: waiting for the page's snapshot, then reading it. */
export type AnalysisStage = 'snapshot' | 'analyzing';

/**
 * Gives the thread back to the page (input, painting) for a moment: `scheduler.yield()` where the browser has
 * it, else a message to ourselves, which, unlike a timer, is not slowed down to 4 ms.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Analyzes what the tab shows now: a snapshot from the page agent, parsed here (inert: no scripts run, no
 * images load) and analyzed with the page's own address for links, one step at a time so the page that asked
 * keeps answering clicks and painting its progress (`onStage`) while a large page is read.
 */
export async function analyzeTab(tabId: number, onStage: (stage: AnalysisStage) => void = () => {}): Promise<TabAnalysis> {
  onStage('snapshot');
  const snapshot = await callAgent(tabId, { type: 'snapshot' });
  if (snapshot.contentType === 'application/pdf') return { status: 'pdf', page: snapshot.url };
  onStage('analyzing');
  await nextTask();
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  removeClobberingNames(doc);
  if (snapshot.html.includes('shadowrootmode')) flattenShadowRoots(doc);
  const steps = analyzeArticleSteps(doc, { url: snapshot.url, window });
  for (;;) {
    await nextTask();
    const step = steps.next();
    if (!step.done) continue;
    return step.value ? { status: 'article', report: step.value, page: snapshot.url } : { status: 'no-article', page: snapshot.url };
  }
}

/** Elements whose `name` (or `id`) becomes a property of their document or form. */
const NAMED_PROPERTY_ELEMENTS = 'form, img, embed, object, iframe, button, fieldset, input, output, select, textarea';

/**
 * A page can clobber what our code reads off the parsed copy: `<form name="body">` turns `doc.body` into that
 * form and `<input name="getAttribute">` replaces its form's method (browsers let such names shadow built-in
 * properties of documents and forms). As DOMPurify's SANITIZE_DOM does, a name or id that is a property of a
 * document or a form is dropped; analysis needs neither. Built-ins are called from their prototypes, since
 * the parsed document's own may already be shadowed.
 */
function removeClobberingNames(doc: Document): void {
  const form = document.createElement('form');
  const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!.call(doc) as Element;
  for (const element of Array.from(Element.prototype.querySelectorAll.call(root, NAMED_PROPERTY_ELEMENTS))) {
    for (const attribute of ['name', 'id']) {
      const value = Element.prototype.getAttribute.call(element, attribute);
      if (value && (value in document || value in form)) Element.prototype.removeAttribute.call(element, attribute);
    }
  }
}
