/**
 * Journal article and abstract pages. Their article is the abstract (structured: Background, Methods,
 * Results…) and the body when the page has it; around it the publisher sets the reference list, often longer
 * than the abstract, and back matter: author information, rights and permissions, "About this article", the
 * buy box. Readability takes the longest block, so on such a page a reference list would win over a short
 * abstract: these sections go before it runs. The references are read into `sources` first (facts step), and
 * "Cited by" / "See also" lists are related reading (related.ts).
 */
import { HEADING_LEVEL_ATTRIBUTE } from '../page/headings';
import { textOf } from '../page/text';
import { labelText, type Vocabulary } from '../vocabulary/index';

/** Google Scholar (Highwire) and PRISM meta tags: journals declare their articles with them. */
const SCHOLARLY_META = /^(?:citation_(?:title|journal_title|doi|abstract_html_url|pdf_url)|prism\.(?:doi|publicationname))$/i;

export function isScholarly(metas: readonly Element[]): boolean {
  return metas.some((meta) => SCHOLARLY_META.test(meta.getAttribute('name') ?? meta.getAttribute('property') ?? ''));
}

/**
 * The reference list and back-matter sections of a journal page, each whole (its heading and what the heading
 * heads: the wrapper that opens with it, or the siblings up to the next heading of its level).
 */
export function backMatterSections(headings: readonly Element[], vocabulary: Vocabulary): Element[] {
  const label = vocabulary.whole('backMatterLabels', 'sourcesLabels');
  const sections: Element[] = [];
  for (const heading of headings) {
    const level = Number(heading.getAttribute(HEADING_LEVEL_ATTRIBUTE));
    if (!level || !label.test(labelText(textOf(heading))) || sections.some((section) => section.contains(heading))) continue;
    sections.push(...sectionOf(heading, level));
  }
  return sections;
}

function sectionOf(heading: Element, level: number): Element[] {
  const endsSection = (element: Element) => headingLevel(element) <= level || descendantHeadings(element).some((inner) => headingLevel(inner) <= level);
  // The largest wrapper that opens with the heading and holds no other heading of its level.
  let top = heading;
  for (let parent = top.parentElement; parent && !/^(?:body|main|article|html)$/.test(parent.localName); parent = parent.parentElement) {
    if (parent.firstElementChild !== top || descendantHeadings(parent).some((inner) => inner !== heading && headingLevel(inner) <= level)) break;
    top = parent;
  }
  if (top !== heading) return [top];
  const section = [heading];
  for (let next = heading.nextElementSibling; next && !endsSection(next); next = next.nextElementSibling) section.push(next);
  return section;
}

function headingLevel(element: Element): number {
  return Number(element.getAttribute(HEADING_LEVEL_ATTRIBUTE)) || 7;
}

function descendantHeadings(element: Element): Element[] {
  return Array.from(element.querySelectorAll(`[${HEADING_LEVEL_ATTRIBUTE}]`));
}
