import { headingCandidates, HEADING_ID_ATTRIBUTE, HEADING_LEVEL_ATTRIBUTE } from '../page/headings';
import { collapseWhitespace, firstDescendant, textOf, textSimilarity } from '../page/text';
import type { OutlineEntry } from '../types';
import { ENGLISH, isFurnitureHeading, type Vocabulary } from '../vocabulary/index';

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
 * The outline of the cleaned article: its marked headings in reading order at their original levels.
 * Bold-paragraph subheadings count only when the article has no real headings.
 */
export function buildOutline(content: Element, title: string, vocabulary: Vocabulary = ENGLISH): OutlineEntry[] {
  const marked = Array.from(content.querySelectorAll(`[${HEADING_ID_ATTRIBUTE}]`)).filter(
    (element) => !element.closest('table, blockquote, figure'),
  );
  const real = marked.filter((element) => element.hasAttribute(HEADING_LEVEL_ATTRIBUTE));
  const sectionHeadings = real.length ? real : marked;
  const outline: OutlineEntry[] = [];
  for (const element of sectionHeadings) {
    const text = textOf(element);
    if (!text || isFurnitureHeading(vocabulary, text)) continue;
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
