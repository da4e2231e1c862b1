import { DEK_ATTRIBUTE, headingCandidates, HEADING_ID_ATTRIBUTE, HEADING_LEVEL_ATTRIBUTE } from '../page/headings';
import { closestWhere, collapseWhitespace, countWords, firstDescendant, isLinkWithHref, textOf, textSimilarity } from '../page/text';
import type { OutlineEntry } from '../types';
import { siteOf } from '../page/site';

/** A heading this similar to the title (shared words) repeats it. */
const TITLE_SIMILARITY = 0.75;

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
 * What the outline needs from the page: its furniture headings (from its vocabulary) and its address. Passed in,
 * so that this module stays small: the content script imports it to find headings again in the live page.
 */
export interface OutlineRules {
  isFurniture?: (text: string) => boolean;
  pageUrl?: string | null;
}

/** A first heading this long, before any prose and with no sibling section after it, is the story's dek. */
const MIN_DEK_WORDS = 8;

/**
 * The outline of the cleaned article: its marked headings in reading order, each at the level it acts as (2 for
 * the article's top sections, 3 for their subsections…, whatever tags the site used). Bold-paragraph subheadings
 * count only when the article has no real headings. Not in it: furniture headings ("Related", "Newsletter",
 * "References"), a heading repeating the title, a promo heading linking to another story of the site, and a
 * dek set as a heading (a sentence under the title, before any prose, that heads no section of its own; it is
 * marked as a dek in the article HTML). `pageUrl` tells this site's links from others.
 */
export function buildOutline(content: Element, title: string, { isFurniture = () => false, pageUrl = null }: OutlineRules = {}): OutlineEntry[] {
  const site = pageUrl ? siteOf(pageUrl) : null;
  const marked = Array.from(content.querySelectorAll(`[${HEADING_ID_ATTRIBUTE}]`)).filter(
    (element) => !element.closest('table, blockquote, figure') && !element.hasAttribute(DEK_ATTRIBUTE),
  );
  const entries = (elements: readonly Element[]) => {
    const found: { element: Element; entry: OutlineEntry }[] = [];
    for (const element of elements) {
      const text = textOf(element);
      if (!text || isFurniture(text) || isPromoHeading(element, text, site)) continue;
      if (!found.length && textSimilarity(text, title) > TITLE_SIMILARITY) continue;
      if (found.at(-1)?.entry.text === text) continue;
      // Bold-paragraph subheadings are only used when there is no real heading, so they form the top level.
      found.push({ element, entry: { level: element.hasAttribute(HEADING_LEVEL_ATTRIBUTE) ? levelOf(element) : 2, text, id: element.getAttribute(HEADING_ID_ATTRIBUTE) ?? '' } });
    }
    return found;
  };
  let found = entries(marked.filter((element) => element.hasAttribute(HEADING_LEVEL_ATTRIBUTE)));
  if (found[0] && isDek(content, found[0].element, found.map(({ entry }) => entry))) found.shift()!.element.setAttribute(DEK_ATTRIBUTE, '');
  if (!found.length) found = entries(marked.filter((element) => !element.hasAttribute(HEADING_LEVEL_ATTRIBUTE)));
  const outline = found.map(({ entry }) => entry);
  const depths = outlineDepths(outline);
  return outline.map((entry, index) => ({ ...entry, level: Math.min(6, 2 + depths[index]!) }));
}

/**
 * A heading that is one link to another page of this site is a promo of another story. (A listicle's heading
 * may link to the product on another site, and a table of contents links headings to themselves.)
 */
function isPromoHeading(heading: Element, text: string, site: string | null): boolean {
  const link = closestWhere(heading, isLinkWithHref) ?? firstDescendant(heading, isLinkWithHref);
  const href = link?.getAttribute('href') ?? '';
  return !!link && !!site && !href.includes('#') && textOf(link) === text && siteOf(href) === site;
}

/**
 * A dek (standfirst) set as a heading: the article's first heading, with no prose before it, that reads as a
 * sentence rather than a section name and is followed by no heading of its level.
 */
function isDek(content: Element, first: Element, outline: readonly OutlineEntry[]): boolean {
  const text = textOf(first);
  if (countWords(text) < MIN_DEK_WORDS || /[?:]$/.test(text) || outline.slice(1).some((entry) => entry.level <= outline[0]!.level)) return false;
  const range = content.ownerDocument.createRange();
  range.setStartBefore(content.firstChild ?? content);
  range.setEndBefore(first);
  return !collapseWhitespace(range.toString());
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
