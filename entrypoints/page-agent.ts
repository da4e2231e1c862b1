/**
 * The content script: injected on demand into the tab the user clicked on, never declared in the manifest.
 * It hands over a snapshot of the page and scrolls to headings; the analysis itself runs in the extension
 * page, so the page's own thread is never blocked by it and its DOM is never touched.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findOutlineTarget } from '../lib/output/outline';
import type { OutlineEntry } from '../lib/types';
import { AGENT_GLOBAL, type AgentRequest, type PageAgent, type PageSnapshot } from '../utils/protocol';
import { openShadowRoots, pageHtml } from '../utils/snapshot';

const HIGHLIGHT_MS = 1600;

function snapshot(): PageSnapshot {
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '';
  return { html: doctype + pageHtml(document), url: location.href, contentType: document.contentType };
}

/** The heading in the page, or in one of its open shadow roots (whose headings the snapshot includes). */
function outlineTarget(entry: Pick<OutlineEntry, 'id' | 'text'>): Element | null {
  const found = findOutlineTarget(document, entry);
  if (found) return found;
  for (const root of openShadowRoots(document)) {
    const inShadow = findOutlineTarget(root as unknown as Document, { id: '', text: entry.text });
    if (inShadow) return inShadow;
  }
  return null;
}

function scrollTo(entry: Pick<OutlineEntry, 'id' | 'text'>): boolean {
  const target = outlineTarget(entry);
  if (!target) return false;
  // Smooth scrolling may not advance in a tab that is not shown, and some readers ask for no motion.
  const instant = document.hidden || matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: instant ? 'instant' : 'smooth', block: 'start' });
  // An animation, not a class or a style attribute: it leaves nothing behind on the page.
  target.animate(
    [{ backgroundColor: 'rgba(255, 214, 10, 0.55)' }, { backgroundColor: 'rgba(255, 214, 10, 0)' }],
    { duration: HIGHLIGHT_MS, easing: 'ease-out' },
  );
  return true;
}

function answer(request: AgentRequest): PageSnapshot | boolean {
  switch (request.type) {
    case 'snapshot':
      return snapshot();
    case 'scrollTo':
      return scrollTo(request.entry);
  }
}

const agent: PageAgent = {
  handle(request) {
    try {
      return { ok: true, value: answer(request) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
};

export default defineUnlistedScript(() => {
  // Own property only: a page element named after the global (DOM clobbering) must not pass for the agent.
  if (!Object.hasOwn(globalThis, AGENT_GLOBAL)) Object.defineProperty(globalThis, AGENT_GLOBAL, { value: agent });
});
