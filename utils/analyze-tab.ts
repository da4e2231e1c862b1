import { outlineSteps, type ArticleSanitizer, type OutlineAnalysis, type PipelineStep } from '../lib/outline-phase';
import { flattenShadowRoots } from '../lib/page/shadow';
import type { ArticleReport, OutlineReport } from '../lib/types';
import { loadLanguageTables } from '../lib/vocabulary/load';
import { callAgent } from './agent-client';
import type { PageSnapshot } from './protocol';

// The popup takes its sanitizer from here: importing lib/outline-phase itself would load the analysis up front.
export { leaveUnsanitized } from '../lib/outline-phase';

/** What the tab shows, and the address of the document that was read (`page`); `T` is what is known of an article. */
type TabResult<T> = ({ status: 'article' } & T) | (({ status: 'no-article' } | { status: 'pdf' }) & { page: string });
export type TabAnalysis = TabResult<{ report: ArticleReport; page: string }>;
/** The tab's article up to its outline; `complete()` loads and runs the rest of the analysis. */
export type TabOutline = TabResult<{ report: OutlineReport; page: string; complete: () => Promise<ArticleReport> }>;

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
 * Runs pipeline steps, giving the thread back between them, and loads the language tables a step asks for
 * (lib/vocabulary/load.ts) before going on.
 */
async function drive<T>(steps: Generator<PipelineStep, T>): Promise<T> {
  for (;;) {
    await nextTask();
    const step = steps.next();
    if (step.done) return step.value;
    if (typeof step.value === 'object') await loadLanguageTables(step.value.loadLanguages);
  }
}

/**
 * Analyzes a tab's snapshot (from the page agent) up to its outline: parsed here (inert: no scripts run, no
 * images load) and analyzed with the page's own address for links, one step at a time so the page that asked
 * keeps answering clicks and painting its progress (`onStage`) while a large page is read. The rest (key
 * points, care advice, reading level: lib/health-phase.ts) loads when `complete()` is called.
 */
export async function analyzeSnapshot(snapshot: PageSnapshot, sanitize: ArticleSanitizer, onStage: (stage: AnalysisStage) => void = () => {}): Promise<TabOutline> {
  if (snapshot.contentType === 'application/pdf') return { status: 'pdf', page: snapshot.url };
  onStage('analyzing');
  await nextTask();
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  removeClobberingNames(doc);
  if (snapshot.html.includes('shadowrootmode')) flattenShadowRoots(doc);
  const analysis = await drive(outlineSteps(doc, { url: snapshot.url, window, sanitize }));
  if (!analysis) return { status: 'no-article', page: snapshot.url };
  let complete: Promise<ArticleReport> | undefined;
  return { status: 'article', report: analysis.report, page: snapshot.url, complete: () => (complete ??= completeAnalysis(analysis)) };
}

async function completeAnalysis(analysis: OutlineAnalysis): Promise<ArticleReport> {
  const { completeReport, healthSteps } = await import('../lib/health-phase');
  return completeReport(analysis.report, await drive(healthSteps(analysis)));
}

/** The whole analysis of what the tab shows now (see `analyzeSnapshot`), for pages that show it all at once. */
export async function analyzeTab(tabId: number, sanitize: ArticleSanitizer, onStage: (stage: AnalysisStage) => void = () => {}): Promise<TabAnalysis> {
  onStage('snapshot');
  const outline = await analyzeSnapshot(await callAgent(tabId, { type: 'snapshot' }), sanitize, onStage);
  return outline.status === 'article' ? { status: 'article', report: await outline.complete(), page: outline.page } : outline;
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
