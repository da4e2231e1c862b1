import { REMOVAL_GROUPS, SHARE_HREF, SHARE_LABEL, type RemovalGroup, type RemovalGroupName } from './removals';
import { textOf } from './text';

/** Never removed, whatever their class says: a `body class="ads-enabled"` is still the page. */
const PROTECTED_TAGS = new Set(['html', 'head', 'body', 'main']);
const SHOW_TEXT = 4;
/** Labels are short; longer text nodes are prose and skip the label tests. */
const MAX_LABEL_LENGTH = 80;
/** Text a share bar may carry besides its buttons ("Share this article:"). */
const MAX_SHARE_BAR_EXTRA_TEXT = 40;
const SHARE_BAR_MAX_DEPTH = 4;
const LEADING_LABEL_BLOCKS = 'p, div, aside, li, section, blockquote, figure';

export type RemovalCounts = Partial<Record<RemovalGroupName, number>>;
interface Candidate {
  element: Element;
  group: RemovalGroupName;
  /** Undefined when the finder already proved the element is boilerplate (related lists). */
  maxTextLength?: number;
}

/**
 * Removes every boilerplate element the groups find, plus `known` elements other steps identified (the
 * related lists they collected). Returns how many elements each group removed.
 */
export function removeBoilerplate(
  doc: Document,
  known: readonly { element: Element; group: RemovalGroupName }[] = [],
  groups: readonly RemovalGroup[] = REMOVAL_GROUPS,
): RemovalCounts {
  const body = doc.body;
  if (!body) return {};
  const candidates: Candidate[] = [...known];
  findByClassOrId(body, groups, candidates);
  findBySelector(body, groups, candidates);
  findByLabelText(doc, body, groups, candidates);
  if (groups.some((group) => group.name === 'share')) findShareBars(body, candidates);

  const counts: RemovalCounts = {};
  for (const { element, group, maxTextLength } of candidates) {
    // Not `isConnected`: happy-dom reports every node of a cloned document as disconnected.
    if (!doc.contains(element) || PROTECTED_TAGS.has(element.localName)) continue;
    if (maxTextLength !== undefined && textOf(element).length > maxTextLength) continue;
    element.remove();
    counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

function findByClassOrId(body: Element, groups: readonly RemovalGroup[], out: Candidate[]): void {
  const patterned = groups.filter((group) => group.classOrId);
  const elements = body.getElementsByTagName('*');
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!;
    const className = element.getAttribute('class');
    const id = element.getAttribute('id');
    if (!className && !id) continue;
    const names = `${className ?? ''} ${id ?? ''}`;
    const group = patterned.find((candidate) => candidate.classOrId!.test(names));
    if (group) out.push({ element, group: group.name, maxTextLength: group.maxTextLength });
  }
}

function findBySelector(body: Element, groups: readonly RemovalGroup[], out: Candidate[]): void {
  for (const group of groups) {
    if (!group.selector) continue;
    for (const element of Array.from(body.querySelectorAll(group.selector))) {
      out.push({ element, group: group.name, maxTextLength: group.maxTextLength });
    }
  }
}

/** One walk over text nodes finds label-only blocks ("ADVERTISEMENT") and label-led ones ("Related: …"). */
function findByLabelText(doc: Document, body: Element, groups: readonly RemovalGroup[], out: Candidate[]): void {
  const whole = groups.filter((group) => group.wholeText);
  const leading = groups.filter((group) => group.leadingText);
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (!text || text.length > MAX_LABEL_LENGTH) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    const label = text.replace(/\s+/g, ' ');
    const wholeGroup = whole.find((group) => group.wholeText!.test(label));
    if (wholeGroup) {
      out.push({ element: outermostWithText(parent, label), group: wholeGroup.name, maxTextLength: wholeGroup.maxTextLength });
      continue;
    }
    for (const group of leading) {
      if (!group.leadingText!.test(label)) continue;
      const block = parent.closest(LEADING_LABEL_BLOCKS);
      if (!block || PROTECTED_TAGS.has(block.localName)) continue;
      if (group.name === 'promos' && !block.querySelector('a[href]')) continue;
      if (group.leadingText!.test(textOf(block))) out.push({ element: block, group: group.name, maxTextLength: group.maxTextLength });
    }
  }
}

/** The largest ancestor whose whole text is still just `label`: the ad slot, not only its caption. */
function outermostWithText(element: Element, label: string): Element {
  let current = element;
  for (let parent = current.parentElement; parent && !PROTECTED_TAGS.has(parent.localName); parent = parent.parentElement) {
    if (textOf(parent) !== label) break;
    current = parent;
  }
  return current;
}

/**
 * Share bars: the largest nearby ancestor holding two or more share controls and little else. Controls are
 * known by their target (sharer URLs) or their label, icon-only ones by aria-label or title.
 */
function findShareBars(body: Element, out: Candidate[]): void {
  const tally = new Map<Element, { controls: number; controlText: number }>();
  for (const control of Array.from(body.querySelectorAll('a[href], button'))) {
    const href = control.getAttribute('href') ?? '';
    const text = textOf(control);
    const label = text || control.getAttribute('aria-label') || control.getAttribute('title') || '';
    const byTarget = SHARE_HREF.test(href);
    if (!byTarget && !SHARE_LABEL.test(label.trim())) continue;
    if (byTarget) out.push({ element: control, group: 'share', maxTextLength: MAX_LABEL_LENGTH });
    let ancestor = control.parentElement;
    for (let depth = 0; ancestor && depth < SHARE_BAR_MAX_DEPTH && !PROTECTED_TAGS.has(ancestor.localName); depth++) {
      const entry = tally.get(ancestor) ?? { controls: 0, controlText: 0 };
      entry.controls++;
      entry.controlText += text.length;
      tally.set(ancestor, entry);
      ancestor = ancestor.parentElement;
    }
  }
  const bars = [...tally].filter(
    ([ancestor, { controls, controlText }]) => controls >= 2 && textOf(ancestor).length - controlText <= MAX_SHARE_BAR_EXTRA_TEXT,
  );
  const barSet = new Set(bars.map(([ancestor]) => ancestor));
  for (const [ancestor] of bars) {
    let outer = ancestor.parentElement;
    while (outer && !barSet.has(outer)) outer = outer.parentElement;
    if (!outer) out.push({ element: ancestor, group: 'share' });
  }
}
