import { ariaHeadingLevel, DEK_ATTRIBUTE, HEADING_ID_ATTRIBUTE, HEADING_LEVEL_ATTRIBUTE, isDekHeading, PSEUDO_HEADING_ATTRIBUTE, pseudoHeadingText } from './headings';
import { RELATED_CLASS_OR_ID } from '../extraction/removals';
import { emptyWalkIndex, indexElement, isJsonLd, type WalkIndex } from './page-index';
import { closestWhere, copyAttributes, ELEMENT_NODE, isBlank, isHeadingElement, PIPELINE_ATTRIBUTE_PREFIX, TEXT_NODE } from './text';

/**
 * Attributes where lazy loaders keep the real image while `src` holds a placeholder. Readability only
 * recovers some of them, and only inside the element it finally keeps.
 */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-orig-file', 'data-full-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER_SRC = /^(data:image\/(gif|png|svg)|about:blank)|(blank|placeholder|spacer|transparent|lazy|loading|pixel)[^/]*\.(gif|png|svg|jpe?g|webp)/i;
const IMAGE_URL = /\.(jpe?g|png|webp|gif|avif)(\?|#|$)|\/images?\//i;

/**
 * Elements that carry nothing a reader or Readability uses, removed from the clone at once so every later pass
 * (facts, cleaning, Readability) walks a smaller tree. JSON-LD scripts stay: facts and Readability read them.
 */
const INERT_TAGS = new Set(['style', 'link', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'map', 'audio', 'video', 'track', 'dialog']);
/**
 * Readability deletes these from every article it returns (`_clean` in its `_prepArticle`); deleting them
 * first changes no output and spares it the work. (Not `aside`, which it deletes too: related lists and
 * facts are read from asides first.) Buttons inside headings are unwrapped instead (accordion
 * section titles), so their text stays.
 */
const ALWAYS_CLEANED_BY_READABILITY = new Set(['input', 'textarea', 'select', 'option']);
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i;

/** What the analysis reads in a page's <head>: title, metadata, base and canonical links, JSON-LD. */
const HEAD_KEPT = new Set(['title', 'meta', 'base', 'link']);

/**
 * A copy of the page for the analysis to cut up, so the page itself is never touched. Only the <head> parts
 * the analysis reads are copied (stylesheets and scripts can be most of a news page's head, and some DOMs
 * parse every stylesheet again on copy); the body is copied whole. The copy is inert: a document made by
 * `createHTMLDocument` runs no script and loads nothing. Its address is about:blank, so it gets a <base>:
 * the page's own, resolved, or else `pageUrl`, and links resolve as on the page; `baseUrl` is that address.
 * The <base> goes in before the body does: DOMs look the base up with a document-wide search on every URL
 * they resolve.
 */
export function cloneForAnalysis(document: Document, pageUrl: string | null): { doc: Document; baseUrl: string } {
  const doc = document.implementation.createHTMLDocument('');
  const html = doc.documentElement;
  const source = document.documentElement;
  if (!source) return { doc, baseUrl: pageUrl ?? doc.baseURI };
  copyAttributes(source, html);
  const head = doc.head;
  head.replaceChildren();
  let pageBase: string | null = null;
  for (let child = document.head?.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (!HEAD_KEPT.has(tag) && !(tag === 'script' && isJsonLd(child))) continue;
    const copy = doc.importNode(child, true);
    if (tag === 'base' && copy.getAttribute('href')) {
      // A relative <base href> resolved against the page, not against about:blank.
      pageBase ??= document.baseURI;
      copy.setAttribute('href', pageBase);
    }
    head.append(copy);
  }
  if (!pageBase && pageUrl) {
    const base = doc.createElement('base');
    base.setAttribute('href', pageUrl);
    head.prepend(base);
  }
  doc.body.remove();
  if (document.body) {
    const body = doc.importNode(document.body, true) as HTMLElement;
    // Dropped before the body joins the document, so no DOM parses their stylesheets again. Found by the DOM's
    // own tag lists: a script walk over every element costs more than the copy itself in a browser.
    for (const tag of STYLESHEET_TAGS) for (const element of Array.from(body.getElementsByTagName(tag))) element.remove();
    html.append(body);
  }
  return { doc, baseUrl: pageBase ?? pageUrl ?? doc.baseURI };
}

const STYLESHEET_TAGS = ['style', 'link'];

/**
 * One walk over the clone before anything reads it:
 * - marks every heading candidate with its outline id and page level, in the order `headingCandidates`
 *   lists them in the live page (hidden and inert subtrees are counted before they go);
 * - gives lazily loaded images their real source (`data-src`, `data-srcset`, `<noscript>` fallbacks, custom
 *   lazy elements such as `<amp-img>`);
 * - removes what no later step reads: scripts (not JSON-LD), styles, embeds, and elements the page
 *   hides (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`), which Readability
 *   would skip anyway;
 * - turns ARIA headings into real ones so Readability scores them as headings.
 */
export function prepareDocument(doc: Document): PageScan {
  const scan: PageScan = { headings: [], relatedByName: [], elements: [], index: emptyWalkIndex() };
  const root = doc.documentElement;
  if (!root) return scan;
  const doomed: Node[] = [];
  const noscripts: Element[] = [];
  const ariaHeadings: Element[] = [];
  const customImages: Element[] = [];
  const buttons: Element[] = [];
  const deepWrappers = new Set<Element>();
  let headingIndex = 0;
  const mark = (element: Element, level: number): void => {
    element.setAttribute(HEADING_ID_ATTRIBUTE, `h${headingIndex++}`);
    scan.headings.push(element);
    if (level) element.setAttribute(HEADING_LEVEL_ATTRIBUTE, String(level));
    else element.setAttribute(PSEUDO_HEADING_ATTRIBUTE, '');
    if (level && isDekHeading(element)) element.setAttribute(DEK_ATTRIBUTE, '');
  };

  // Pre-order walk (the same order as querySelectorAll), by a loop: pages nest deeper than a call stack allows.
  // `levels` holds, for each element being walked into, whether it is removed, in the body, and its texts listed.
  const levels: { inDoomed: boolean; inBody: boolean; textsListed: boolean }[] = [{ inDoomed: false, inBody: false, textsListed: false }];
  stripPipelineAttributes(root, root.getAttributeNames());
  let node: Node | null = root.firstChild;
  while (node) {
    const { inDoomed, inBody, textsListed } = levels[levels.length - 1]!;
    if (node.nodeType === TEXT_NODE) {
      if (textsListed) scan.index.texts.push(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      // (Comments stay: no step reads them and the sanitizer drops them.)
      const element = node as Element;
      const tag = element.localName;
      // Most elements carry no attribute at all, and the rest few: one list of names spares reading absent ones
      // (each attribute lookup costs a search in some DOMs). The page's own marks in our namespace go first.
      const attributes = stripPipelineAttributes(element, element.getAttributeNames());
      const attributed = attributes.length > 0;
      let gone = inDoomed;
      if (!gone) {
        if (
          tag === 'script'
            ? !isJsonLd(element)
            : INERT_TAGS.has(tag) || ALWAYS_CLEANED_BY_READABILITY.has(tag) || (attributed && isHidden(element, attributes))
        ) {
          doomed.push(element);
          gone = true;
        }
        if (!gone) {
          if (tag === 'button') buttons.push(element);
          else if (tag === 'script') scan.index.jsonLd.push(element);
          else if (tag === 'meta') scan.index.metas.push(element);
        }
      }
      // Empty plain elements that Readability would drop anyway go now: thousands of them (a broken page) cost
      // it seconds, one removal at a time. Past DEEP_WRAPPER_DEPTH, plain wrappers (one element inside,
      // nothing else) are unwrapped: Readability's time grows with the square of the depth.
      if (!gone && !attributed) {
        if (!element.firstChild && (DROPPED_WHEN_EMPTY.has(tag) || tag.includes('-'))) {
          doomed.push(element);
          gone = true;
        } else if (levels.length > DEEP_WRAPPER_DEPTH && !KEPT_WRAPPERS.has(tag) && isBareWrapper(element)) {
          deepWrappers.add(element);
        }
      }
      if (!gone && inBody && !deepWrappers.has(element)) {
        scan.elements.push(element);
        if (tag !== 'script') indexElement(element, scan.index, attributes);
      }
      if (!gone && attributed) {
        const names = attributes.includes('class') ? (element.getAttribute('class') ?? '') : '';
        const id = attributes.includes('id') ? element.getAttribute('id') : null;
        if ((names || id) && RELATED_CLASS_OR_ID.test(id ? `${names} ${id}` : names)) scan.relatedByName.push(element);
      }
      // Heading candidates, exactly as HEADING_CANDIDATES in outline.ts selects them.
      if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') {
        mark(element, Number(tag[1]));
      } else if (attributes.includes('role') && element.getAttribute('role') === 'heading') {
        mark(element, ariaHeadingLevel(element));
        if (!gone) ariaHeadings.push(element);
      }
      if ((tag === 'strong' || tag === 'b') && !element.previousElementSibling && !element.nextElementSibling) {
        const parent = element.parentElement;
        if (parent && (parent.localName === 'p' || parent.localName === 'div') && pseudoHeadingText(parent)) mark(parent, 0);
      }
      if (!gone) {
        if (tag === 'img') fixImage(element);
        else if (tag === 'source') fixSource(element);
        else if (tag === 'noscript') noscripts.push(element);
        else if (tag.includes('-') && /img|image|picture|photo/.test(tag)) customImages.push(element);
      }
      if (tag !== 'noscript' && element.firstChild) {
        const childrenInBody = inBody || tag === 'body';
        // A JSON-LD script's source is data, not page text.
        levels.push({ inDoomed: gone, inBody: childrenInBody, textsListed: !gone && childrenInBody && tag !== 'script' });
        node = element.firstChild;
        continue;
      }
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      levels.pop();
    }
    node = node === root ? null : node.nextSibling;
  }

  for (const noscript of noscripts) unwrapNoscriptImage(doc, noscript);
  for (const element of customImages) replaceCustomImage(doc, element);
  // Chains first: every removal below then climbs fewer ancestors (DOMs mark each as modified).
  unwrapChains(deepWrappers);
  for (const node of doomed) (node as ChildNode).remove();
  for (const button of buttons) {
    if (closestWhere(button, (candidate) => candidate.hasAttribute(HEADING_ID_ATTRIBUTE))) button.replaceWith(...Array.from(button.childNodes));
  }
  for (const element of ariaHeadings) promoteAriaHeading(doc, element);
  // Promoted headings are new elements; hidden ones are gone.
  scan.headings = scan.headings.filter((element) => element.parentNode && doc.contains(element));
  if (ariaHeadings.length) scan.headings = Array.from(doc.querySelectorAll(`[${HEADING_ID_ATTRIBUTE}]`));
  return scan;
}

/** Real pages nest 30–60 levels deep; plain wrappers below this depth are a broken or hostile page's. */
const DEEP_WRAPPER_DEPTH = 100;
/** Wrappers that stay however deep: headings (outline marks) and the parts of a table. */
const KEPT_WRAPPERS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup']);
/**
 * Elements Readability removes when they hold nothing (divs, sections, headers, headings, paragraphs, tables,
 * lists) or that show nothing then (inline wrappers, a link without an address, list items, and custom
 * elements, whose shadow content the snapshot has already put in place).
 */
const DROPPED_WHEN_EMPTY = new Set([
  'div', 'section', 'header', 'footer', 'article', 'aside', 'nav', 'p', 'blockquote', 'figure', 'table', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'font', 'center', 'b', 'i', 'em', 'strong', 'u', 'small', 'big', 'mark', 'a',
]);

/** One element and nothing else but blank text or comments: a wrapper that says nothing of its own. */
function isBareWrapper(element: Element): boolean {
  const only = element.firstElementChild;
  if (!only || only.nextElementSibling || only.localName === 'strong' || only.localName === 'b') return false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && !isBlank((child as Text).data)) return false;
  }
  return true;
}

/**
 * Replaces each chain of nested bare wrappers by what its innermost one holds, in one move per chain. Deep
 * nesting costs Readability time in the square of the depth (it measures every container's text), so a page
 * of ten thousand nested `<div>`s would otherwise take seconds in jsdom; the content itself stays.
 */
function unwrapChains(wrappers: ReadonlySet<Element>): void {
  for (const top of wrappers) {
    if (top.parentElement && wrappers.has(top.parentElement)) continue;
    let bottom = top;
    while (bottom.firstElementChild && wrappers.has(bottom.firstElementChild)) bottom = bottom.firstElementChild;
    const content = bottom.firstElementChild;
    if (content) top.replaceWith(content);
    else top.remove();
  }
}

/** What the preparing walk saw, so later steps need not query the whole page again. */
export interface PageScan {
  /** Marked heading candidates still in the document, in document order. */
  headings: Element[];
  /** Elements whose class or id names related reading. */
  relatedByName: Element[];
  /**
   * The body's elements (not the body) that stayed, in document order: the cleaner reads this list instead of
   * walking the page again. Elements replaced after the walk (ARIA headings, custom images) are listed as they
   * were and skipped as no longer in the page.
   */
  elements: Element[];
  /** The facts readers' lists (its `texts` are the cleaner's too), filled by the same walk. */
  index: WalkIndex;
}

/**
 * Removes the attributes in the pipeline's own namespace (`data-hao-*`) that the page put on `element`: only
 * the pipeline may mark its copy (headings, captions, sources), or a page could forge an outline or hide its
 * article. Returns the attribute names left, from `names` (the element's).
 */
function stripPipelineAttributes(element: Element, names: string[]): string[] {
  if (!names.some((name) => name.startsWith(PIPELINE_ATTRIBUTE_PREFIX))) return names;
  for (const name of names) if (name.startsWith(PIPELINE_ATTRIBUTE_PREFIX)) element.removeAttribute(name);
  return names.filter((name) => !name.startsWith(PIPELINE_ATTRIBUTE_PREFIX));
}

/** `attributes`: the element's attribute names. */
function isHidden(element: Element, attributes: readonly string[]): boolean {
  if (attributes.includes('hidden')) return true;
  if (attributes.includes('aria-hidden') && element.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(element.getAttribute('class') ?? '')) return true;
  const style = attributes.includes('style') && element.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

function fixImage(img: Element): void {
  const src = img.getAttribute('src') ?? '';
  if (!src || PLACEHOLDER_SRC.test(src)) {
    const real = firstAttribute(img, LAZY_SRC_ATTRIBUTES) ?? firstCandidate(img.getAttribute('srcset')) ?? firstCandidate(firstAttribute(img, LAZY_SRCSET_ATTRIBUTES));
    if (real) img.setAttribute('src', real);
  }
  if (!img.getAttribute('srcset')) {
    const realSet = firstAttribute(img, LAZY_SRCSET_ATTRIBUTES);
    if (realSet) img.setAttribute('srcset', realSet);
  }
  img.removeAttribute('loading');
}

function fixSource(source: Element): void {
  if (source.getAttribute('srcset')) return;
  const realSet = firstAttribute(source, LAZY_SRCSET_ATTRIBUTES);
  if (realSet) source.setAttribute('srcset', realSet);
}

/** The URL of a srcset's first candidate ("a.jpg 480w, b.jpg 800w" → "a.jpg"). */
function firstCandidate(srcset: string | null): string | null {
  const url = srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '');
  return url && !PLACEHOLDER_SRC.test(url) ? url : null;
}

function firstAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value && !PLACEHOLDER_SRC.test(value)) return value;
  }
  return null;
}

/**
 * `<img placeholder><noscript><img real></noscript>`: the placeholder takes the real source. A noscript image
 * with no image before it takes the noscript's place. Tracking pixels (1×1) are left to go with the noscript.
 */
function unwrapNoscriptImage(doc: Document, noscript: Element): void {
  let images = Array.from(noscript.getElementsByTagName('img'));
  if (!images.length && /<img\b/i.test(noscript.textContent ?? '')) {
    // Parsed with scripting on, noscript content is text: read it in an inert element.
    const holder = doc.createElement('div');
    holder.innerHTML = noscript.textContent ?? '';
    images = Array.from(holder.getElementsByTagName('img'));
  }
  if (images.length !== 1) return;
  const real = images[0]!;
  const src = real.getAttribute('src');
  if (!src || /^1$|^0$/.test(real.getAttribute('width') ?? '') || /^1$|^0$/.test(real.getAttribute('height') ?? '')) return;
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.localName === 'img' ? previous : previous?.getElementsByTagName('img').length === 1 ? previous.getElementsByTagName('img')[0]! : null;
  if (placeholder) {
    placeholder.setAttribute('src', src);
    const srcset = real.getAttribute('srcset');
    if (srcset) placeholder.setAttribute('srcset', srcset);
    if (!placeholder.getAttribute('alt') && real.getAttribute('alt')) placeholder.setAttribute('alt', real.getAttribute('alt')!);
  } else {
    const img = doc.createElement('img');
    for (const name of ['src', 'srcset', 'alt', 'width', 'height']) {
      const value = real.getAttribute(name);
      if (value) img.setAttribute(name, value);
    }
    noscript.before(img);
  }
}

/** `<amp-img src>`, `<lazy-image data-src>` and the like become plain images Readability and readers know. */
function replaceCustomImage(doc: Document, element: Element): void {
  if (element.getElementsByTagName('img').length) return;
  const src = element.getAttribute('src') ?? firstAttribute(element, LAZY_SRC_ATTRIBUTES) ?? firstCandidate(element.getAttribute('srcset'));
  if (!src || !IMAGE_URL.test(src)) return;
  const img = doc.createElement('img');
  img.setAttribute('src', src);
  for (const name of ['srcset', 'alt', 'width', 'height']) {
    const value = element.getAttribute(name);
    if (value) img.setAttribute(name, value);
  }
  element.replaceWith(img);
}

/** An ARIA heading (`role="heading"`) becomes a real one, so Readability scores it as a heading. */
function promoteAriaHeading(doc: Document, element: Element): void {
  if (isHeadingElement(element) || !element.hasAttribute(HEADING_LEVEL_ATTRIBUTE)) return;
  const heading = doc.createElement(`h${element.getAttribute(HEADING_LEVEL_ATTRIBUTE)}`);
  copyAttributes(element, heading, ['role', 'aria-level']);
  heading.append(...Array.from(element.childNodes));
  element.replaceWith(heading);
}
