import { HEADING_LEVEL_ATTRIBUTE } from '../page/headings';
import { REMOVAL_GROUPS, SHARE_HREF, SHARE_LABEL, SHARE_NETWORK, type RemovalGroup, type RemovalGroupName } from './removals';
import type { PageScan } from '../page/normalize';
import { ENGLISH, isFurnitureHeading, perVocabulary, type Vocabulary } from '../vocabulary/index';
import { CAPTION_ATTRIBUTE, closestWhere, collapseWhitespace, countWords, descendantsWhere, ELEMENT_NODE, firstDescendant, isBlank, isLinkWithHref, linkDensity, outermostWithText, TEXT_NODE, textOf, textSurelyLongerThan } from '../page/text';

/** Never removed, whatever their class says: a `body class="ads-enabled"` is still the page. */
const PROTECTED_TAGS = new Set(['html', 'head', 'body', 'main']);
/**
 * Never matched by class or id: a heading is the article's own (`<h2 id="informed-consent">`), and so is a
 * table's data (`<table class="recommended-intake">`). A heading of boilerplate goes with its container.
 */
const NEVER_BY_NAME = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'img', 'picture']);
/** Inline elements: a label inside one of these is a word of the sentence around it unless the block says only it. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
/** Labels are short; longer text nodes are prose and skip the whole-label tests. */
const MAX_LABEL_LENGTH = 80;
/** Leading labels and one-sentence notes are tested on the first characters of their block. */
const LEAD_WINDOW = 400;
/** A first text node shorter than this may be only the start of a label split over elements. */
const LEAD_SPLIT = 40;
/** Text a share bar may carry besides its buttons ("Share this article:"). */
const MAX_SHARE_BAR_EXTRA_TEXT = 40;
const SHARE_BAR_MAX_DEPTH = 4;
const TEASER_MAX_DEPTH = 5;
/** Captions stay in the article's HTML but are not its running text (see `blockText`). */
const CAPTION_CLASS = /(^|[\s_-])(caption|captions|wp-caption-text|figcaption)(?=$|[\s_-])/i;
/** "no_caption", "has-caption": a class about a caption, on something that is not one. */
const NOT_CAPTION_CLASS = /(^|[\s_-])(no|has|with|without)[_-](caption|captions)(?=$|[\s_-])/i;
/** A caption is a sentence or two under a picture, never a section with a heading. */
const MAX_CAPTION_LENGTH = 600;
const LEADING_LABEL_BLOCKS = new Set(['p', 'div', 'aside', 'li', 'section', 'blockquote', 'figure', 'ul', 'ol']);
/**
 * A class/id match that holds a real (non-furniture) section heading and this much text is an article section
 * with an unlucky id (`<section id="related-conditions">`), not a box of boilerplate.
 */
const SECTION_TEXT = 400;
/** A paragraph of more words than this is prose, never part of a label's box. */
const PROSE_WORDS = 25;

export type RemovalCounts = Partial<Record<RemovalGroupName, number>>;

interface LabelPattern {
  group: RemovalGroup;
  pattern: RegExp;
}
interface LabelPatterns {
  whole: LabelPattern[];
  leading: LabelPattern[];
  /** Every group's whole-label pattern at once: most short texts match none, and then one test is enough. */
  anyWhole: AnyPattern | null;
  /** The same for leading labels: most blocks open with none. */
  anyLeading: AnyPattern | null;
  /** The same for class and id names (no words of a language, but compiled once with the rest). */
  anyNamed: RegExp | null;
}
const compiled = new WeakMap<readonly RemovalGroup[], (vocabulary: Vocabulary) => LabelPatterns>();
type AnyPattern = Pick<RegExp, 'test'>;

/**
 * A test of every pattern at once. Patterns that need the `u` flag (a name's capital letter, `\p{Lu}`) are
 * joined apart, so the others' union compiles without it (see vocabulary/word-pattern.ts).
 */
function anyOf(patterns: readonly LabelPattern[]): AnyPattern | null {
  const unions = [false, true].flatMap((unicode) => {
    const members = patterns.filter(({ pattern }) => pattern.unicode === unicode);
    return members.length ? [new RegExp(members.map(({ pattern }) => `(?:${pattern.source})`).join('|'), unicode ? 'iu' : 'i')] : [];
  });
  if (!unions.length) return null;
  return unions.length === 1 ? unions[0]! : { test: (text) => unions.some((union) => union.test(text)) };
}

/** The groups' label patterns in the vocabulary's languages, compiled once per list of groups and vocabulary. */
function labelPatterns(groups: readonly RemovalGroup[], vocabulary: Vocabulary): LabelPatterns {
  let build = compiled.get(groups);
  if (!build) {
    build = perVocabulary((words) => {
      const whole = groups.flatMap((group) => (group.wholeText ? [{ group, pattern: group.wholeText(words) }] : []));
      const leading = groups.flatMap((group) => (group.leadingText ? [{ group, pattern: group.leadingText(words) }] : []));
      const named = groups.filter((group) => group.classOrId);
      const anyNamed = named.length ? new RegExp(named.map((group) => `(?:${group.classOrId!.source})`).join('|'), 'i') : null;
      return { whole, leading, anyWhole: anyOf(whole), anyLeading: anyOf(leading), anyNamed };
    });
    compiled.set(groups, build);
  }
  return build(vocabulary);
}
interface Candidate {
  element: Element;
  group: RemovalGroupName;
  /** Undefined when the finder already proved the element is boilerplate (related lists). */
  maxTextLength?: number;
  /** Matched by a hint (class, id, tag, leading label): subject to the section and link-density guards. */
  guarded?: RemovalGroup;
}

/**
 * Removes every boilerplate element the groups find, plus `known` elements other steps identified (the
 * related lists they collected). Returns how many elements each group removed.
 *
 * One walk over the body finds class/id and attribute matches, label texts and share controls.
 */
export function removeBoilerplate(
  doc: Document,
  known: readonly { element: Element; group: RemovalGroupName }[] = [],
  groups: readonly RemovalGroup[] = REMOVAL_GROUPS,
  /** The body's elements and text nodes in document order, when the preparing walk already listed them. */
  listed?: Pick<PageScan, 'elements' | 'index'>,
  /** The page's words: the groups' labels are matched in its languages. */
  vocabulary: Vocabulary = ENGLISH,
): RemovalCounts {
  const body = doc.body;
  if (!body) return {};
  const candidates: Candidate[] = [...known];
  const named = groups.filter((group) => group.classOrId);
  const { whole, leading, anyWhole, anyLeading, anyNamed } = labelPatterns(groups, vocabulary);
  const shareOn = groups.some((group) => group.name === 'share');
  const controls: Element[] = [];
  const teasersOn = groups.some((group) => group.name === 'teasers');
  const storiesOn = groups.some((group) => group.name === 'other-stories');
  const articles: Element[] = [];
  const linkedHeadings: Element[] = [];
  const blockStarts = new Set<Element>();
  const linkLabels = groups.filter((group) => group.wholeLinkText);
  const linkChecked = new Set<Element>();

  const marked = groups.filter((group) => group.attributes);
  const typed = groups.filter((group) => group.tags || group.roles);
  // Class/id patterns tested together first: most elements match none, and then one test is enough.
  const visitElement = (element: Element, tag: string): void => {
    if (tag === 'article' && storiesOn) articles.push(element);
    if (shareOn && tag === 'button') controls.push(element);
    const typedGroup = typed.find((group) => group.tags?.includes(tag));
    // One list of names: each attribute lookup costs a search in some DOMs, and most elements have none.
    const attributes = element.getAttributeNames();
    // An element without attributes can only be matched by its tag (the most common case by far).
    if (!attributes.length) {
      if (typedGroup && !NEVER_BY_NAME.has(tag)) candidates.push({ element, group: typedGroup.name, maxTextLength: typedGroup.maxTextLength, guarded: typedGroup });
      return;
    }
    if (shareOn && tag === 'a' && attributes.includes('href')) controls.push(element);
    for (const group of marked) {
      if (group.attributes!.some((name) => attributes.includes(name))) {
        candidates.push({ element, group: group.name, maxTextLength: group.maxTextLength });
        return;
      }
    }
    const className = attributes.includes('class') ? element.getAttribute('class') : null;
    if (className && CAPTION_CLASS.test(className) && !NOT_CAPTION_CLASS.test(className) && isCaptionSized(element)) {
      // On every element inside too: Readability replaces a wrapper by its only child and drops the mark.
      element.setAttribute(CAPTION_ATTRIBUTE, '');
      for (const inner of Array.from(element.getElementsByTagName('*'))) inner.setAttribute(CAPTION_ATTRIBUTE, '');
    }
    if (attributes.includes(HEADING_LEVEL_ATTRIBUTE)) {
      if (teasersOn && isLinkedHeading(element)) linkedHeadings.push(element);
      return;
    }
    if (NEVER_BY_NAME.has(tag)) return;
    const role = attributes.includes('role') ? element.getAttribute('role') : null;
    const roleGroup = typedGroup ?? (role ? typed.find((group) => group.roles?.includes(role)) : undefined);
    if (roleGroup) {
      candidates.push({ element, group: roleGroup.name, maxTextLength: roleGroup.maxTextLength, guarded: roleGroup });
      return;
    }
    const id = attributes.includes('id') ? element.getAttribute('id') : null;
    if (!className && !id) return;
    const group = id ? namedGroup(`${className ?? ''} ${id}`) : classGroup(className!);
    if (group) candidates.push({ element, group: group.name, maxTextLength: group.maxTextLength, guarded: group });
  };
  const namedGroup = (names: string): RemovalGroup | null =>
    (anyNamed?.test(names) && named.find((candidate) => candidate.classOrId!.test(names))) || null;
  // A page gives the same class to many elements (every card, every list item): each class is tested once. Keyed
  // by the attribute's own string, not a joined one, whose hash a browser would compute anew for every element.
  const groupsByClass = new Map<string, RemovalGroup | null>();
  const classGroup = (className: string): RemovalGroup | null => {
    let group = groupsByClass.get(className);
    if (group === undefined) {
      group = namedGroup(`${className} `);
      groupsByClass.set(className, group);
    }
    return group;
  };

  const visitText = (node: Text): void => {
    const raw = node.data;
    if (raw.length < 2 || isBlank(raw)) return;
    const text = raw.trim();
    const parent = node.parentElement;
    if (!parent) return;
    if (text.length <= MAX_LABEL_LENGTH && anyWhole?.test(text.replace(/\s+/g, ' '))) {
      const label = text.replace(/\s+/g, ' ');
      const group = whole.find((candidate) => candidate.pattern.test(label))?.group;
      if (group) {
        // INLINE_LABEL: only a block that says nothing but the label is one ("Food <a>advertising</a> aimed…" is prose).
        const block = blockOf(parent);
        if (block && textOf(block) === label) {
          candidates.push({ element: labelBox(outermostWithText(block, label, PROTECTED_TAGS), group), group: group.name, maxTextLength: group.maxTextLength });
          return;
        }
      }
    }
    const link = linkLabels.length && text.length >= 12 ? enclosingLink(parent) : null;
    if (link) {
      const block = blockOf(link);
      if (block && !linkChecked.has(block)) {
        linkChecked.add(block);
        // The block's text must be the link's: a link text no label pattern takes spares reading the block's.
        const linkText = textOf(link);
        const group = linkLabels.find((candidate) => candidate.wholeLinkText!.test(linkText));
        if (group && textOf(block) === linkText && !block.hasAttribute(HEADING_LEVEL_ATTRIBUTE)) {
          candidates.push({ element: block, group: group.name, maxTextLength: group.maxTextLength });
          return;
        }
      }
    }
    // A picture's caption opens no block: "© Provided by …" on a photo is not a copyright notice for the paragraph.
    if (!anyLeading || parent.hasAttribute(CAPTION_ATTRIBUTE)) return;
    const block = leadBlockOf(parent);
    // Only the first text of a block can lead it; one test per block.
    if (!block || blockStarts.has(block)) return;
    blockStarts.add(block);
    // A long first text that matches no label cannot start one; only short ones may be split ("<b>Related</b>: …").
    if (text.length > LEAD_SPLIT && !anyLeading.test(text)) return;
    const start = leadText(block, LEAD_WINDOW);
    // A short block whose label is split over elements ("<div>PUBLISHED: <time><span>10:48…</span></time></div>").
    if (start.length <= MAX_LABEL_LENGTH && anyWhole?.test(start) && textOf(block) === start) {
      const group = whole.find((candidate) => candidate.pattern.test(start))?.group;
      if (group && !block.hasAttribute(HEADING_LEVEL_ATTRIBUTE)) {
        candidates.push({ element: labelBox(outermostWithText(block, start, PROTECTED_TAGS), group), group: group.name, maxTextLength: group.maxTextLength });
        return;
      }
    }
    if (!start.startsWith(text.replace(/\s+/g, ' ').slice(0, 20)) || !anyLeading.test(start)) return;
    const group = leading.find(({ pattern }) => pattern.test(start))?.group;
    if (group) candidates.push({ element: labelBox(block, group), group: group.name, maxTextLength: group.maxTextLength, guarded: group });
  };

  if (listed) {
    for (const element of listed.elements) visitElement(element, element.localName);
    for (const text of listed.index.texts) visitText(text);
  } else {
    walk(body, visitElement, visitText);
  }
  if (shareOn) findShareBars(controls, candidates);
  if (teasersOn) findTeaserLists(linkedHeadings, candidates);
  if (storiesOn && articles.length > 1) findOtherStories(doc, articles, candidates);

  const counts: RemovalCounts = {};
  for (const { element, group, maxTextLength, guarded } of candidates) {
    // Not `isConnected`: happy-dom reports every node of a cloned document as disconnected.
    if (PROTECTED_TAGS.has(element.localName) || !doc.contains(element)) continue;
    if (maxTextLength !== undefined) {
      const text = textOf(element);
      if (text.length > maxTextLength) {
        // Too big for its group; if it is plainly an article section, Readability must not drop it by name either.
        if (guarded && guarded.name !== 'comments' && isArticleSection(element, text, vocabulary)) unname(element);
        continue;
      }
      if (guarded && !passesGuards(element, text, guarded, vocabulary)) {
        // Judged to be content despite its name: Readability must not drop it for the same name.
        unname(element);
        continue;
      }
    }
    element.remove();
    counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

/** A heading the preparing walk marked with its page level (a real or ARIA heading, not a bold paragraph). */
const hasHeadingLevel = (element: Element) => element.hasAttribute(HEADING_LEVEL_ATTRIBUTE);

function isCaptionSized(element: Element): boolean {
  return textOf(element).length <= MAX_CAPTION_LENGTH && !firstDescendant(element, hasHeadingLevel);
}

/** A heading whose whole text is one link to another page: a teaser card's headline. */
function isLinkedHeading(heading: Element): boolean {
  const inner = heading.getElementsByTagName('a');
  const link = closestWhere(heading, isLinkWithHref) ?? (inner.length === 1 ? inner.item(0) : null);
  const href = link?.getAttribute('href') ?? '';
  if (!link || !href || href.startsWith('#')) return false;
  return link.contains(heading) || textOf(link) === textOf(heading);
}

/**
 * Teaser lists: the largest nearby ancestor holding two or more linked headings, mostly link text and no
 * heading of its own that is not a link (which would make it an article section).
 */
function findTeaserLists(headings: readonly Element[], out: Candidate[]): void {
  const tally = new Map<Element, number>();
  for (const heading of headings) {
    let ancestor = heading.parentElement;
    for (let depth = 0; ancestor && depth < TEASER_MAX_DEPTH && !PROTECTED_TAGS.has(ancestor.localName); depth++) {
      tally.set(ancestor, (tally.get(ancestor) ?? 0) + 1);
      ancestor = ancestor.parentElement;
    }
  }
  const teaserSet = new Set(headings);
  const lists = [...tally].filter(([ancestor, count]) => {
    if (count < 2) return false;
    const text = textOf(ancestor);
    if (text.length > 5000 || linkDensity(ancestor, text.length) < 0.5) return false;
    return descendantsWhere(ancestor, hasHeadingLevel).every((heading) => teaserSet.has(heading));
  });
  const listSet = new Set(lists.map(([ancestor]) => ancestor));
  for (const [ancestor] of lists) {
    let outer = ancestor.parentElement;
    while (outer && !listSet.has(outer)) outer = outer.parentElement;
    if (!outer) out.push({ element: ancestor, group: 'teasers' });
  }
}

/**
 * Other stories: with several <article> elements, the one holding the page's first h1 is the story; every
 * other <article> outside it, and shorter than it, is another story (an appended feed, a teaser).
 */
function findOtherStories(doc: Document, articles: readonly Element[], out: Candidate[]): void {
  const h1 = doc.body?.querySelector('h1');
  if (!h1) return;
  const main = articles.filter((article) => article.contains(h1)).at(-1);
  if (!main) return;
  const mainLength = textOf(main).length;
  for (const article of articles) {
    if (article.contains(main) || main.contains(article)) continue;
    if (textOf(article).length < mainLength) out.push({ element: article, group: 'other-stories' });
  }
}

/**
 * For groups whose label heads a small box (a product card's "SHOP NOW", a video's "Watch: …"): the largest
 * ancestor of the label's block that stays within the group's box size and holds no prose.
 */
function labelBox(block: Element, group: RemovalGroup): Element {
  if (!group.box) return block;
  let box = block;
  for (let parent = box.parentElement; parent && !PROTECTED_TAGS.has(parent.localName) && parent.localName !== 'article'; parent = parent.parentElement) {
    if (textOf(parent).length > group.box || firstDescendant(parent, isProseParagraph)) break;
    box = parent;
  }
  return box;
}

/** A paragraph of more than a sentence or two: article prose. */
const isProseParagraph = (element: Element) => element.localName === 'p' && countWords(textOf(element)) > PROSE_WORDS;

/** Drops class and id, whose names Readability would read as "unlikely" and drop the element for. */
function unname(element: Element): void {
  element.removeAttribute('class');
  element.removeAttribute('id');
}

/** Pre-order walk over elements and text nodes, skipping nothing; iterative so deep pages cannot overflow. */
function walk(root: Element, onElement: (element: Element, tag: string) => void, onText: (node: Text) => void): void {
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === ELEMENT_NODE) {
      onElement(node as Element, (node as Element).localName);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    } else if (node.nodeType === TEXT_NODE) {
      onText(node as Text);
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
}

/**
 * Guards for class/id matches, which are only a hint:
 * - RELATED_PROSE: groups marked `linkHeavy` (related lists, promos) must be mostly link text;
 * - a match holding a real section heading and much text that is not links is an article section with an
 *   unlucky id.
 */
function passesGuards(element: Element, text: string, group: RemovalGroup, vocabulary: Vocabulary): boolean {
  if (group.linkHeavy && linkDensity(element, text.length) < group.linkHeavy) return false;
  return group.name === 'comments' || !isArticleSection(element, text, vocabulary);
}

/** Much text that is not links, under a heading that is not page furniture: a section of the article. */
function isArticleSection(element: Element, text: string, vocabulary: Vocabulary): boolean {
  if (text.length < SECTION_TEXT || linkDensity(element, text.length) >= 0.5) return false;
  for (const heading of descendantsWhere(element, hasHeadingLevel)) {
    const title = textOf(heading);
    if (title && !isFurnitureHeading(vocabulary, title)) return true;
  }
  return false;
}

/** The <a> this element is in (or is), looking up through inline elements only; no selector matching. */
function enclosingLink(element: Element): Element | null {
  for (let current: Element | null = element; current && INLINE_TAGS.has(current.localName); current = current.parentElement) {
    if (current.localName === 'a') return current;
  }
  return null;
}

/** The first `max` characters of an element's text (whitespace collapsed, captions left out), without reading all of it. */
function leadText(element: Element, max: number): string {
  let text = '';
  let node: Node | null = element.firstChild;
  while (node && node !== element && text.length < max * 2) {
    const isElement = node.nodeType === ELEMENT_NODE;
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    // "<strong>DON'T MISS</strong><br><a>…" reads as two words, not "MISSChina".
    else if (isElement) text += ' ';
    if (isElement && node.firstChild && !(node as Element).hasAttribute(CAPTION_ATTRIBUTE)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) node = node.parentNode;
    if (!node || node === element) break;
    node = node.nextSibling;
  }
  // The last text node read may be a whole article's: collapsing its first stretch is enough when that
  // already gives more than `max` characters (what follows cannot change them).
  if (text.length > max * 4) {
    const head = collapseWhitespace(text.slice(0, max * 4));
    if (head.length > max) return head.slice(0, max);
  }
  return collapseWhitespace(text).slice(0, max);
}

/** The nearest ancestor-or-self that is not an inline element: the block a label sits in. */
function blockOf(element: Element): Element | null {
  let current: Element | null = element;
  while (current && INLINE_TAGS.has(current.localName)) current = current.parentElement;
  return current && !PROTECTED_TAGS.has(current.localName) ? ownLine(element, current) : null;
}

function leadBlockOf(element: Element): Element | null {
  let current: Element | null = element;
  while (current && INLINE_TAGS.has(current.localName)) current = current.parentElement;
  if (!current || PROTECTED_TAGS.has(current.localName)) return null;
  const line = ownLine(element, current);
  if (line !== current) return line;
  while (current && !LEADING_LABEL_BLOCKS.has(current.localName)) {
    if (PROTECTED_TAGS.has(current.localName)) return null;
    current = current.parentElement;
  }
  return current;
}

/**
 * An inline run that starts a line of its own inside a block, after a block element or a line break
 * (`<div><p>…</p><strong>Simak Video …</strong>…`), is a block of its own for the label tests; else `block`.
 */
function ownLine(inner: Element, block: Element): Element {
  // Only a run right inside the block (one inline level: "<strong>…</strong>"); a link on its own line is a
  // control or a promo, judged by the link tests.
  const run = inner;
  if (run === block || run.parentElement !== block || run.localName === 'a') return block;
  // The sibling before it, past one run of white space (never a walk along a long paragraph).
  let before = run.previousSibling;
  if (before?.nodeType === TEXT_NODE && isBlank((before as Text).data)) before = before.previousSibling;
  if (before?.nodeType !== ELEMENT_NODE) return block;
  const tag = (before as Element).localName;
  return tag === 'br' || !INLINE_TAGS.has(tag) ? run : block;
}

/**
 * Share bars: the largest nearby ancestor holding two or more share controls and little else. Controls are
 * known by their target (sharer URLs) or their label, icon-only ones by aria-label or title. Generic labels
 * ("Email", "Print", "Link", "Text", "More") count only in a cluster that also has a network or a sharer link,
 * so "Ask about <a>text</a> or <a>email</a> reminders" is a sentence, not a share bar.
 */
function findShareBars(controls: readonly Element[], out: Candidate[]): void {
  const tally = new Map<Element, { controls: number; strong: number; controlText: number }>();
  for (const control of controls) {
    const href = control.getAttribute('href') ?? '';
    const text = textOf(control);
    const label = (text || control.getAttribute('aria-label') || control.getAttribute('title') || '').trim();
    const byTarget = SHARE_HREF.test(href);
    if (!byTarget && !SHARE_LABEL.test(label)) continue;
    const strong = byTarget || SHARE_NETWORK.test(label);
    if (byTarget) out.push({ element: control, group: 'share', maxTextLength: MAX_LABEL_LENGTH });
    let ancestor = control.parentElement;
    for (let depth = 0; ancestor && depth < SHARE_BAR_MAX_DEPTH && !PROTECTED_TAGS.has(ancestor.localName); depth++) {
      const entry = tally.get(ancestor) ?? { controls: 0, strong: 0, controlText: 0 };
      entry.controls++;
      if (strong) entry.strong++;
      entry.controlText += text.length;
      tally.set(ancestor, entry);
      ancestor = ancestor.parentElement;
    }
  }
  const bars = [...tally].filter(
    ([ancestor, { controls: count, strong, controlText }]) =>
      count >= 2 && strong >= 1 && !textSurelyLongerThan(ancestor, controlText + MAX_SHARE_BAR_EXTRA_TEXT) && textOf(ancestor).length - controlText <= MAX_SHARE_BAR_EXTRA_TEXT,
  );
  const barSet = new Set(bars.map(([ancestor]) => ancestor));
  for (const [ancestor] of bars) {
    let outer = ancestor.parentElement;
    while (outer && !barSet.has(outer)) outer = outer.parentElement;
    if (!outer) out.push({ element: ancestor, group: 'share' });
  }
}
