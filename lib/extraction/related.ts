import { findDate } from '../health/dates';
import { HEADING_ID_ATTRIBUTE } from '../page/headings';
import { RELATED_CLASS_OR_ID, SHARE_HREF } from './removals';
import { closestWhere, countWords, descendantsWhere, firstDescendant, isHeadingElement, isLinkWithHref, linkDensity, textOf } from '../page/text';
import type { PageScan } from '../page/normalize';
import type { RelatedItem } from '../types';
import { ENGLISH, labelText, type Vocabulary } from '../vocabulary/index';

/** Text outside links a related item may carry (summary, byline, date). */
const MAX_TEXT_PER_ITEM = 400;
const MIN_LINK_DENSITY = 0.15;
/** Menus and page chrome hold link lists too; they are not related reading. */
const NAVIGATION = 'nav, [role="navigation"], [role="menu"], [role="menubar"], menu';
const MIN_ITEMS = 2;
/** Menus name sections in a word or two; article titles are longer. */
const MIN_TITLE_WORDS = 3;

export interface RelatedList {
  items: RelatedItem[];
  /** Elements that held the lists; the cleaner removes them so their headlines stay out of the text. */
  containers: Element[];
}

/** Collects the page's related-article lists (title, absolute URL, summary, date) before cleaning destroys them. */
export function collectRelated(doc: Document, baseUrl: string, pageUrl: string | null, scan?: PageScan, vocabulary: Vocabulary = ENGLISH): RelatedList {
  const items: RelatedItem[] = [];
  const containers: Element[] = [];
  const seen = new Set<string>(pageUrl ? [withoutHash(pageUrl)] : []);
  for (const container of findContainers(doc, vocabulary, scan)) {
    if (containers.some((chosen) => chosen.contains(container) || container.contains(chosen))) continue;
    const found = readCards(container, baseUrl, vocabulary);
    if (found.length < MIN_ITEMS || holdsArticleText(container, found.length)) continue;
    if (found.filter((item) => countWords(item.title) >= MIN_TITLE_WORDS).length * 2 < found.length) continue;
    containers.push(container);
    for (const item of found) {
      const key = withoutHash(item.url);
      const earlier = items.findIndex((other) => withoutHash(other.url) === key);
      // The same article listed twice (a right rail and a "Read this next" block): keep the richer entry.
      if (earlier >= 0) {
        if (richness(item) > richness(items[earlier]!)) items[earlier] = item;
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return { items, containers };
}

/**
 * A list of other articles is mostly links, with a short summary per item at most; a container with more
 * text than that is (or holds) an article, whatever its class or heading says.
 */
function holdsArticleText(container: Element, items: number): boolean {
  const length = textOf(container).length;
  const nonLink = length * (1 - linkDensity(container, length));
  return nonLink > MAX_TEXT_PER_ITEM * items || linkDensity(container, length) < MIN_LINK_DENSITY;
}

function findContainers(doc: Document, vocabulary: Vocabulary, scan?: PageScan): Element[] {
  const body = doc.body;
  if (!body) return [];
  const found: Element[] = [];
  for (const heading of scan?.headings ?? Array.from(body.querySelectorAll(`[${HEADING_ID_ATTRIBUTE}]`))) {
    // Anchored: "Related conditions" in prose is no list label.
    if (!vocabulary.whole('relatedLabels').test(labelText(textOf(heading)))) continue;
    const section = sectionOf(heading);
    if (section) found.push(section);
  }
  const named =
    scan?.relatedByName ??
    Array.from(body.querySelectorAll('[class], [id]')).filter((element) =>
      RELATED_CLASS_OR_ID.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`),
    );
  for (const element of named) {
    if (element.getElementsByTagName('a').length) found.push(element);
  }
  return found.filter((container) => !container.closest(NAVIGATION));
}

/**
 * The element a related heading introduces. The heading may sit alone in wrappers (`div > div > h3`), so first
 * climb to the largest wrapper holding nothing but the heading; then take that wrapper's parent when it holds
 * only the heading and the list (a `<section>`), otherwise the wrapper's next sibling.
 */
function sectionOf(heading: Element): Element | null {
  const label = textOf(heading);
  let top = heading;
  for (let parent = top.parentElement; parent && parent.localName !== 'body' && textOf(parent) === label; parent = parent.parentElement) top = parent;
  const parent = top.parentElement;
  if (parent && parent.localName !== 'body' && linksOutside(parent, heading) >= MIN_ITEMS && !holdsProse(parent, top)) {
    return parent;
  }
  const next = top.nextElementSibling;
  return next && firstDescendant(next, isLinkWithHref) ? next : null;
}

function linksOutside(container: Element, heading: Element): number {
  return descendantsWhere(container, isLinkWithHref).filter((link) => !heading.contains(link)).length;
}

/** A parent with paragraphs outside any link-bearing card is the article itself, not a list section. */
function holdsProse(container: Element, heading: Element): boolean {
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    if (child === heading || firstDescendant(child, isLinkWithHref) || child.localName === 'a') continue;
    if (countWords(textOf(child)) > 25) return true;
  }
  return false;
}

function readCards(container: Element, baseUrl: string, vocabulary: Vocabulary): RelatedItem[] {
  const links = descendantsWhere(container, isLinkWithHref).filter((link) => isArticleLink(link, baseUrl));
  if (!links.length) return [];
  const root = commonAncestor(links, container);
  const cards: Element[] = [];
  for (const link of links) {
    const card = cardOf(link, root);
    if (!cards.includes(card)) cards.push(card);
  }
  const items: RelatedItem[] = [];
  for (const card of cards) {
    const item = readCard(card, baseUrl, vocabulary);
    if (item) items.push(item);
  }
  return items;
}

function isArticleLink(link: Element, baseUrl: string): boolean {
  const href = link.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || SHARE_HREF.test(href)) return false;
  const url = absoluteUrl(href, baseUrl);
  return !!url && /^https?:$/.test(new URL(url).protocol);
}

function commonAncestor(elements: Element[], limit: Element): Element {
  let root = elements[0]?.parentElement ?? limit;
  while (root !== limit && !elements.every((element) => root.contains(element))) root = root.parentElement ?? limit;
  return root;
}

/** The child of the list root that holds this link: a card with its title, summary and date. */
function cardOf(link: Element, root: Element): Element {
  let card = link;
  while (card.parentElement && card.parentElement !== root) card = card.parentElement;
  return card;
}

/** Link texts that name no article: calls to action of a card ("Read more", "Weiterlesen", "Baca selengkapnya"). */
const isCallToAction = (text: string, vocabulary: Vocabulary) => vocabulary.whole('callsToAction').test(labelText(text));
/** Lines of a card that say who wrote or reviewed it, or when: not its summary. */
const isBylineLine = (text: string, vocabulary: Vocabulary) => vocabulary.lead('bylineWords', 'reviewedByLabels', 'publishedLabels', 'updatedLabels').test(text);
/** Elements whose class says they hold a card's headline. */
const TITLE_CLASS = /(^|[\s_-])(title|headline|heading|hed)(?=$|[\s_-])/i;

/** Where a card keeps its summary, and what inside such a block makes it a wrapper of several instead. */
const SUMMARY_TAGS = new Set(['p', 'div', 'span', 'a']);
const NESTED_BLOCK_TAGS = new Set(['p', 'div', 'time']);
/** Where a card without a <time> writes its date. */
const DATE_TAGS = new Set(['span', 'div', 'p', 'small']);
const isTime = (element: Element) => element.localName === 'time';

function readCard(card: Element, baseUrl: string, vocabulary: Vocabulary): RelatedItem | null {
  const links = (card.localName === 'a' ? [card] : descendantsWhere(card, isLinkWithHref)).filter((link) => isArticleLink(link, baseUrl));
  if (!links.length) return null;
  // The headline: a heading, else an element named as the title, else the first link that says something.
  const heading =
    firstDescendant(card, isHeadingElement) ?? firstDescendant(card, (element) => TITLE_CLASS.test(element.getAttribute('class') ?? '') && !!textOf(element));
  const titleLink =
    (heading && (closestWhere(heading, isLinkWithHref) ?? firstDescendant(heading, isLinkWithHref))) ||
    links.find((link) => textOf(link) && !isCallToAction(textOf(link), vocabulary)) ||
    links[0]!;
  const titleSource = heading ?? titleLink;
  const title =
    textOf(titleSource) || titleLink.getAttribute('title')?.trim() || firstDescendant(titleLink, (element) => element.localName === 'img')?.getAttribute('alt')?.trim() || '';
  const url = absoluteUrl(titleLink.getAttribute('href') ?? '', baseUrl);
  if (!title || !url) return null;

  const item: RelatedItem = { title, url };
  const summary = summaryOf(card, titleSource, vocabulary);
  if (summary) item.summary = summary;
  const date = dateOf(card, vocabulary);
  if (date) item.date = date;
  return item;
}

/** The card's longest text block besides its title: not a call to action, a byline or a bare date. */
function summaryOf(card: Element, title: Element, vocabulary: Vocabulary): string | null {
  let best = '';
  for (const block of descendantsWhere(card, (element) => SUMMARY_TAGS.has(element.localName))) {
    if (block.contains(title) || title.contains(block) || firstDescendant(block, (element) => NESTED_BLOCK_TAGS.has(element.localName)) || closestWhere(block, isTime)) continue;
    const text = textOf(block);
    if (countWords(text) < 5 || text.length <= best.length || isCallToAction(text, vocabulary) || isBylineLine(text, vocabulary) || findDate(text, vocabulary) === text) continue;
    best = text;
  }
  return best || null;
}

function dateOf(card: Element, vocabulary: Vocabulary): string | null {
  const time = firstDescendant(card, isTime);
  if (time) return findDate(time.getAttribute('datetime'), vocabulary) ?? findDate(textOf(time), vocabulary);
  for (const element of descendantsWhere(card, (candidate) => DATE_TAGS.has(candidate.localName))) {
    if (element.childElementCount) continue;
    const text = textOf(element);
    if (text.length <= 40) {
      const date = findDate(text, vocabulary);
      if (date) return date;
    }
  }
  return null;
}

export function absoluteUrl(href: string, baseUrl: string): string | null {
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return null;
  }
}

function richness(item: RelatedItem): number {
  return (item.summary ? 2 : 0) + (item.date ? 1 : 0);
}

export function withoutHash(url: string): string {
  return url.replace(/#.*$/, '');
}
