import { collapseWhitespace, copyAttributes, isHeadingElement } from './text';

/** Attributes written on the clone only; they carry what Readability would lose (level, live position). */
export const HEADING_ID_ATTRIBUTE = 'data-hao-id';
export const HEADING_LEVEL_ATTRIBUTE = 'data-hao-level';
export const PSEUDO_HEADING_ATTRIBUTE = 'data-hao-pseudo';
/** On a heading the page names as its dek, kicker or subtitle: a heading element, but no section. */
export const DEK_ATTRIBUTE = 'data-hao-dek';
const DEK_CLASS = /(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|sub-?headline|strapline|kicker|eyebrow|overline|tagline)(?=$|[\s_-])/i;

/** A heading whose class names it a dek, kicker or subtitle ("<h2 class="article-dek">"). */
export const isDekHeading = (heading: Element): boolean => DEK_CLASS.test(heading.getAttribute('class') ?? '');

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

/** A bold line of more words than this is emphasis, not a heading… */
const MAX_PSEUDO_HEADING_WORDS = 12;
/** …unless it asks a question: an interview's questions head its answers, and some take three sentences. */
const MAX_QUESTION_HEADING_WORDS = 60;

/**
 * A paragraph that is nothing but one bold run ("<p><strong>Symptoms</strong></p>") is how many CMSs write a
 * subheading, and Q&A interviews write their questions. Returns the heading text, or null when the element is
 * not one: a bold sentence ending in a stop or colon is emphasis or a lead-in.
 */
export function pseudoHeadingText(paragraph: Element): string | null {
  const text = collapseWhitespace(paragraph.textContent ?? '');
  if (!text || text !== collapseWhitespace(paragraph.firstElementChild?.textContent ?? '')) return null;
  const words = text.split(' ').length;
  if (text.includes('?')) return words <= MAX_QUESTION_HEADING_WORDS ? text : null;
  if (words > MAX_PSEUDO_HEADING_WORDS || /[.,;!]$/.test(text)) return null;
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
 * Readability takes the block with the most prose and may leave out the heading just before it (a journal's
 * "Abstract" over the abstract's content block). Before it runs: each real heading by the element right after
 * it, to put the heading back in `restoreLeadingHeading`.
 */
export function headingsByNextElement(headings: Iterable<Element>): Map<Element, Element> {
  const byNext = new Map<Element, Element>();
  for (const heading of headings) {
    const next = heading.nextElementSibling;
    // Not the page's h1: Readability leaves that out on purpose, as the title.
    if (next && Number(heading.getAttribute(HEADING_LEVEL_ATTRIBUTE)) > 1) byNext.set(next, heading);
  }
  return byNext;
}

/** The heading that stood right before the article's first block, put back at its top when Readability left it out. */
export function restoreLeadingHeading(content: Element, byNext: ReadonlyMap<Element, Element>): void {
  let first = content.firstElementChild;
  while (first && !byNext.has(first) && first.children.length === 1 && first.firstElementChild) first = first.firstElementChild;
  const heading = first && byNext.get(first);
  if (!first || !heading || content.contains(heading)) return;
  first.before(heading);
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
