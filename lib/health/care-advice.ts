/**
 * When to get care: the article's own sections, cards and sentences that tell the reader when to seek help,
 * each with how urgent it is. Read from the cleaned article, so related-article cards, menus and ads (gone
 * by then) never count; neither does a block that is mostly links, nor a section headed by a link to another
 * page (a card that survived cleaning). The words are the page's
 * vocabulary's care families, per language.
 *
 * - A section whose heading is a care heading ("When to see a doctor", "Urgent advice: …", "¿Cuándo acudir al
 *   médico?"), or that sits under one, is advice through and through: each paragraph, and each list with the
 *   line that leads into it, is one entry.
 * - Elsewhere a sentence is advice when it names a kind of care (emergency services, a doctor…) and says when
 *   ("if", "si", "wenn"…), unless it says care is not needed. A sentence ending in ":" takes the list after it.
 * Urgency comes from the words: emergency care words make it an emergency, urgency words urgent, otherwise it
 * is routine; a care section's heading lends its urgency to entries that say none.
 */
import { outlineDepths } from '../output/outline';
import { HEADING_ID_ATTRIBUTE } from '../page/headings';
import { linkDensity, textOf } from '../page/text';
import type { CareAdvice, CareUrgency, OutlineEntry } from '../types';
import { labelText, wordPattern, type Vocabulary } from '../vocabulary/index';
import { articleProse, type ArticleBlock, type ArticleProse } from './article-blocks';

const URGENCY_ORDER: readonly CareUrgency[] = ['emergency', 'urgent', 'routine'];
/** A block or heading more than half links is navigation or a card of another article, never advice. */
const MAX_LINK_SHARE = 0.5;
const LIST_ITEM_JOINER = '; ';

interface CareWords {
  heading: RegExp;
  emergency: RegExp;
  urgent: RegExp;
  routine: RegExp;
  condition: RegExp;
  negation: RegExp;
}

/** Phrases of a `within` family as whole words anywhere in a sentence. */
function within(vocabulary: Vocabulary, family: Parameters<Vocabulary['source']>[0]): RegExp {
  return wordPattern(`(?<![\\p{L}\\p{N}])${vocabulary.source(family)}(?![\\p{L}\\p{N}])`, 'iu');
}

function careWords(vocabulary: Vocabulary): CareWords {
  return {
    heading: vocabulary.whole('careHeadings'),
    emergency: within(vocabulary, 'careEmergency'),
    urgent: within(vocabulary, 'careUrgent'),
    routine: within(vocabulary, 'careRoutine'),
    condition: within(vocabulary, 'careConditions'),
    negation: within(vocabulary, 'careNegations'),
  };
}

/** The urgency the words of `text` say, or null when they name no kind of care and no urgency. */
function urgencyOf(text: string, words: CareWords): CareUrgency | null {
  if (words.emergency.test(text)) return 'emergency';
  if (words.urgent.test(text)) return 'urgent';
  if (words.routine.test(text)) return 'routine';
  return null;
}

/** "See a GP if …" yes; "GPs see many patients" (no when), "You do not need to see a GP" (no care) no. */
function isAdviceSentence(sentence: string, words: CareWords): boolean {
  // The "when" first: its few short words rule out most sentences in one scan, before the long care phrases.
  return words.condition.test(sentence) && (words.emergency.test(sentence) || words.routine.test(sentence)) && !words.negation.test(sentence);
}

interface Found extends CareAdvice {
  order: number;
}

export function findCareAdvice(root: Element, outline: readonly OutlineEntry[], vocabulary: Vocabulary, prose: ArticleProse = articleProse(root, outline)): CareAdvice[] {
  const words = careWords(vocabulary);
  const sections = readSections(root, outline, words);
  const blocks = prose.blocks.filter(
    (block) => linkDensity(block.element, block.text.length) <= MAX_LINK_SHARE && !(block.section && sections.cards.has(block.section.id)),
  );
  const found: Found[] = [];
  const add = (text: string, urgency: CareUrgency, block: ArticleBlock, heading?: OutlineEntry) => {
    if (found.some((entry) => entry.text === text)) return;
    found.push({ ...(heading ? { heading: heading.text } : {}), text, urgency, sectionId: block.section?.id ?? null, order: found.length });
  };

  for (let index = 0; index < blocks.length; ) {
    const block = blocks[index]!;
    const careHeading = block.section ? sections.care.get(block.section.id) : undefined;
    if (block.list) {
      const items = listItems(blocks, index);
      if (careHeading) {
        const text = items.map((item) => item.text).join(LIST_ITEM_JOINER);
        add(text, urgencyOf(text, words) ?? urgencyOf(careHeading.text, words) ?? 'routine', block, careHeading);
      } else {
        for (const item of items) if (isAdviceSentence(item.text, words)) add(item.text, urgencyOf(item.text, words)!, item);
      }
      index += items.length;
      continue;
    }
    // A line ending in ":" leads into the list right after it ("See a GP if:" and its symptoms).
    const lead = block.text.endsWith(':') && blocks[index + 1]?.list ? listItems(blocks, index + 1) : [];
    if (careHeading) {
      const text = lead.length ? joinList(block.text, lead) : block.text;
      add(text, urgencyOf(text, words) ?? urgencyOf(careHeading.text, words) ?? 'routine', block, careHeading);
      index += 1 + lead.length;
      continue;
    }
    const sentences = prose.sentences(block.text);
    let listTaken = false;
    sentences.forEach((sentence, position) => {
      if (!isAdviceSentence(sentence, words)) return;
      const takesList = position === sentences.length - 1 && lead.length > 0;
      listTaken ||= takesList;
      add(takesList ? joinList(sentence, lead) : sentence, urgencyOf(sentence, words)!, block);
    });
    index += 1 + (listTaken ? lead.length : 0);
  }
  return found
    .sort((a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency) || a.order - b.order)
    .map(({ order: _order, ...advice }) => advice);
}

/** The consecutive items of the list that starts at `blocks[index]`. */
function listItems(blocks: readonly ArticleBlock[], index: number): ArticleBlock[] {
  const list = blocks[index]?.list;
  const items: ArticleBlock[] = [];
  for (let next = index; blocks[next]?.list === list && list; next++) items.push(blocks[next]!);
  return items;
}

function joinList(lead: string, items: readonly ArticleBlock[]): string {
  return `${lead} ${items.map((item) => item.text).join(LIST_ITEM_JOINER)}`;
}

/**
 * Each outline section under a care heading, with that heading: the section's own, or the nearest enclosing
 * one ("When to see a doctor" › "In children"). A heading that is a link to elsewhere heads a card of another
 * article (a related card that survived cleaning): it is no care heading, and its section gives no advice.
 */
function readSections(root: Element, outline: readonly OutlineEntry[], words: CareWords): { care: Map<string, OutlineEntry>; cards: Set<string> } {
  const depths = outlineDepths(outline);
  const care = new Map<string, OutlineEntry>();
  const cards = new Set<string>();
  const open: { depth: number; care: OutlineEntry | undefined }[] = [];
  outline.forEach((entry, index) => {
    const depth = depths[index] ?? 0;
    while (open.length && open.at(-1)!.depth >= depth) open.pop();
    const element = root.querySelector(`[${HEADING_ID_ATTRIBUTE}="${entry.id}"]`);
    if (element && isLinkToElsewhere(element)) cards.add(entry.id);
    const own = !cards.has(entry.id) && words.heading.test(labelText(entry.text));
    const heading = own ? entry : open.at(-1)?.care;
    open.push({ depth, care: heading });
    if (heading) care.set(entry.id, heading);
  });
  return { care, cards };
}

/** Mostly a link, and not only to a place in this page (headings that link to themselves are common). */
function isLinkToElsewhere(heading: Element): boolean {
  if (linkDensity(heading, textOf(heading).length) <= MAX_LINK_SHARE) return false;
  return Array.from(heading.getElementsByTagName('a')).some((link) => !(link.getAttribute('href') ?? '').startsWith('#'));
}
