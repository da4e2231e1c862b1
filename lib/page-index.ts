import type { PageScan } from './normalize';
import { HEADING_ID_ATTRIBUTE } from './outline';

/**
 * What the health-facts readers look at, gathered in one walk over the working clone. Asking the DOM instead
 * (a selector with attribute substrings per hint, or indexing `getElementsByTagName('*')`) costs a full scan
 * each in jsdom, several times Readability's own time on large pages.
 */
export interface PageIndex {
  /** Text nodes outside scripts and styles, in document order. */
  texts: Text[];
  /** Elements with a class, id or `data-testid` / `data-component`, with those names joined. */
  named: { element: Element; names: string }[];
  /** Elements outline.ts marked as heading candidates, in document order. */
  headings: Element[];
  /** `<summary>`, `<dt>` and `<button>`: where a collapsed "Sources" list keeps its label. */
  labels: Element[];
  h1s: Element[];
  times: Element[];
  /** Elements with an `itemprop` (microdata). */
  items: Element[];
  /** `<script type="application/ld+json">` anywhere in the document. */
  jsonLd: Element[];
  /** The `<link rel="canonical">` address, if any. */
  canonical: string | null;
}

const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Besides class and id, where component libraries name a block ("references", "key-takeaways"). */
const DATA_NAME_ATTRIBUTES = ['data-testid', 'data-component'];
const SHOW_ELEMENTS_AND_TEXT = 1 | 4;

const emptyIndex = (): PageIndex => ({ texts: [], named: [], headings: [], labels: [], h1s: [], times: [], items: [], jsonLd: [], canonical: null });

/**
 * The index of `doc`. With the pipeline's `scan` (what the preparing walk listed), it is read off those lists
 * instead of walking the page again: only the head, a few elements, is looked at anew.
 */
export function indexPage(doc: Document, scan?: PageScan): PageIndex {
  return scan ? indexFromScan(doc, scan) : walkPage(doc);
}

function indexFromScan(doc: Document, scan: PageScan): PageIndex {
  const index = emptyIndex();
  for (const text of scan.texts) {
    const parent = text.parentElement;
    if (parent && !NOT_TEXT.has(parent.localName)) index.texts.push(text);
  }
  // Elements replaced after the walk (ARIA headings, custom images) are detached: skip them.
  for (const element of scan.elements) if (element.parentNode) indexElement(element, index);
  index.headings = scan.headings;
  for (const script of Array.from(doc.getElementsByTagName('script'))) if (isJsonLd(script)) index.jsonLd.push(script);
  for (const link of Array.from(doc.head?.getElementsByTagName('link') ?? [])) {
    if (isCanonical(link)) {
      index.canonical = link.getAttribute('href');
      break;
    }
  }
  return index;
}

const isJsonLd = (script: Element) => /ld\+json/i.test(script.getAttribute('type') ?? '');
const isCanonical = (link: Element) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '');

/** Files one body element under every list it belongs to. */
function indexElement(element: Element, index: PageIndex): void {
  const tag = element.localName;
  // The className and id properties, and hasAttribute() before getAttribute(): several times faster in jsdom.
  const className = typeof element.className === 'string' ? element.className : element.getAttribute('class');
  let names = `${className ?? ''} ${element.id}`;
  for (const attribute of DATA_NAME_ATTRIBUTES) if (element.hasAttribute(attribute)) names += ` ${element.getAttribute(attribute)}`;
  if (names.trim()) index.named.push({ element, names });
  if (element.hasAttribute(HEADING_ID_ATTRIBUTE)) index.headings.push(element);
  if (element.hasAttribute('itemprop')) index.items.push(element);
  if (tag === 'summary' || tag === 'dt' || tag === 'button') index.labels.push(element);
  else if (tag === 'h1') index.h1s.push(element);
  else if (tag === 'time') index.times.push(element);
}

function walkPage(doc: Document): PageIndex {
  const index = emptyIndex();
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_ELEMENTS_AND_TEXT);
  let inBody = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (inBody && parent && !NOT_TEXT.has(parent.localName)) index.texts.push(node as Text);
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    if (tag === 'body') inBody = true;
    if (tag === 'script') {
      if (isJsonLd(element)) index.jsonLd.push(element);
      continue;
    }
    if (tag === 'link' && index.canonical === null && isCanonical(element)) index.canonical = element.getAttribute('href');
    if (inBody) indexElement(element, index);
  }
  return index;
}
