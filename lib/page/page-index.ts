import type { PageScan } from './normalize';
import { HEADING_ID_ATTRIBUTE } from './headings';
import { ENGLISH, type Vocabulary } from '../vocabulary/index';

/**
 * What the health-facts readers look at, gathered in one walk over the working clone. Asking the DOM instead
 * (a selector with attribute substrings per hint, or indexing `getElementsByTagName('*')`) costs a full scan
 * each in jsdom, several times Readability's own time on large pages.
 */
/**
 * The text of each of the page's text nodes (`page.texts`, same order), read once for the readers that go through
 * all of them: each read of `data` is a call into the DOM, and a page has thousands of text nodes.
 */
export const textData = (page: PageIndex): string[] => page.texts.map((node) => node.data);

export interface PageIndex {
  /** Text nodes of the body outside scripts and styles, in document order. */
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
  /** `<a rel="author">` links. */
  authorLinks: Element[];
  /** `<script type="application/ld+json">` anywhere in the document. */
  jsonLd: Element[];
  /** `<meta>` anywhere in the document (microdata puts them in the body). */
  metas: Element[];
  /** The `<link rel="canonical">` address, if any. */
  canonical: string | null;
  /** The address the document's links resolve against (asking the DOM each time searches the whole page). */
  baseUrl: string;
  /** The page's words: labels, month names. */
  vocabulary: Vocabulary;
}

/** The lists one walk over the page fills; headings come from the walk's marks, the rest from the head. */
export type WalkIndex = Omit<PageIndex, 'canonical' | 'baseUrl' | 'headings' | 'vocabulary'>;

const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Class, id, and where component libraries name a block ("references", "key-takeaways"). */
const NAME_ATTRIBUTES = new Set(['class', 'id', 'data-testid', 'data-component']);
const SHOW_ELEMENTS_AND_TEXT = 1 | 4;

export const emptyWalkIndex = (): WalkIndex => ({ texts: [], named: [], labels: [], h1s: [], times: [], items: [], authorLinks: [], jsonLd: [], metas: [] });

/**
 * The index of `doc`. With the pipeline's `scan`, the lists are the ones the preparing walk filled: only the
 * head's links are looked at anew. `baseUrl` defaults to asking the DOM.
 */
export function indexPage(doc: Document, scan?: PageScan, baseUrl = doc.baseURI, vocabulary: Vocabulary = ENGLISH): PageIndex {
  const index: PageIndex = { ...(scan ? fromScan(scan) : walkPage(doc)), canonical: null, baseUrl, vocabulary };
  for (const link of Array.from(doc.head?.getElementsByTagName('link') ?? [])) {
    if (isCanonical(link)) {
      index.canonical = link.getAttribute('href');
      break;
    }
  }
  return index;
}

/** Elements replaced after the preparing walk (ARIA headings, custom images) are detached: they are left out. */
function fromScan(scan: PageScan): WalkIndex & Pick<PageIndex, 'headings'> {
  const listed = scan.index;
  const attached = (element: Element) => !!element.parentNode;
  return {
    ...listed,
    named: listed.named.filter(({ element }) => attached(element)),
    headings: scan.headings,
    labels: listed.labels.filter(attached),
    h1s: listed.h1s.filter(attached),
    times: listed.times.filter(attached),
    items: listed.items.filter(attached),
    authorLinks: listed.authorLinks.filter(attached),
  };
}

export const isJsonLd = (script: Element) => /ld\+json/i.test(script.getAttribute('type') ?? '');
const isCanonical = (link: Element) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '');

/**
 * Files one body element under every list it belongs to. `attributes` holds its attribute names: most
 * elements have none, and reading only those present spares a search per absent one.
 */
export function indexElement(element: Element, index: WalkIndex, attributes: readonly string[]): void {
  const tag = element.localName;
  if (attributes.length) {
    let names = '';
    for (const attribute of attributes) if (NAME_ATTRIBUTES.has(attribute)) names += ` ${element.getAttribute(attribute)}`;
    if (names.trim()) index.named.push({ element, names });
    if (attributes.includes('itemprop')) index.items.push(element);
    if (tag === 'a' && attributes.includes('rel') && /(?:^|\s)author(?:\s|$)/i.test(element.getAttribute('rel') ?? '')) index.authorLinks.push(element);
  }
  if (tag === 'summary' || tag === 'dt' || tag === 'button') index.labels.push(element);
  else if (tag === 'h1') index.h1s.push(element);
  else if (tag === 'time') index.times.push(element);
}

/** A text node the facts readers read: not the source of a script, stylesheet or template. */
const isReadableText = (text: Text): boolean => {
  const parent = text.parentElement;
  return !!parent && !NOT_TEXT.has(parent.localName);
};

function walkPage(doc: Document): WalkIndex & Pick<PageIndex, 'headings'> {
  const index = { ...emptyWalkIndex(), headings: [] as Element[] };
  index.jsonLd = Array.from(doc.getElementsByTagName('script')).filter(isJsonLd);
  index.metas = Array.from(doc.getElementsByTagName('meta'));
  if (!doc.body) return index;
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENTS_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (isReadableText(node as Text)) index.texts.push(node as Text);
      continue;
    }
    const element = node as Element;
    if (element.localName === 'script') continue;
    const attributes = element.getAttributeNames();
    indexElement(element, index, attributes);
    if (attributes.includes(HEADING_ID_ATTRIBUTE)) index.headings.push(element);
  }
  return index;
}
