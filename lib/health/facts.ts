import { findDate, findDateMatch, mayOpenWithDate, splitDateline } from './dates';
import { findTakeaways, type Takeaways } from './takeaways';
import type { PageScan } from '../page/normalize';
import { indexPage, textData, type PageIndex } from '../page/page-index';
import { collectSourceList } from './sources';
import { blockText, collapseWhitespace, countWords, isBlank, outermostWithText, textOf } from '../page/text';

const BODY_LEVEL = new Set(['body', 'main', 'article', 'html']);
import type { SourceEntry } from '../types';
import { perVocabulary, wordPattern, type FamilyName, type Vocabulary } from '../vocabulary/index';

/** Who wrote and reviewed the article and when, read before cleaning removes bylines, `<time>` and JSON-LD. */
export interface PageFacts {
  /** The author(s) as the page names them: the cleaner removes byline lines before Readability could read them. */
  author: string | null;
  reviewedBy: string | null;
  /** ISO dates (YYYY-MM-DD): the calendar date as the page writes it, with no time-zone conversion. */
  published: string | null;
  modified: string | null;
  lastReviewed: string | null;
  nextReview: string | null;
}

/** What the health-facts step reads from the working clone before cleaning destroys it. */
export interface HealthFacts {
  facts: PageFacts;
  /** The page's own "Key takeaways" box, if it has one. */
  takeaways: Takeaways | null;
  /** Its references list; its elements are marked for `takeSources`. */
  sources: SourceEntry[];
}

type JsonObject = Record<string, unknown>;
type FactsFound = Partial<PageFacts>;
type PersonField = 'author' | 'reviewedBy';
type DateField = Exclude<keyof PageFacts, PersonField>;
/** True for an element that belongs to something other than this article: menus, sidebars, other articles' cards. */
export type OtherContentTest = (element: Element) => boolean;

const FACT_KEYS: readonly (keyof PageFacts)[] = ['author', 'reviewedBy', 'published', 'modified', 'lastReviewed', 'nextReview'];

/** Meta tag names (`name`, `property` or `itemprop`), most specific first. No meta tag names a next review. */
const META_NAMES: Record<keyof PageFacts, readonly string[]> = {
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'],
  reviewedBy: ['reviewedBy'],
  published: ['article:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date', 'publish-date', 'pubdate'],
  modified: ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dc.date.modified'],
  lastReviewed: ['lastReviewed'],
  nextReview: [],
};
/** schema.org properties read from JSON-LD and microdata; schema.org has none for the next review. */
const SCHEMA_DATES: Record<DateField, string | null> = { published: 'datePublished', modified: 'dateModified', lastReviewed: 'lastReviewed', nextReview: null };
const PAGE_TYPE = /Article|Posting|WebPage|Report/i;
const MICRODATA_PROPERTIES = new Set(['author', 'reviewedBy', ...Object.values(SCHEMA_DATES).filter((property) => property !== null)]);

const OTHER_ROLE = /^(?:navigation|menu|menubar|complementary)$/;
/** Reader comments: WordPress's `#comments`, `#respond`, `.comment-list`, `.comments-area` and the like. */
const COMMENTS_ID = /^(?:comments|respond)$/;
const COMMENTS_CLASS = /(?:^|\s)(?:comments?|comment-list|comments-area)(?:\s|$)/;
/** A card of another article is small; the climb stops at anything bigger. */
const MAX_CARD_CHARS = 1000;
const MAX_CARD_DEPTH = 10;
/** An article title in a card link is a few words… */
const MIN_HEADLINE_WORDS = 3;
/** …and not a person: "Leo J. Brandt", "Hansa D. Bhargava, MD" are byline links, not headlines. */
const PERSON_NAME = /^(?:Dr\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}(?:,\s*\p{Lu}[\p{L}.]*)*$/u;

/**
 * Reads the page's facts. Each fact comes from the first of these that has it (the README's "Health facts"):
 *   1. JSON-LD: the node describing this page (its `url`/`@id` is this page, or it names none);
 *   2. microdata (`itemprop`) outside other content;
 *   3. meta tags;
 *   4. visible text: labelled lines ("Medically reviewed by …", "Updated on …", "Page last reviewed: …"),
 *      then `<time>` elements, then a news dateline opening a paragraph ("Feb. 23, 2015 -- …").
 * Structured data comes first because the site writes it for this page, exactly, in ISO form; visible text is
 * read by pattern and can belong to another article's card. One exception keeps what the page shows: when the
 * visible byline or reviewer line names the same people at greater length ("Jane Doe, MD, MPH" for "Jane Doe",
 * all three authors where the metadata names the first), it is used. A declared update on the day of publication
 * is no update (`modified` null) unless the page shows it in a labelled line.
 */
export function collectFacts(doc: Document, isOther: OtherContentTest, page: PageIndex = indexPage(doc), texts: readonly string[] = textData(page)): PageFacts {
  const visible = visibleFacts(page, texts, isOther);
  const layers: FactsFound[] = [jsonLdFacts(page), microdataFacts(page, isOther), metaFacts(page), visible];
  const facts = Object.fromEntries(FACT_KEYS.map((key) => [key, layers.find((layer) => layer[key])?.[key] ?? null])) as unknown as PageFacts;
  for (const field of ['author', 'reviewedBy'] as const) {
    const shown = visible[field];
    if (facts[field] && shown && shown.length > facts[field].length && shown.toLowerCase().startsWith(facts[field].toLowerCase())) facts[field] = shown;
  }
  // A declared update on the day of publication is no update, unless the page shows it ("Updated: 8:24, 2 Nov 2023").
  if (facts.modified && facts.modified === facts.published && !visible.modified) facts.modified = null;
  return facts;
}

/**
 * Reviewer, dates, takeaways box and sources list of the page in `doc` (the marked working clone). `foreign`
 * holds containers other steps found to be other content (the related-article lists); `scan` is what the
 * preparing walk listed, so the page need not be walked again; `baseUrl` is where its links resolve, when known.
 */
export function readHealthFacts(doc: Document, foreign: readonly Element[], scan?: PageScan, baseUrl?: string, vocabulary?: Vocabulary): HealthFacts {
  const isOther = otherContentTest(foreign);
  const page = indexPage(doc, scan, baseUrl, vocabulary);
  const texts = textData(page);
  return { facts: collectFacts(doc, isOther, page, texts), takeaways: findTakeaways(doc, isOther, page, texts), sources: collectSourceList(doc, isOther, page, texts) };
}

/** Menus, sidebars, page footers, `foreign` containers (related lists) and cards of other articles. */
export function otherContentTest(foreign: readonly Element[]): OtherContentTest {
  const cardSizes = new Map<Element, number>();
  return (element) => inPageFurniture(element) || foreign.some((container) => container.contains(element)) || inOtherArticleCard(element, cardSizes);
}

/**
 * Inside menus, sidebars (`role="complementary"`), reader comments, or a page-level `<footer>`/`<aside>` (one
 * inside the article, such as its own footer with review dates, is the article's). One climb with cheap
 * checks: `closest()` with a long selector list is slow in jsdom and is asked for every candidate.
 */
function inPageFurniture(element: Element): boolean {
  let furniture = false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'nav' || tag === 'menu' || COMMENTS_ID.test(node.id)) return true;
    const className = typeof node.className === 'string' ? node.className : '';
    if (className && COMMENTS_CLASS.test(className)) return true;
    if (node.hasAttribute('role') && OTHER_ROLE.test(node.getAttribute('role') ?? '')) return true;
    const itemprop = node.hasAttribute('itemprop') ? (node.getAttribute('itemprop') ?? '') : '';
    if (/\bcomment\b/.test(itemprop)) return true;
    if (tag === 'footer' || tag === 'aside') furniture = true;
    else if (furniture && (tag === 'article' || /\barticleBody\b/.test(itemprop))) furniture = false;
  }
  return furniture;
}

/**
 * A card in a list of other articles: a small ancestor that repeats as its sibling (same tag and class) and
 * holds a headline link outside `element`. In a "Read this next" card set, each card carries "Medically reviewed
 * by …" for *its own* article.
 */
function inOtherArticleCard(element: Element, sizes: Map<Element, number>): boolean {
  let card: Element | null = element;
  for (let depth = 0; card && depth < MAX_CARD_DEPTH && !/^(body|main|html)$/.test(card.localName); depth++) {
    // Twins first: they are cheap to find, while the text of a large ancestor is costly to measure.
    if (hasTwin(card)) {
      if (textSize(card, sizes) > MAX_CARD_CHARS) return false;
      if (hasHeadlineLinkOutside(card, element)) return true;
    }
    card = card.parentElement;
  }
  return false;
}

/** Visible text length, remembered: candidates share their ancestors. Raw text far over the limit needs no collapsing. */
function textSize(element: Element, sizes: Map<Element, number>): number {
  let size = sizes.get(element);
  if (size === undefined) {
    const raw = element.textContent ?? '';
    size = raw.length > MAX_CARD_CHARS * 4 ? raw.length : collapseWhitespace(raw).length;
    sizes.set(element, size);
  }
  return size;
}

function hasTwin(element: Element): boolean {
  const className = element.getAttribute('class');
  const twin = (sibling: Element | null) => !!sibling && sibling.localName === element.localName && sibling.getAttribute('class') === className;
  return twin(element.previousElementSibling) || twin(element.nextElementSibling);
}

function hasHeadlineLinkOutside(card: Element, inner: Element): boolean {
  return Array.from(card.querySelectorAll('a[href]')).some((link) => {
    if (link.contains(inner) || inner.contains(link)) return false;
    const text = textOf(link);
    return countWords(text) >= MIN_HEADLINE_WORDS && !PERSON_NAME.test(text);
  });
}

// ---- JSON-LD -------------------------------------------------------------------------------------------

function jsonLdFacts(page: PageIndex): FactsFound {
  const nodes = readJsonLd(page);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const pages = thisPageNodes(
    nodes.filter((node) => PAGE_TYPE.test(typeName(node))),
    page.baseUrl,
    page.canonical,
  );
  const first = (read: (node: JsonObject) => string | null): string | null => {
    for (const node of pages) {
      const value = read(node);
      if (value) return value;
    }
    return null;
  };
  const found: FactsFound = { author: first((node) => personName(node.author, byId)), reviewedBy: first((node) => personName(node.reviewedBy, byId)) };
  for (const [field, property] of Object.entries(SCHEMA_DATES) as [DateField, string | null][]) {
    if (property) found[field] = first((node) => findDate(asString(node[property]), page.vocabulary));
  }
  return found;
}

function readJsonLd(page: PageIndex): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as JsonObject;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
      // A WebPage often carries its Article as mainEntity.
      if (node.mainEntity && typeof node.mainEntity === 'object') visit(node.mainEntity);
    }
  };
  for (const script of page.jsonLd) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  }
  return nodes;
}

/**
 * The nodes that describe this page, those naming its address first. Nodes naming another address (a list of
 * other articles) count only when no node names this page or leaves its address out: a saved copy read from
 * disk has a file address no node can name.
 */
function thisPageNodes(nodes: JsonObject[], baseUrl: string, canonical: string | null): JsonObject[] {
  if (!nodes.length) return nodes;
  const here = new Set([pagePath(baseUrl, baseUrl), canonical ? pagePath(canonical, baseUrl) : null]);
  const matching: JsonObject[] = [];
  const unnamed: JsonObject[] = [];
  const others: JsonObject[] = [];
  for (const node of nodes) {
    const address = asString(node.url) ?? idOf(node.mainEntityOfPage) ?? asString(node['@id']);
    const path = address ? pagePath(address, baseUrl) : null;
    (path === null ? unnamed : here.has(path) ? matching : others).push(node);
  }
  return matching.length || unnamed.length ? [...matching, ...unnamed] : others;
}

function pagePath(address: string, base: string): string | null {
  try {
    const url = new URL(address, base);
    return `${url.host}${url.pathname.replace(/\/$/, '')}`;
  } catch {
    return null;
  }
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return value && typeof value === 'object' ? asString((value as JsonObject)['@id']) : null;
}

function typeName(node: JsonObject): string {
  const type = node['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A Person (inline or by `@id`), a name string, or several of them; "Name, credentials" when the page gives both. */
function personName(value: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  // One level of list only: a page can nest arrays deeper than a call stack.
  if (Array.isArray(value)) return value.filter((item) => !Array.isArray(item)).map((item) => personName(item, byId)).filter(Boolean).join(', ') || null;
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? null : collapseWhitespace(value) || null;
  if (!value || typeof value !== 'object') return null;
  let person = value as JsonObject;
  if (!person.name && typeof person['@id'] === 'string') person = byId.get(person['@id']) ?? person;
  // A publisher credited as the author ("BBC News") is no byline.
  if (/Organization/.test(typeName(person))) return null;
  const name = asString(person.name);
  if (!name) return null;
  const credentials = asString(person.honorificSuffix);
  return collapseWhitespace(credentials && !name.includes(credentials) ? `${name}, ${credentials}` : name) || null;
}

// ---- microdata and meta tags ---------------------------------------------------------------------------

function microdataFacts(page: PageIndex, isOther: OtherContentTest): FactsFound {
  const items = microdataItems(page, isOther);
  const found: FactsFound = {};
  for (const field of ['author', 'reviewedBy'] as const) {
    const person = items.get(field);
    const name = person && (person.hasAttribute('itemscope') ? person.querySelector('[itemprop~="name"]') : person);
    if (name) found[field] = collapseWhitespace(name.getAttribute('content') ?? textOf(name)) || null;
  }
  for (const [field, property] of Object.entries(SCHEMA_DATES) as [DateField, string | null][]) {
    const item = property ? items.get(property) : undefined;
    if (item) found[field] = findDate(item.getAttribute('content') ?? item.getAttribute('datetime') ?? textOf(item), page.vocabulary);
  }
  return found;
}

/** The first element of this article carrying each itemprop we read. */
function microdataItems(page: PageIndex, isOther: OtherContentTest): Map<string, Element> {
  const items = new Map<string, Element>();
  for (const element of page.items) {
    for (const property of (element.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (MICRODATA_PROPERTIES.has(property) && !items.has(property) && !isOther(element)) items.set(property, element);
    }
  }
  return items;
}

function metaFacts(page: PageIndex): FactsFound {
  // One pass over <meta>: a selector per name costs a document scan each in jsdom.
  const contents = new Map<string, string>();
  for (const meta of page.metas) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      // Names are matched without case: pages write "DC.Date.Issued" as often as "dc.date.issued".
      const key = meta.getAttribute(attribute)?.toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  const found: FactsFound = {};
  for (const key of FACT_KEYS) {
    for (const name of META_NAMES[key]) {
      const content = contents.get(name.toLowerCase());
      // `article:author` is often a profile address, not a name.
      const value = key === 'author' || key === 'reviewedBy' ? (/^https?:\/\//.test(content ?? '') ? null : collapseWhitespace(content ?? '') || null) : findDate(content, page.vocabulary);
      if (value) {
        found[key] = value;
        break;
      }
    }
  }
  return found;
}

// ---- visible text --------------------------------------------------------------------------------------

/**
 * The labels of byline and review lines in the page's languages, each naming what follows it. Order matters
 * where two could match the same words ("Page last reviewed" is a date, "Medically reviewed by" a person).
 */
interface FactLabels {
  /** Global: every label of a line. */
  all: RegExp;
  any: RegExp;
  /** "By Jane Doe", "Von Anna Schmidt", "Oleh Budi": a byline part naming the author. */
  byPart: RegExp;
  /** Where an author's name ends inside a byline part ("Jane Doe and reviewed by …", "Jane Doe on May 3"). */
  afterName: RegExp;
  /** "By" alone: the label of a name in the next element ("<p>By</p><p>Jane Doe</p>"). */
  byAlone: RegExp;
  /** A line that is only a byline, whatever its class: "Von Jonas Albrecht", "Oleh Dewi Anggraini". */
  bylineLine: RegExp;
  /** A text opening with a byline word: the cheap test before reading its block. */
  byStart: RegExp;
  /** "(Reporting by …": an agency's closing credit. */
  credit: RegExp;
  /** ", Staff Writer" after a name. */
  jobTitle: RegExp;
}
const FACT_LABEL_GROUPS: readonly [Exclude<keyof PageFacts, 'author'>, FamilyName][] = [
  ['lastReviewed', 'lastReviewedLabels'],
  ['nextReview', 'nextReviewLabels'],
  ['reviewedBy', 'reviewedByLabels'],
  ['modified', 'updatedLabels'],
  ['published', 'publishedLabels'],
];
/** The labels, compiled once per vocabulary; not `\b`, which knows ASCII letters only ("geprüft", "publicado"). */
const factLabels = perVocabulary((vocabulary): FactLabels => {
  // The "no letter before" test once for all the labels, not once per label: it is tried at every place of every
  // short text node (the same matches, in half the time).
  const labelled = FACT_LABEL_GROUPS.map(([field, family]) => `(?<${field}>${vocabulary.source(family)})(?![\\p{L}])\\s*:?`).join('|');
  const source = `(?<![\\p{L}])(?:${labelled})`;
  const after = ['reviewedByLabels', 'updatedLabels', 'publishedLabels'].map((family) => vocabulary.source(family as FamilyName)).join('|');
  return {
    all: wordPattern(source, 'giu'),
    any: wordPattern(source, 'iu'),
    byPart: wordPattern(`^${vocabulary.source('bylineWords')}:?\\s+(?<name>.+)$`, 'iu'),
    afterName: wordPattern(`\\s+(?:and |&\\s*)?(?:${after}|on)(?![\\p{L}])`, 'iu'),
    byAlone: wordPattern(`^${vocabulary.source('bylineWords')}\\s*:?$`, 'iu'),
    byStart: vocabulary.lead('bylineWords'),
    bylineLine: new RegExp(`^${vocabulary.source('bylineWords')}:?\\s+(?<name>${NAME_WORDS}(?:(?:,|,? and|,? &| und| y| et| e| en| dan)\\s+${NAME_WORDS})*)$`, 'u'),
    credit: wordPattern(`^\\s*\\(?\\s*${vocabulary.source('reportingCredits')}\\s`, 'iu'),
    jobTitle: wordPattern(`\\s*[,–—-]\\s*${vocabulary.source('jobTitles')}$`, 'iu'),
  };
});
/** Where a byline's parts meet: "Written by A — Medically reviewed by B | Updated on …". */
const PART_SEPARATOR = /\s*(?:[|•·—–]|\s-\s)\s*/;
const SEPARATOR_BEFORE = /[|•·—–;:)]\s*$|\s-\s*$/;
/** A label's date stands right after it ("Updated on Tuesday, March 5, 2024"), not somewhere further on. */
const MAX_LABEL_TO_DATE = 30;
const MAX_LABEL_NODE = 200;
/** A paragraph's text node this long is the story's prose… */
const MIN_PROSE_NODE = 80;
/** …and after this many of them (a dek is one), a "By …" line signs a box inside the story, not the story. */
const PROSE_BEFORE_SIGNATURE = 3;
const MAX_LABEL_BLOCK = 300;
/** A label alone in a small element ("<span>Reviewed by</span>") reads with its parent. */
const SHORT_LABEL = 40;
/** A date set in parts ("<time><span>Updated</span>: <span>2 Nov 2023</span></time>") is read a few levels up at most. */
const MAX_DATE_PARTS_DEPTH = 3;
const MAX_NAME_WORDS = 12;
const NAME_START = /^(?:Dr\.?\s+)?\p{Lu}/u;
/** hAtom classes: WordPress writes `class="entry-date published updated"` on a post never updated. */
const UPDATED_CLASS = /(?:^|\s)(?:updated|modified)(?:\s|$)/;
const PUBLISHED_CLASS = /(?:^|\s)published(?:\s|$)/;

interface LabelledBlock {
  element: Element;
  reviewedBy: string | null;
  dates: Partial<Record<DateField, string>>;
}

function visibleFacts(page: PageIndex, texts: readonly string[], isOther: OtherContentTest): FactsFound {
  const blocks: LabelledBlock[] = [];
  const seen = new Set<Element>();
  let dateline: string | null = null;
  let credit: string | null = null;
  let labelledAuthor: string | null = null;
  let lineAuthor: string | null = null;
  let proseSeen = 0;
  const labels = factLabels(page.vocabulary);
  for (let index = 0; index < texts.length; index++) {
    const value = texts[index]!;
    const node = page.texts[index]!;
    const parent = node.parentElement;
    if (!parent) continue;
    // Blanks are skipped by every pattern below, which would scan them for nothing.
    const blank = isBlank(value);
    if (!blank) {
      if (!dateline && mayOpenWithDate(value, page.vocabulary)) dateline = datelineOf(node, parent, isOther, page.vocabulary);
      if (!credit && labels.credit.test(value.slice(0, MAX_LABEL_TO_DATE))) credit = reportingCredit(parent, labels);
      if (!labelledAuthor && value.length <= SHORT_LABEL && labels.byAlone.test(value.trim())) labelledAuthor = nameAfterLabel(parent, isOther);
      // A byline stands above the story; a "By …" line inside it signs one box (an analysis, a sidebar).
      if (!lineAuthor && proseSeen < PROSE_BEFORE_SIGNATURE && value.length <= MAX_LABEL_NODE && labels.byStart.test(value.trimStart())) lineAuthor = bylineOfLine(parent, labels, isOther);
    }
    if (proseSeen < PROSE_BEFORE_SIGNATURE && value.length > MIN_PROSE_NODE && parent.localName === 'p') proseSeen++;
    if (blank || value.length > MAX_LABEL_NODE) continue;
    const label = labels.any.exec(value);
    if (!label) continue;
    const element = labelField(label) === 'reviewedBy' ? labelBlock(parent) : dateLine(parent, page.vocabulary);
    if (!element || seen.has(element)) continue;
    seen.add(element);
    const block = readLabelledBlock(element, page.vocabulary);
    // Other content is judged last (it is the costly test), from the label's own element: a card's label
    // block can be the whole card.
    if ((block.reviewedBy || Object.keys(block.dates).length) && !isOther(parent)) blocks.push(block);
  }

  const found: FactsFound = {
    author: visibleAuthor(page, isOther) ?? lineAuthor ?? labelledAuthor ?? credit,
    reviewedBy: nearestToTitle(page, blocks.filter((block) => block.reviewedBy), isOther)?.reviewedBy ?? null,
  };
  const times = timeElementDates(page, isOther);
  for (const field of ['published', 'modified', 'lastReviewed', 'nextReview'] as const) {
    found[field] = blocks.find((block) => block.dates[field])?.dates[field] ?? times[field] ?? null;
  }
  found.published ??= namedDate(page, isOther) ?? dateline;
  return found;
}

/** Byline containers as sites name them, also in their own language (`autor`, `auteur`, `penulis`). */
const BYLINE_NAMES = /(?:^|[\s_-])(?:by-?line|by_line|author|authors|autor|autores|auteur|autore|penulis)(?:$|[\s_-])/i;

/**
 * The author the page shows: a `rel="author"` link (it names just the person), else the "By …" part of a
 * byline element, outside other content. Only what reads as a name counts.
 */
function visibleAuthor(page: PageIndex, isOther: OtherContentTest): string | null {
  const labels = factLabels(page.vocabulary);
  // The name alone: not the date or job title a byline goes on with ("Jane Doe Oct 13, 2020", "Jane Doe, Staff Writer").
  const author = (text: string) => {
    const name = text.slice(0, findDateMatch(text, page.vocabulary)?.index ?? text.length).replace(/[\s|/,·•@-]+$/, '').replace(labels.jobTitle, '');
    return /\d/.test(name) ? null : reviewerName(name);
  };
  for (const link of page.authorLinks) {
    const name = author(textOf(link));
    if (name && !isOther(link)) return name;
  }
  for (const { element, names } of page.named) {
    if (!BYLINE_NAMES.test(names)) continue;
    const text = textOf(element);
    if (!text || text.length > MAX_LABEL_BLOCK) continue;
    // A journal's author list: names and degrees only ("Ana Ruiz, PhD, Tom Berg, MD").
    const list = nameList(text);
    if (list && !isOther(element)) return list;
    for (const part of text.split(PART_SEPARATOR)) {
      const byline = labels.byPart.exec(part)?.groups?.name;
      const name = byline && author(byline.split(labels.afterName, 1)[0]!);
      if (name && !isOther(element)) return name;
    }
  }
  return null;
}

/** A name's words, capitalized: "Jane Doe", "María José de la Fuente" keeps its particles. */
const NAME_WORDS = String.raw`(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|van|von|der|da|dos|bin|binti)){1,4}`;

/** A name ("Ana M. Ruiz", "Dr. Tom Berg") and a degree or credential ("PhD", "M.S.", "FACP"). */
const PERSON = /^(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const CREDENTIAL = /^(?:\p{Lu}[\p{L}]{0,3}\.?){1,4}(?:-\p{Lu}+)?$/u;

/** Several authors, or one with degrees, written as a list and nothing else: the list as shown. */
function nameList(text: string): string | null {
  const parts = text.split(/\s*,\s*|\s+(?:and|&)\s+/).filter(Boolean);
  const people = parts.filter((part) => PERSON.test(part) && !CREDENTIAL.test(part));
  if (!people.length || !PERSON.test(parts[0]!) || people.length + parts.filter((part) => CREDENTIAL.test(part)).length !== parts.length) return null;
  return people.length > 1 || parts.length > 1 ? parts.join(', ') : null;
}

/** The names of a block that says only "By <names>" (in the page's language). */
function bylineOfLine(parent: Element, labels: FactLabels, isOther: OtherContentTest): string | null {
  const block = labelBlock(parent);
  const line = block ? textOf(block) : '';
  // The vocabulary writes its words in lower case, and the names must keep their capitals: only the line's
  // first letter is folded.
  const names = block && labels.bylineLine.exec(line.charAt(0).toLowerCase() + line.slice(1))?.groups?.name;
  return names && !isOther(block) ? names : null;
}

/** The name in the element after a "By" label (the label's own wrappers climbed first). */
function nameAfterLabel(parent: Element, isOther: OtherContentTest): string | null {
  const label = outermostWithText(parent, textOf(parent), BODY_LEVEL);
  const next = label.nextElementSibling;
  const name = next ? textOf(next) : '';
  return name && PERSON.test(name) && !isOther(label) ? name : null;
}

/**
 * The reporters of an agency's closing credit, "(Reporting by Ana Ruiz in Madrid and Tom Berg in Oslo; Editing
 * by …)": their names, without where they filed from.
 */
function reportingCredit(parent: Element, labels: FactLabels): string | null {
  const text = textOf(parent.closest('p') ?? parent);
  const match = labels.credit.exec(text);
  if (!match) return null;
  const credit = text.slice(match[0].length).split(/[;)]/, 1)[0]!;
  const names = credit
    .split(/\s*,\s*|\s+(?:and|&|y|und|et|e|en|dan)\s+/)
    .map((part) => part.replace(/\s+(?:in|en|aus|à|a|em|di|te)\s+\p{Lu}.*$/u, '').trim())
    .filter((part) => PERSON.test(part));
  return names.length ? names.join(', ') : null;
}

/**
 * A date in an element named as the article's byline, dateline or timestamp ("by Jane Doe | March 3, 2024",
 * `<p class="articleInfo">`), the first after the title: the publication date when nothing labels it otherwise.
 */
const DATE_HOLDER = /(?:^|[\s_-])(?:by|byline|bylines|dateline|timestamp|date|dates|pubdate|articleinfo|article-?info|article-?meta|post-?meta|entry-?meta|published)(?:$|[\s_-])/i;

function namedDate(page: PageIndex, isOther: OtherContentTest): string | null {
  const labels = factLabels(page.vocabulary);
  const title = page.h1s.find((heading) => textOf(heading) && !isOther(heading));
  for (const { element, names } of page.named) {
    if (!DATE_HOLDER.test(names) || (title && !(title.compareDocumentPosition(element) & 4))) continue;
    const text = textOf(element);
    // A labelled date ("Updated …") is read by its label.
    if (!text || text.length > MAX_LABEL_BLOCK || labels.any.test(text)) continue;
    const date = findDate(text, page.vocabulary);
    if (date && !isOther(element)) return date;
  }
  return null;
}

/**
 * The element a date label is read in: its block, widened while that is short and holds no date, for a date
 * set in parts of its own ("<time><span>Updated</span>: 8:24, <span>2 Nov 2023</span></time>").
 */
function dateLine(parent: Element, vocabulary: Vocabulary): Element | null {
  let element = labelBlock(parent);
  for (let levels = 0; element && levels < MAX_DATE_PARTS_DEPTH && textOf(element).length < SHORT_LABEL && !findDate(textOf(element), vocabulary); levels++) {
    const wider = element.parentElement;
    if (!wider || wider.localName === 'body' || textOf(wider).length > MAX_LABEL_BLOCK) break;
    element = wider;
  }
  return element;
}

/** The element a label is read in: its own parent, or the grandparent when the parent holds just the label. */
function labelBlock(parent: Element): Element | null {
  const length = textOf(parent).length;
  if (length > MAX_LABEL_BLOCK) return null;
  const grandparent = parent.parentElement;
  if (length < SHORT_LABEL && grandparent && grandparent.localName !== 'body' && textOf(grandparent).length <= MAX_LABEL_BLOCK) return grandparent;
  return parent;
}

/** A news dateline: the text node opens its paragraph, and the paragraph opens with "DATE --". */
function datelineOf(node: Node, parent: Element, isOther: OtherContentTest, vocabulary: Vocabulary): string | null {
  const paragraph = parent.closest('p');
  if (!paragraph) return null;
  const text = textOf(paragraph);
  if (!text.startsWith(collapseWhitespace(node.nodeValue ?? ''))) return null;
  const iso = splitDateline(text, vocabulary)?.iso ?? null;
  return iso && !isOther(paragraph) ? iso : null;
}

/** Reads "Medically reviewed by Jane Doe, MD on March 3, 2024 — Updated on …" into a reviewer and dates. */
function readLabelledBlock(element: Element, vocabulary: Vocabulary): LabelledBlock {
  const block: LabelledBlock = { element, reviewedBy: null, dates: {} };
  const lines = blockText(element).split('\n\n');
  lines.forEach((line, lineIndex) => {
    const labels = Array.from(line.matchAll(factLabels(vocabulary).all)).filter((match) => startsPart(line, match));
    labels.forEach((label, index) => {
      const end = label.index + label[0].length;
      let part = line.slice(end, labels[index + 1]?.index ?? line.length).split(PART_SEPARATOR, 1)[0]!.trim();
      const field = labelField(label);
      // "Medically reviewed by" alone on its line: the name is the next line.
      if (field === 'reviewedBy' && !part && end === line.length) part = lines[lineIndex + 1] ?? '';
      const date = findDateMatch(part, vocabulary);
      if (field === 'reviewedBy') {
        block.reviewedBy ??= reviewerName(date ? part.slice(0, date.index) : part);
        if (date && block.reviewedBy) block.dates.lastReviewed ??= date.iso;
      } else if (field === 'published' && /^written/i.test(label[0])) {
        if (date) block.dates.published ??= date.iso;
      } else if (date && date.index <= MAX_LABEL_TO_DATE) {
        block.dates[field] ??= date.iso;
      }
    });
  });
  return block;
}

/** The fact a label names; labels never name the author (bylines are read by `visibleAuthor`). */
function labelField(label: RegExpMatchArray): Exclude<keyof PageFacts, 'author'> {
  return Object.entries(label.groups ?? {}).find(([, text]) => text !== undefined)![0] as Exclude<keyof PageFacts, 'author'>;
}

/**
 * A label starts a byline part when it opens the line, follows a separator, or is capitalized mid-line
 * ("Jane Doe Medically reviewed by …"); "the study was reviewed by a panel" is prose.
 */
function startsPart(line: string, label: RegExpMatchArray): boolean {
  const index = label.index ?? 0;
  return index === 0 || SEPARATOR_BEFORE.test(line.slice(0, index)) || /\p{Lu}/u.test(label[0][0] ?? '');
}

/** "Jane Doe, MD, MPH" from what follows a reviewer label; null when it does not read as a name. */
function reviewerName(text: string): string | null {
  const name = text.replace(/[\s,;:]+$/, '').replace(/\s+on$/i, '').trim();
  if (!NAME_START.test(name) || countWords(name) > MAX_NAME_WORDS || /[?!]/.test(name)) return null;
  return name;
}

/**
 * The reviewer line that belongs to this article's byline: the first after the page's title heading, else
 * the last before it (bylines above the title).
 */
function nearestToTitle(page: PageIndex, blocks: LabelledBlock[], isOther: OtherContentTest): LabelledBlock | null {
  if (!blocks.length) return null;
  const title = page.h1s.find((heading) => !isOther(heading));
  if (!title) return blocks[0] ?? null;
  const after = blocks.find((block) => title.compareDocumentPosition(block.element) & 4);
  return after ?? blocks.at(-1) ?? null;
}

/**
 * `<time>` elements, each filed under the label just before it ("Updated <time>…") or its class (WordPress's
 * `<time class="updated">`); unlabelled ones are publication dates.
 */
function timeElementDates(page: PageIndex, isOther: OtherContentTest): Partial<Record<DateField, string>> {
  const found: Partial<Record<DateField, string>> = {};
  for (const time of page.times) {
    const date = findDate(time.getAttribute('datetime')) ?? findDate(textOf(time));
    if (!date || isOther(time)) continue;
    const label = Array.from(textBefore(time).matchAll(factLabels(page.vocabulary).all)).at(-1);
    const className = typeof time.className === 'string' ? time.className : '';
    const field = UPDATED_CLASS.test(className) && !PUBLISHED_CLASS.test(className) ? 'modified' : label ? labelField(label) : 'published';
    // "Medically reviewed by Jane Doe on <time>": the review's date.
    found[field === 'reviewedBy' ? 'lastReviewed' : field] ??= date;
  }
  return found;
}

/**
 * The little text right before an element in its line: "Updated on " for `Updated on <time>`, also when the
 * `<time>` opens a link or span (`Posted on <a><time>`).
 */
function textBefore(element: Element): string {
  let text = '';
  for (let node: Element | null = element, depth = 0; node && depth < 3 && !text.trim(); node = node.parentElement, depth++) {
    for (let sibling = node.previousSibling; sibling && text.length < MAX_LABEL_TO_DATE * 2; sibling = sibling.previousSibling) {
      text = (sibling.textContent ?? '') + text;
    }
  }
  return collapseWhitespace(text).slice(-MAX_LABEL_TO_DATE * 2);
}
