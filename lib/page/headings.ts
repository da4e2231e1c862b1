import { collapseWhitespace, copyAttributes, isHeadingElement } from './text';

/** Attributes written on the clone only; they carry what Readability would lose (level, live position). */
export const HEADING_ID_ATTRIBUTE = 'data-hao-id';
export const HEADING_LEVEL_ATTRIBUTE = 'data-hao-level';
export const PSEUDO_HEADING_ATTRIBUTE = 'data-hao-pseudo';

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
    copyAttributes(heading, restored);
    restored.append(...Array.from(heading.childNodes));
    heading.replaceWith(restored);
  }
}
