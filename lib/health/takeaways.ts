/**
 * The page's own takeaways box ("Key takeaways", "At a glance"), read before cleaning with the other facts:
 * Readability drops `<aside>` boxes. Its items become the key points (keypoints.ts) when the page has one.
 */
import { HEADING_ID_ATTRIBUTE } from '../page/headings';
import { indexPage, textData, type PageIndex } from '../page/page-index';
import { countWords, isBlank, linkDensity, outermostWithText, textOf } from '../page/text';
import { labelText } from '../vocabulary/index';
import type { OtherContentTest } from './facts';
import { splitSentences } from './sentences';

export const MAX_KEY_POINTS = 5;
export const MAX_KEY_POINT_WORDS = 50;

/** The page's own summary box, read before cleaning (Readability drops `<aside>` boxes). */
export interface Takeaways {
  items: string[];
  /** Outline position (the `h<N>` number) of the last heading before the box; -1 when none precedes it. */
  position: number;
}

const TAKEAWAYS_CLASS = /(?:^|[\s_-])(?:key-?takeaways?|takeaways?|key-?points|at-?a-?glance|tldr|summary-?box|article-?summary|key-?facts)(?=$|[\s_-])/i;
const MAX_LABEL_CHARS = 30;
const MIN_BOX_ITEMS = 2;
/**
 * The page's own "Key takeaways" / "Summary" / "At a glance" box: a list under such a label, or in a container
 * whose class says so. Exactly one such list makes a page-level box; several are per-section summaries, and a
 * label over prose ("Summary" blockquotes closing a section) is no box. Other content (sidebars, other articles'
 * cards) never counts.
 */
export function findTakeaways(doc: Document, isOther: OtherContentTest, page: PageIndex = indexPage(doc), texts: readonly string[] = textData(page)): Takeaways | null {
  const lists = new Set<Element>();
  // Anchored: "Summary of the evidence" is a section, not a box.
  const boxLabel = page.vocabulary.whole('keyPointsLabels');
  texts.forEach((value, index) => {
    if (value.length > MAX_LABEL_CHARS || isBlank(value) || !boxLabel.test(labelText(value))) return;
    const parent = page.texts[index]!.parentElement;
    const list = parent && listAfter(outermostWithText(parent, textOf(parent), BOX_TITLE_STOP));
    if (list) lists.add(list);
  });
  for (const { element: box, names } of page.named) {
    if (!TAKEAWAYS_CLASS.test(names)) continue;
    const list = box.querySelector('ul, ol');
    if (list && !Array.from(lists).some((known) => known.contains(list) || list.contains(known))) lists.add(list);
  }
  const boxes = Array.from(lists).filter((list) => !isOther(list) && !mostlyLinks(list));
  if (boxes.length !== 1) return null;
  const box = boxes[0]!;
  const items = Array.from(box.children)
    .filter((child) => child.localName === 'li')
    .map((item) => fitKeyPoint(textOf(item)))
    .filter(Boolean);
  return items.length >= MIN_BOX_ITEMS ? { items: items.slice(0, MAX_KEY_POINTS), position: headingPosition(page, box) } : null;
}

/** A list of links ("Highlights" of a video player, a menu) states nothing. */
export const mostlyLinks = (element: Element): boolean => linkDensity(element) > 0.5;
/** A takeaways label climbs to its largest same-text ancestor (the box title), short of the body. */
const BOX_TITLE_STOP = new Set(['body']);

/** The list a label introduces: its next sibling, or the one list filling that sibling; climbs out of title wrappers. */
function listAfter(label: Element): Element | null {
  let element: Element | null = label;
  for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    const next = element.nextElementSibling;
    if (!next) continue;
    if (next.localName === 'ul' || next.localName === 'ol') return next;
    const inner = next.querySelectorAll('ul, ol');
    return inner.length === 1 && textOf(inner[0]).length === textOf(next).length ? inner[0]! : null;
  }
  return null;
}

/** The outline position of the last marked heading at or before `element`. */
function headingPosition(page: PageIndex, element: Element): number {
  let position = -1;
  for (const heading of page.headings) {
    if (!(heading.compareDocumentPosition(element) & 4)) break;
    position = outlinePosition(heading.getAttribute(HEADING_ID_ATTRIBUTE));
  }
  return position;
}

export function outlinePosition(id: string | null): number {
  return Number((id ?? '').slice(1));
}

/** An item of at most 50 words: the item, else its first sentence, else its first 50 words and "…". */
function fitKeyPoint(text: string): string {
  if (countWords(text) <= MAX_KEY_POINT_WORDS) return text;
  const first = splitSentences(text)[0] ?? text;
  if (countWords(first) <= MAX_KEY_POINT_WORDS) return first;
  return `${text.split(' ').slice(0, MAX_KEY_POINT_WORDS).join(' ')}…`;
}
