import { collapseWhitespace, firstDescendant, isHeadingElement, textOf, textSimilarity } from './text';
import type { OutlineEntry } from './types';

/** Attributes written on the clone only; they carry what Readability would lose (level, live position). */
export const HEADING_ID_ATTRIBUTE = 'data-hao-id';
export const HEADING_LEVEL_ATTRIBUTE = 'data-hao-level';
export const PSEUDO_HEADING_ATTRIBUTE = 'data-hao-pseudo';

/**
 * Headings that belong to the page's furniture, not to the article's argument. Anchored: a real section
 * titled "Related conditions and their treatment" must stay.
 */
export const BOILERPLATE_HEADING =
  /^(related|related (articles?|stories|posts|content|reading|coverage|links|topics|resources)|share|share (this|the) (article|story|page|post)|(sign up|subscribe)\b.*|.*\bnewsletters?\b.*|get our .*(newsletter|emails?)|comments?|\d+ comments?|leave a (reply|comment)|join the (conversation|discussion)|advertisement|sponsored( content)?|more (from|on|in|about) .+|more (stories|articles|news|to read)|read (next|more|this next)|what to read next|up next|you (may|might) (also )?(like|enjoy)|recommended( for you| reading| articles| stories)?|(most )?popular( now| stories| articles| posts)?|trending( now| stories)?|(table of )?contents|in this (article|story|page)|on this page|jump to( section)?|follow us( on .+)?|keep reading)$/i;

/** A heading this similar to the title (shared words) repeats it. */
const TITLE_SIMILARITY = 0.75;

/** Real headings, ARIA headings, and bold-only paragraphs (checked by `pseudoHeadingText`). */
const HEADING_CANDIDATES =
  'h1, h2, h3, h4, h5, h6, [role="heading"], p > strong:only-child, p > b:only-child, div > strong:only-child, div > b:only-child';

interface HeadingCandidate {
  element: Element;
  /** 1–6, or 0 for a bold-paragraph subheading whose level the page does not say. */
  level: number;
}

/**
 * The page's possible headings in document order. The clone and the live page list the same candidates, so a
 * position in this list (the outline id) finds the heading again in the live page, or in a fresh parse of it.
 */
export function headingCandidates(doc: Document): HeadingCandidate[] {
  const candidates: HeadingCandidate[] = [];
  for (const match of Array.from(doc.querySelectorAll(HEADING_CANDIDATES))) {
    const tag = match.localName;
    if (tag === 'strong' || tag === 'b') {
      const paragraph = match.parentElement!;
      if (pseudoHeadingText(paragraph)) candidates.push({ element: paragraph, level: 0 });
    } else if (/^h[1-6]$/.test(tag)) {
      candidates.push({ element: match, level: Number(tag[1]) });
    } else {
      candidates.push({ element: match, level: ariaHeadingLevel(match) });
    }
  }
  return candidates;
}

/** An ARIA heading's level: its `aria-level` within 1–6, 2 when it gives none. */
export function ariaHeadingLevel(element: Element): number {
  return Math.min(6, Math.max(1, Math.round(Number(element.getAttribute('aria-level')) || 2)));
}

/**
 * A paragraph that is nothing but one short bold run ("<p><strong>Symptoms</strong></p>") is how many CMSs
 * write a subheading. Returns the heading text, or null when the element is not one.
 */
export function pseudoHeadingText(paragraph: Element): string | null {
  const text = collapseWhitespace(paragraph.textContent ?? '');
  if (!text || text !== collapseWhitespace(paragraph.firstElementChild?.textContent ?? '')) return null;
  if (text.split(' ').length > 12 || /[.,;!]$/.test(text)) return null;
  return text;
}



/**
 * Readability drops h1/h2 whose class or id "looks negative" (e.g. `class="section-meta"`); headings we kept
 * through cleaning lose those attributes so only their content decides.
 */
export function shieldHeadings(headings: Iterable<Element>): void {
  for (const heading of headings) {
    if (!heading.hasAttribute(HEADING_LEVEL_ATTRIBUTE)) continue;
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
}

/**
 * Readability writes every h1 of the article as h2; headings get back the level the page gave them, so the
 * reader shows the article's own hierarchy.
 */
export function restoreHeadingLevels(content: Element): void {
  const doc = content.ownerDocument;
  for (const heading of Array.from(content.querySelectorAll(`[${HEADING_LEVEL_ATTRIBUTE}]`))) {
    const tag = `h${heading.getAttribute(HEADING_LEVEL_ATTRIBUTE)}`;
    if (!isHeadingElement(heading) || heading.localName === tag) continue;
    const restored = doc.createElement(tag);
    for (const attribute of Array.from(heading.attributes)) restored.setAttribute(attribute.name, attribute.value);
    restored.append(...Array.from(heading.childNodes));
    heading.replaceWith(restored);
  }
}

const TOP_HEADING_TAGS = new Set(['h1', 'h2', 'h3']);

/**
 * The report shows the title on its own; a heading that repeats it at the top of the article goes (Readability
 * removes only the first such heading of the page, which may have been in the page's header).
 */
export function dropTitleHeading(content: Element, title: string): void {
  const first = firstDescendant(content, (element) => TOP_HEADING_TAGS.has(element.localName));
  if (!first || !title || textSimilarity(textOf(first), title) <= TITLE_SIMILARITY) return;
  // Only at the top: nothing but empty wrappers (or images) before it.
  const range = content.ownerDocument.createRange();
  range.setStartBefore(content.firstChild ?? content);
  range.setEndBefore(first);
  if (collapseWhitespace(range.toString())) return;
  first.remove();
}

/**
 * The outline of the cleaned article: its marked headings in reading order at their original levels.
 * Bold-paragraph subheadings count only when the article has no real headings.
 */
export function buildOutline(content: Element, title: string): OutlineEntry[] {
  const marked = Array.from(content.querySelectorAll(`[${HEADING_ID_ATTRIBUTE}]`)).filter(
    (element) => !element.closest('table, blockquote, figure'),
  );
  const real = marked.filter((element) => element.hasAttribute(HEADING_LEVEL_ATTRIBUTE));
  const sectionHeadings = real.length ? real : marked;
  const outline: OutlineEntry[] = [];
  for (const element of sectionHeadings) {
    const text = textOf(element);
    if (!text || BOILERPLATE_HEADING.test(text.replace(/[:.!?]+$/, ''))) continue;
    if (!outline.length && textSimilarity(text, title) > TITLE_SIMILARITY) continue;
    if (outline.at(-1)?.text === text) continue;
    outline.push({
      // Bold-paragraph subheadings are only used when there is no real heading, so they form the top level.
      level: element.hasAttribute(HEADING_LEVEL_ATTRIBUTE) ? levelOf(element) : 2,
      text,
      id: element.getAttribute(HEADING_ID_ATTRIBUTE) ?? '',
    });
  }
  return outline;
}

function levelOf(element: Element): number {
  return Number(element.getAttribute(HEADING_LEVEL_ATTRIBUTE));
}

/**
 * Depth of each entry in the nested outline: a heading nests under the nearest earlier heading of a smaller
 * level, so an h4 right under an h2 is one step deep, not two.
 */
export function outlineDepths(outline: readonly OutlineEntry[]): number[] {
  const open: number[] = [];
  return outline.map((entry) => {
    while (open.length && open.at(-1)! >= entry.level) open.pop();
    open.push(entry.level);
    return open.length - 1;
  });
}

/** The live page's element for an outline entry; falls back to a text match if the page changed since. */
export function findOutlineTarget(doc: Document, entry: Pick<OutlineEntry, 'id' | 'text'>): Element | null {
  const candidates = headingCandidates(doc).map(({ element }) => element);
  const listed = candidates[Number(entry.id.replace(/^h/, ''))];
  if (listed && textOf(listed) === entry.text) return listed;
  return candidates.find((element) => textOf(element) === entry.text) ?? null;
}
