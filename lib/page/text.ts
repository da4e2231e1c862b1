/** Text helpers shared by every analysis step. No DOM globals: they run in browsers, jsdom and happy-dom alike. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible-ish text of an element with whitespace collapsed (scripts and styles are gone by the time we ask). */
export function textOf(node: Node | null | undefined): string {
  return node ? collapseWhitespace(node.textContent ?? '') : '';
}

/**
 * Whether `element`'s text (`textOf`) is surely longer than `length`, reading only as much of it as that takes:
 * a caller comparing a big container's text with a short label need not collapse an article's. False says only
 * "not surely": the text may still be longer.
 */
export function textSurelyLongerThan(element: Element, length: number): boolean {
  let read = 0;
  let node: Node | null = element.firstChild;
  while (node) {
    // Its characters that are not spaces: collapsing keeps every one.
    if (node.nodeType === TEXT_NODE && (read += (node as Text).data.replace(/\s+/g, '').length) > length) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== element && !node.nextSibling) node = node.parentNode!;
    node = node === element ? null : node.nextSibling;
  }
  return false;
}

/** Only whitespace: the text between tags, most of a page's text nodes; it holds no word, label or date. */
export const isBlank = (text: string): boolean => !/\S/.test(text);

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/**
 * The element after `element` in pre-order within `root` (null at the end), skipping `element`'s descendants
 * when `skipChildren`. The walks below are loops, not recursion: a page can nest deeper than a call stack.
 */
export function nextElementWithin(root: Node, element: Element, skipChildren = false): Element | null {
  if (!skipChildren && element.firstElementChild) return element.firstElementChild;
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * The first element under `root` (pre-order) that passes `test`. A walk, not a selector: selector matching
 * costs a scan of the whole subtree in some DOMs even when the match comes first.
 */
export function firstDescendant(root: Element, test: (element: Element) => boolean): Element | null {
  for (let element = root.firstElementChild; element; element = nextElementWithin(root, element)) if (test(element)) return element;
  return null;
}

/** Every element under `root` that passes `test`, in document order (`querySelectorAll` without selectors). */
export function descendantsWhere(root: Element | DocumentFragment, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (let element = root.firstElementChild; element; element = nextElementWithin(root, element)) if (test(element)) found.push(element);
  return found;
}

/**
 * Copies every attribute of `from` onto `to` (any document). Not by name through `setAttribute`: the HTML
 * parser accepts names it rejects (`<h2 <meta=…>` has an attribute named "<meta"), and it would throw.
 */
export function copyAttributes(from: Element, to: Element, skip: readonly string[] = []): void {
  const doc = to.ownerDocument;
  for (const attribute of Array.from(from.attributes)) if (!skip.includes(attribute.name)) to.setAttributeNode(doc.importNode(attribute));
}

/** h1–h6 */
export const isHeadingElement = (element: Element): boolean => /^h[1-6]$/.test(element.localName);

/** `a[href]` */
export const isLinkWithHref = (element: Element): boolean => element.localName === 'a' && element.hasAttribute('href');

/** `element` or its nearest ancestor that passes `test`: `closest()` without selector matching. */
export function closestWhere(element: Element, test: (candidate: Element) => boolean): Element | null {
  for (let candidate: Element | null = element; candidate; candidate = candidate.parentElement) if (test(candidate)) return candidate;
  return null;
}

/** Lower-case tag name; `tagName` is upper-case for HTML but not for SVG/MathML. */
export function tagOf(element: Element): string {
  return element.localName;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'figcaption']);
/** Every attribute the pipeline writes on its copy starts so; the preparing walk first strips the page's own. */
export const PIPELINE_ATTRIBUTE_PREFIX = 'data-hao-';
/** Set by the cleaner on elements whose class says caption; like <figcaption>, kept in HTML, not in text. */
export const CAPTION_ATTRIBUTE = `${PIPELINE_ATTRIBUTE_PREFIX}caption`;

/**
 * Plain text with one blank line between blocks: the article's running text. Captions (<figcaption>, elements
 * the cleaner marked as captions) are left out: they annotate pictures, which the text does not have. `textContent` glues "<p>end</p><p>Next" into "endNext",
 * which merges words and hurts both reading and scoring.
 *
 * With `atMost`, the walk stops once the text read is sure to be longer than that (whitespace collapsed): a
 * caller asking whether a container is a short label need not read a whole article first.
 */
export function blockText(root: Node, atMost = Infinity): string {
  const parts: string[] = [];
  // Non-space characters read, counted low: at least half of a collapsed text is not spaces.
  let surelyRead = 0;
  // Pre-order by a loop; a block's closing break is written when the walk climbs out of it.
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) {
      // A line break in the page's source is a space, not a new block.
      const part = (node as Text).data.replace(/\s+/g, ' ');
      parts.push(part);
      surelyRead += part.length >> 1;
      if (surelyRead > atMost) break;
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = tagOf(node as Element);
      if (tag === 'br') parts.push('\n');
      else if (!SKIPPED_TAGS.has(tag) && !(node as Element).hasAttribute(CAPTION_ATTRIBUTE)) {
        if (BLOCK_TAGS.has(tag)) parts.push('\n');
        else if (tag === 'td' || tag === 'th') parts.push(' ');
        enter = !!node.firstChild;
        if (!enter && BLOCK_TAGS.has(tag)) parts.push('\n');
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node !== root && BLOCK_TAGS.has(tagOf(node as Element))) parts.push('\n');
    }
    node = node === root ? null : node.nextSibling;
  }
  return parts
    .join('')
    .split('\n')
    .map(collapseWhitespace)
    .filter(Boolean)
    .join('\n\n');
}

/** Word-set similarity in [0, 1]; used to tell a repeated title from a real heading. */
export function textSimilarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size);
}

/** Share of an element's text that sits inside links (0–1); `textLength` when the caller already has it. */
export function linkDensity(element: Element, textLength = textOf(element).length): number {
  if (!textLength) return 0;
  let linked = 0;
  // A plain walk: some DOMs make every read of a live HTMLCollection cost a named-property lookup.
  let node: Element | null = element.firstElementChild;
  while (node && node !== element) {
    if (node.localName === 'a') {
      linked += textOf(node).length;
    } else if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== element && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === element) break;
    node = node.nextElementSibling;
  }
  return Math.min(1, linked / textLength);
}

/**
 * The largest ancestor of `element` whose whole text is still `label` (the ad slot around its caption, the box
 * title around its label), climbing no higher than an element whose tag is in `stopAt`.
 */
export function outermostWithText(element: Element, label: string, stopAt: ReadonlySet<string>): Element {
  let current = element;
  for (let parent = current.parentElement; parent && !stopAt.has(parent.localName); parent = parent.parentElement) {
    if (textSurelyLongerThan(parent, label.length) || textOf(parent) !== label) break;
    current = parent;
  }
  return current;
}
