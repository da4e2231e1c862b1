import { analyzeArticle } from '../lib/index';
import type { ArticleReport } from '../lib/types';
import { callAgent } from './agent-client';

export type TabAnalysis = { status: 'article'; report: ArticleReport } | { status: 'no-article' } | { status: 'pdf' };

/**
 * Analyzes what the tab shows now: a snapshot from the page agent, parsed here (inert: no scripts run, no
 * images load) and analyzed with the page's own address for links.
 */
export async function analyzeTab(tabId: number): Promise<TabAnalysis> {
  const snapshot = await callAgent(tabId, { type: 'snapshot' });
  if (snapshot.contentType === 'application/pdf') return { status: 'pdf' };
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  removeClobberingNames(doc);
  const report = analyzeArticle(doc, { url: snapshot.url, window });
  return report ? { status: 'article', report } : { status: 'no-article' };
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
