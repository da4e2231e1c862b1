import { findDate } from '../health/dates';
import { RELATED_CLASS_OR_ID, SHARE_HREF } from './removals';
import { blockText, closestWhere, collapseWhitespace, countWords, descendantsWhere, ELEMENT_NODE, firstDescendant, isHeadingElement, isLinkWithHref, linkDensity, outermostWithText, TEXT_NODE, textOf } from '../page/text';
import type { PageScan } from '../page/normalize';
import { siteOf } from '../page/site';
import type { RelatedItem } from '../types';
import { ENGLISH, labelText, perVocabulary, type Vocabulary } from '../vocabulary/index';

/** Text outside links a related item may carry (summary, byline, date). */
const MAX_TEXT_PER_ITEM = 400;
const MIN_LINK_DENSITY = 0.15;
/** A label is short: "Related", "Lesen Sie auch", "More from Sleep Health". */
const MAX_LABEL = 60;
const MAX_LABEL_PARTS = 3;
/** A link naming a widget is a word or three ("Read more", "More stories"). */
const MAX_LINK_LABEL_WORDS = 3;
/** A label set in parts sits in a wrapper or two, not deeper. */
const MAX_LABEL_WRAPPERS = 3;
/** A text node this long may still open an inline box ("RELATED: <the linked headline>"). */
const MAX_INLINE_LABEL_NODE = 200;
/** An inline related box is a line or two: its label and one or two linked headlines. */
const MAX_INLINE_BOX = 400;
const MIN_INLINE_LINK_SHARE = 0.5;
/** A class name alone is a weak hint: such a container must list at least this many articles. */
const MIN_NAMED_ITEMS = 2;
/** Headlines are a few words; menus name sections in one or two. */
const MIN_HEADLINE_WORDS = 3;
const MIN_LABELLED_HEADLINE_WORDS = 2;
const MAX_HEADLINE_WORDS = 30;
/** A short lead-in an in-body list item may carry before its link ("A SIMPLE GUIDE: …"). */
const MAX_LEAD_IN = 30;
/** A card's section link names it in a word or few ("Lung Cancer Symptoms"). */
const MAX_SECTION_WORDS = 4;
/** A block of more words than this is prose. */
const PROSE_WORDS = 25;
/** Around an in-body list: a paragraph of prose this long. */
const MIN_PROSE_WORDS = 12;
/** An unlabelled list beside the article counts when it is this long and mostly on the article's topic. */
const MIN_SIDEBAR_ITEMS = 3;
const MIN_TOPIC_SHARE = 0.6;
const MIN_TOPIC_WORD = 4;
/** Where a label's block may be an inline related box. */
const BOX_TAGS = new Set(['p', 'div', 'li', 'td', 'aside', 'blockquote', 'section', 'figure']);
/** What sets a label apart from the headline it leads: "RELATED: …", "Read also | …". */
const LABEL_SEPARATOR = /^\s*[:|–—]/;
const isLink = (element: Element) => element.localName === 'a';
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar']);
const LIST_TAGS = new Set(['ul', 'ol']);
const PAGE_LEVEL = new Set(['body', 'main', 'html']);

export type RelatedGroup = 'related' | 'charts';

export interface RelatedList {
  items: RelatedItem[];
  /**
   * Elements the cleaner removes so their headlines stay out of the text: the related lists and boxes the items
   * come from, and empty related shells ('related'); site-wide charts and sponsored widgets, found by their
   * label and never listed ('charts').
   */
  containers: { element: Element; group: RelatedGroup }[];
}

/** What the readers of one page share. */
interface Context {
  baseUrl: string;
  pageKey: string | null;
  /** The page's site: the name part of its registrable domain (bbc.com and bbc.co.uk are one site). */
  site: string | null;
  vocabulary: Vocabulary;
  /** Content words of the article's title: an unlabelled list beside it must share them. */
  topic: ReadonlySet<string>;
  /** Addresses of the site's author, tag, topic and search pages: not articles. */
  listingPath: RegExp;
  /** `isArticleLink` per link already judged: a list's links are judged again for each card. */
  articleLinks: Map<Element, boolean>;
}

const listingPathOf = perVocabulary((vocabulary) => new RegExp(`/${vocabulary.source('listingPaths')}(?:/|$)`, 'i'));

/**
 * Collects the page's related reading (title, absolute URL, summary, date) before cleaning destroys it. Related
 * reading is found by what it is, not by class names alone:
 * - a label in the page's language ("Related", "Read next", "Lesen Sie auch", "Berita terkait"), then one or more
 *   same-site links whose text reads like a headline: a list, grid, card set or single box after the label;
 * - an inline box inside the body led by such a label ("Baca juga: …", "RELATED: …"), and a bracketed headline
 *   link in a paragraph ("… [Seven myths about sleep]");
 * - a list of headline links standing between the body's paragraphs, and a list of them beside the article
 *   that is on its topic;
 * - a container whose class says related reading, when it lists headline links.
 * Site-wide charts and paid widgets ("Most read", "Trending", "Around the web") are found the same way, by their
 * label, and only removed. A related label over no links (a shell a script would fill) gives nothing.
 */
export function collectRelated(doc: Document, baseUrl: string, pageUrl: string | null, scan?: PageScan, vocabulary: Vocabulary = ENGLISH): RelatedList {
  const found: { element: Element; group: RelatedGroup; items: RelatedItem[] }[] = [];
  const body = doc.body;
  if (!body) return { items: [], containers: [] };
  const context: Context = {
    baseUrl,
    pageKey: pageUrl ? itemKey(pageUrl) : null,
    site: siteOf(pageUrl ?? baseUrl),
    vocabulary,
    topic: topicWords(scan?.index.h1s.find((h1) => textOf(h1)) ?? null, doc, vocabulary),
    listingPath: listingPathOf(vocabulary),
    articleLinks: new Map(),
  };
  const claimed = (element: Element) => found.some((entry) => entry.element.contains(element) || element.contains(entry.element));
  const add = (element: Element, group: RelatedGroup, items: RelatedItem[]) => {
    if (!claimed(element)) found.push({ element, group, items });
  };

  const elements = scan?.elements ?? descendantsWhere(body, () => true);
  findByText(scan?.index.texts ?? textNodes(body), context, add);
  for (const element of scan?.relatedByName ?? elements.filter(isRelatedByName)) {
    if (claimed(element) || inNavigation(element)) continue;
    const items = readCards(element, context);
    if (items.length >= MIN_NAMED_ITEMS && !holdsArticleText(element, items.length)) add(element, 'related', items);
  }
  for (const element of elements) {
    if (!LIST_TAGS.has(element.localName) || claimed(element)) continue;
    const items = unlabelledList(element, context);
    if (items) add(element, 'related', items);
  }

  // In document order, each address once: the same article in a right rail and a "Read this next" block keeps
  // its richer entry.
  found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  const items: RelatedItem[] = [];
  const keys = new Map<string, number>();
  for (const item of found.flatMap((entry) => entry.items)) {
    const key = itemKey(item.url);
    const earlier = keys.get(key);
    if (earlier !== undefined) {
      if (richness(item) > richness(items[earlier]!)) items[earlier] = item;
      continue;
    }
    keys.set(key, items.length);
    items.push(item);
  }
  return { items, containers: found.map(({ element, group }) => ({ element, group })) };
}

/**
 * What the page's short texts announce: a label of related reading, a chart or a paid widget that is a whole
 * block introduces the list after it (or the section around both); a label that leads a short, mostly linked
 * block makes that block an inline box; an opening bracket before a link may make a bracketed related link.
 */
function findByText(texts: readonly Text[], context: Context, add: (element: Element, group: RelatedGroup, items: RelatedItem[]) => void): void {
  const { vocabulary } = context;
  const related = vocabulary.whole('relatedLabels');
  const charts = vocabulary.whole('popularLabels', 'sponsoredLabels');
  const inline = vocabulary.lead('relatedLabels');
  const kindOf = (label: string): RelatedGroup | null => (charts.test(label) ? 'charts' : related.test(label) ? 'related' : null);
  const checked = new Set<Element>();
  const labels: { label: Element; kind: RelatedGroup }[] = [];
  for (const node of texts) {
    const raw = node.data;
    if (raw.endsWith('[') && node.nextSibling?.nodeType === ELEMENT_NODE && (node.nextSibling as Element).localName === 'a') {
      const link = node.nextSibling as Element;
      const item = bracketedLink(link, context);
      if (item) add(link, 'related', [item]);
      continue;
    }
    if (raw.length > MAX_INLINE_LABEL_NODE) continue;
    const own = raw.trim();
    if (own.length < 3) continue;
    // The node's own words first: only a label, or a label's first word, needs a look at its element. (A label
    // split over inline parts, "Related <span>stories</span>", opens with a label word.)
    const ownLabel = own.length <= MAX_LABEL ? labelText(own) : '';
    const ownKind = ownLabel ? kindOf(ownLabel) : null;
    const parent = node.parentElement;
    const lead = inline.exec(own);
    // Inside a link, label words open a box only with a separator after them ("RELATED: Seven myths …"):
    // "Don't miss these early signs of …" is a headline.
    const leads = !!lead && (!parent || !closestWhere(parent, isLink) || LABEL_SEPARATOR.test(own.slice(lead[0].length)));
    if (!ownKind && !leads) continue;
    if (!parent || checked.has(parent)) continue;
    checked.add(parent);
    const text = !parent.firstElementChild ? collapseWhitespace(raw) : parent.childElementCount <= MAX_LABEL_PARTS ? textOf(parent) : '';
    // A link of several words that reads like a label ("More about ALK-positive lung cancer") is a headline.
    const headlineLink = countWords(text) > MAX_LINK_LABEL_WORDS && !!closestWhere(parent, isLink);
    const kind = text && text.length <= MAX_LABEL && !headlineLink ? kindOf(labelText(text)) : null;
    if (kind) {
      const top = wholeLabel(outermostWithText(parent, text, PAGE_LEVEL), kind, kindOf);
      if (!inNavigation(top)) labels.push({ label: top, kind: kind === 'related' && siteWideSidebar(top, text, context) ? 'charts' : kind });
      continue;
    }
    if (!leads) continue;
    const box = closestWhere(parent, (element) => BOX_TAGS.has(element.localName));
    if (!box || PAGE_LEVEL.has(box.localName)) continue;
    const boxText = textOf(box);
    if (boxText.length > MAX_INLINE_BOX || linkDensity(box, boxText.length) < MIN_INLINE_LINK_SHARE) continue;
    const items = readCards(box, context, true);
    if (items.length) add(box, 'related', items.map((item) => ({ ...item, title: withoutLabel(item.title, inline) })));
  }
  // A "Read more" link on a card names no widget.
  const labelElements = labels.map(({ label }) => label).filter((label) => label.localName !== 'a' && !firstDescendant(label, isLinkWithHref));
  for (const { label, kind } of labels) labelled(label, kind, context, add, labelElements);
}

/**
 * A sidebar that names the site itself ("More from Clinic Notes" on clinicnotes.example) lists the whole site's stories,
 * not reading related to this article; the same words over a box in the body are the editors' choice for it.
 */
function siteWideSidebar(label: Element, text: string, context: Context): boolean {
  if (!context.site || !closestWhere(label, isSidebar)) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((_, index) => index > 0 && words.slice(index).join('') === context.site);
}

const isSidebar = (element: Element) => element.localName === 'aside' || element.getAttribute('role') === 'complementary';

/**
 * A label set in parts of their own ("<p>Read more</p><p>about maternal health</p>") is their wrapper: what
 * follows the wrapper is what it introduces. Climbs while the wrapper is a short text without links that reads
 * as the same kind of label.
 */
function wholeLabel(label: Element, kind: RelatedGroup, kindOf: (label: string) => RelatedGroup | null): Element {
  let whole = label;
  let levels = 0;
  for (let parent = whole.parentElement; parent && !PAGE_LEVEL.has(parent.localName) && levels++ < MAX_LABEL_WRAPPERS; parent = parent.parentElement) {
    // Its parts are blocks, which markup may set with no space between them.
    const text = collapseWhitespace(blockText(parent, MAX_LABEL));
    if (text.length > MAX_LABEL || firstDescendant(parent, isLinkWithHref) || kindOf(labelText(text)) !== kind) break;
    whole = parent;
  }
  return whole;
}

/** What a whole-block label introduces, collected (related reading) or only removed (charts, empty shells). */
function labelled(label: Element, group: RelatedGroup, context: Context, add: (element: Element, group: RelatedGroup, items: RelatedItem[]) => void, labels: readonly Element[]): void {
  const section = sectionOf(label, labels);
  if (!section) {
    // A label over nothing: a widget a script would fill ("More from …", "Trending"). A label heading prose is
    // a section of the article with a name like furniture, and stays.
    const next = label.nextElementSibling;
    if (!(next && holdsProse(next, null)) && (!firstDescendant(label, isLinkWithHref) || label.localName === 'a')) add(label, group, []);
    return;
  }
  const links = descendantsWhere(section, isLinkWithHref).filter((link) => !label.contains(link));
  if (!links.length) {
    add(section, group, []);
    return;
  }
  if (holdsArticleText(section, Math.max(links.length, 1))) return;
  if (group === 'charts') {
    add(section, group, []);
    return;
  }
  const items = readCards(section, context, false, label);
  if (items.length) add(section, group, items);
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

/**
 * The element a label introduces. The label may sit alone in wrappers (`div > div > h3`), which `label` already
 * is the largest of; its parent is the section when it holds only the label and the list (or, for an empty
 * shell, only the label and placeholders), otherwise the label's next sibling.
 */
function sectionOf(label: Element, labels: readonly Element[]): Element | null {
  const parent = label.parentElement;
  // A parent holding another label with links between the two is a column of widgets: each label introduces only
  // what follows it. (Two labels together, "Related stories" over "Read this next", name one list.)
  const shared = !!parent && labels.some((other) => other !== label && parent.contains(other) && linkBetween(parent, label, other));
  if (parent && !shared && !PAGE_LEVEL.has(parent.localName) && parent.localName !== 'article' && !holdsProse(parent, label)) {
    const links = descendantsWhere(parent, isLinkWithHref).filter((link) => !label.contains(link));
    if (links.length || textOf(parent).length <= MAX_TEXT_PER_ITEM) return parent;
  }
  const next = label.nextElementSibling;
  return next && !isProse(next) && !holdsProse(next, null) && (firstDescendant(next, isLinkWithHref) || textOf(next).length <= MAX_TEXT_PER_ITEM) ? next : null;
}

/** A link inside `container` that comes after the first of the two labels (outside it) and before the second. */
function linkBetween(container: Element, one: Element, other: Element): boolean {
  const [first, last] = one.compareDocumentPosition(other) & 4 ? [one, other] : [other, one];
  return !!firstDescendant(container, (link) => isLinkWithHref(link) && !!(first.compareDocumentPosition(link) & 4) && !first.contains(link) && !!(link.compareDocumentPosition(last) & 4));
}

/** A container with paragraphs outside any link-bearing card is the article itself, not a list section. */
function holdsProse(container: Element, label: Element | null): boolean {
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    if (child === label || firstDescendant(child, isLinkWithHref) || child.localName === 'a') continue;
    if (isProse(child)) return true;
  }
  return false;
}

/**
 * A paragraph's worth of words in one block: prose. Headlines and placeholders are short, however many a box
 * stacks up.
 */
function isProse(element: Element): boolean {
  if (countWords(textOf(element)) <= PROSE_WORDS) return false;
  if (element.localName === 'p' || !element.firstElementChild) return true;
  return !!firstDescendant(element, (inner) => inner.localName === 'p' && countWords(textOf(inner)) > PROSE_WORDS);
}

/**
 * A list whose every item is one headline link to this site (perhaps after a short lead-in, "A SIMPLE GUIDE: …"):
 * between the body's paragraphs it is related reading; beside the article, only when it is on the article's
 * topic (a site-wide feed is not).
 */
function unlabelledList(list: Element, context: Context): RelatedItem[] | null {
  // A sibling walk: a browser makes every read of a live `children` collection a call into the DOM.
  const entries: Element[] = [];
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'li') entries.push(child);
  if (!entries.length || inNavigation(list) || closestWhere(list, isPageChrome)) return null;
  const items: RelatedItem[] = [];
  for (const entry of entries) {
    const article = entryArticle(descendantsWhere(entry, isLinkWithHref), context);
    if (!article) return null;
    const title = textOf(article.link);
    const text = article.sections.reduce((rest, section) => withoutEnd(rest, textOf(section)), textOf(entry));
    const leadIn = text.slice(0, text.length - title.length);
    if (!title || !text.endsWith(title) || (leadIn && (leadIn.length > MAX_LEAD_IN || !/:\s*$/.test(leadIn))) || !readsLikeHeadline(title, context)) return null;
    items.push({ title, url: article.url });
  }
  if (betweenProse(list)) return items;
  if (items.length < MIN_SIDEBAR_ITEMS) return null;
  const onTopic = items.filter((item) => sharesTopic(item.title, context)).length;
  return onTopic >= items.length * MIN_TOPIC_SHARE ? items : null;
}

/**
 * The one article a list entry links to, and the links that only name its section. A card may link the same
 * article from its picture and its headline (the headline is the link with text) and name the section it is
 * filed under in a word or few, linking a folder above the article ("Sleep Problems" → /sleep/problems/
 * beside /sleep/insomnia-in-adults/a/overview.htm).
 */
function entryArticle(links: readonly Element[], context: Context): { link: Element; url: string; sections: Element[] } | null {
  // Each address parsed once, not once per pair compared.
  const entries = links.map((link) => ({ link, parsed: parsedUrl(link.getAttribute('href')!, context.baseUrl) }));
  const sections: Element[] = [];
  const articles: { link: Element; url: string | null }[] = [];
  entries.forEach(({ link, parsed }, index) => {
    const section = !!parsed && countWords(textOf(link)) <= MAX_SECTION_WORDS && entries.some((other, at) => at !== index && !!other.parsed && isSectionOf(parsed, other.parsed));
    if (section) sections.push(link);
    else articles.push({ link, url: parsed?.href ?? null });
  });
  const url = articles[0]?.url;
  if (!url || !articles.every((entry) => entry.url === url && isArticleLink(entry.link, context))) return null;
  const headlines = articles.filter(({ link }) => textOf(link));
  return headlines.length === 1 ? { link: headlines[0]!.link, url, sections } : null;
}

/** `text` without `part` where it opens or closes it (a card's section name, before or after its headline). */
function withoutEnd(text: string, part: string): string {
  if (text.endsWith(part)) return text.slice(0, text.length - part.length).trim();
  return text.startsWith(part) ? text.slice(part.length).trim() : text;
}

/** `parent` is a folder address on `child`'s host, fewer levels deep ("/sleep/problems/" beside "/sleep/x/a/y.htm"). */
function isSectionOf(parent: URL, child: URL): boolean {
  const depth = (path: string) => path.split('/').filter(Boolean).length;
  return parent.host === child.host && parent.pathname.endsWith('/') && depth(parent.pathname) >= 1 && depth(parent.pathname) < depth(child.pathname);
}

/** A paragraph of prose right before or after `element` (skipping one figure or ad slot). */
function betweenProse(element: Element): boolean {
  const prose = (sibling: Element | null) => !!sibling && sibling.localName === 'p' && countWords(textOf(sibling)) >= MIN_PROSE_WORDS;
  const before = element.previousElementSibling;
  const after = element.nextElementSibling;
  return prose(before) || prose(after) || prose(before?.previousElementSibling ?? null) || prose(after?.nextElementSibling ?? null);
}

/** `… [<a>Seven myths about sleep</a>] …`: a bracketed headline link in a paragraph, the brackets taken with it. */
function bracketedLink(link: Element, context: Context): RelatedItem | null {
  const before = link.previousSibling;
  const after = link.nextSibling;
  if (after?.nodeType !== TEXT_NODE) return null;
  const opening = (before as Text).data;
  const closing = (after as Text).data;
  if (!/\[\s*$/.test(opening) || !/^\s*\]/.test(closing) || !link.hasAttribute('href') || !isArticleLink(link, context)) return null;
  const title = textOf(link);
  const url = absoluteUrl(link.getAttribute('href')!, context.baseUrl);
  if (!url || !readsLikeHeadline(title, context)) return null;
  (before as Text).data = opening.replace(/\[\s*$/, '');
  (after as Text).data = closing.replace(/^\s*\]/, '');
  return { title, url };
}

function readCards(container: Element, context: Context, inline = false, label: Element | null = null): RelatedItem[] {
  const links = descendantsWhere(container, isLinkWithHref).filter((link) => !label?.contains(link) && isArticleLink(link, context));
  if (!links.length) return [];
  const read = cardsOf(links, commonAncestor(links, container), context)
    .map((card) => readCard(card, context))
    .filter((item) => item !== null);
  // An inline box's link text may carry its label ("RELATED: …"), which the headline test need not see.
  if (inline) return read;
  const items = read.filter((item) => readsLikeHeadline(item.title, context));
  // Mostly names of a word or two: a list of topics or sections, not of articles.
  if (items.length * 2 < read.length) return [];
  // Under a label, among headlines, a two-word title is one more article ("Achtung, ansteckend!", a gallery).
  return label ? read.filter((item) => readsLikeHeadline(item.title, context, MIN_LABELLED_HEADLINE_WORDS)) : items;
}

/** A link to another article of this site: not an anchor, a share button, an author, tag or topic page. */
function isArticleLink(link: Element, context: Context): boolean {
  let judged = context.articleLinks.get(link);
  if (judged === undefined) context.articleLinks.set(link, (judged = judgeArticleLink(link, context)));
  return judged;
}

function judgeArticleLink(link: Element, context: Context): boolean {
  const href = link.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || SHARE_HREF.test(href)) return false;
  const parsed = parsedUrl(href, context.baseUrl);
  if (!parsed) return false;
  const url = parsed.href;
  if (!/^https?:$/.test(parsed.protocol) || context.listingPath.test(parsed.pathname) || parsed.pathname === '/') return false;
  return itemKey(url) !== context.pageKey && (!context.site || siteOf(url) === context.site);
}

/** A few words that are neither a call to action nor a bare date. */
function readsLikeHeadline(title: string, context: Context, minWords = MIN_HEADLINE_WORDS): boolean {
  const words = countWords(title);
  return words >= minWords && words <= MAX_HEADLINE_WORDS && !isCallToAction(title, context.vocabulary) && findDate(title, context.vocabulary) !== collapseWhitespace(title);
}

function sharesTopic(title: string, context: Context): boolean {
  return contentWords(title, context.vocabulary).some((word) => context.topic.has(word));
}

function topicWords(h1: Element | null, doc: Document, vocabulary: Vocabulary): Set<string> {
  return new Set(contentWords(h1 ? textOf(h1) : doc.title, vocabulary));
}

/** Lower-cased words of a few letters that are not function words; a plural "s" dropped so "band" meets "bands". */
function contentWords(text: string, vocabulary: Vocabulary): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= MIN_TOPIC_WORD && !vocabulary.isFunctionWord(word)).map((word) => word.replace(/s$/, ''));
}

/** The label's words dropped from an inline item's title ("RELATED: Seven myths" → "Seven myths"). */
function withoutLabel(title: string, lead: RegExp): string {
  const match = lead.exec(title);
  return match ? title.slice(match[0].length).replace(/^[\s:|–—-]+/, '') || title : title;
}


const isRelatedByName = (element: Element) => RELATED_CLASS_OR_ID.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);

/** Inside a menu: menus and page chrome hold link lists too; they are not related reading. */
function inNavigation(element: Element): boolean {
  return !!closestWhere(element, (candidate) => candidate.localName === 'nav' || candidate.localName === 'menu' || NAVIGATION_ROLES.has(candidate.getAttribute('role') ?? ''));
}

/** The page's own header and footer: their lists are site links, never related reading without a label. */
const isPageChrome = (element: Element) => element.localName === 'header' || element.localName === 'footer';

function textNodes(root: Element): Text[] {
  const found: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
}

function commonAncestor(elements: Element[], limit: Element): Element {
  let root = elements[0]?.parentElement ?? limit;
  while (root !== limit && !elements.every((element) => root.contains(element))) root = root.parentElement ?? limit;
  return root;
}

/**
 * The cards of a list: the children of the list root that hold its links, each with its title, summary and date.
 * A child linking to several articles is a row or column of cards, and is split the same way.
 */
function cardsOf(links: readonly Element[], root: Element, context: Context): Element[] {
  const byCard = new Map<Element, Element[]>();
  for (const link of links) {
    let card = link;
    while (card.parentElement && card.parentElement !== root) card = card.parentElement;
    byCard.set(card, [...(byCard.get(card) ?? []), link]);
  }
  // A card's byline links to its author ("Written by <a>Jane Doe</a>"): that is not a second article.
  const articles = (cardLinks: Element[]) => new Set(cardLinks.filter((link) => !isBylineLine(textOf(link.parentElement), context.vocabulary)).map((link) => link.getAttribute('href'))).size;
  return [...byCard].flatMap(([card, cardLinks]) => (card !== cardLinks[0] && articles(cardLinks) > 1 ? cardsOf(cardLinks, commonAncestor(cardLinks, card), context) : [card]));
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

function readCard(card: Element, context: Context): RelatedItem | null {
  const { vocabulary } = context;
  const links = (card.localName === 'a' ? [card] : descendantsWhere(card, isLinkWithHref)).filter((link) => isArticleLink(link, context));
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
  const url = absoluteUrl(titleLink.getAttribute('href') ?? '', context.baseUrl);
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
  return parsedUrl(href, baseUrl)?.href ?? null;
}

function parsedUrl(href: string, baseUrl: string): URL | null {
  try {
    return new URL(href, baseUrl);
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

/** One address, however linked: without its hash and trailing slash. */
function itemKey(url: string): string {
  return withoutHash(url).replace(/\/$/, '');
}
