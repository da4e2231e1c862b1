import type { OtherContentTest } from './facts';
import { HEADING_ID_ATTRIBUTE } from '../page/headings';
import { indexPage, textData, type PageIndex } from '../page/page-index';
import { absoluteUrl, withoutHash } from '../extraction/related';
import { blockText, collapseWhitespace, countWords, textOf } from '../page/text';
import type { SourceEntry } from '../types';
import { labelText as vocabularyLabel, perVocabulary, wordPattern } from '../vocabulary/index';

/** Marks, on the working clone, the elements of the page's sources list so the cleaned article can drop them. */
export const SOURCES_ATTRIBUTE = 'data-hao-sources';

interface SourcesLabels {
  /** "References", "Quellen", "Studies cited" … as a heading or a label; a count after it is allowed ("Sources (12)"). */
  label: RegExp;
  /**
   * The same, leading a block that holds the list itself ("SOURCES: Du Toit, G. …"). Not a word that also credits
   * a photo or a chart ("Source: Reuters", "Quelle: dpa").
   */
  lead: RegExp;
}
const sourcesLabels = perVocabulary(
  (vocabulary): SourcesLabels => ({
    label: vocabulary.whole('sourcesLabels'),
    lead: wordPattern(`^\\s*(?!${vocabulary.source('creditLabels')}\\s*:)${vocabulary.source('sourcesLabels')}\\s*:\\s*`, 'iu'),
  }),
);
/** Class or id of a references container, as whole tokens. */
const SOURCES_CLASS = /(?:^|[\s_-])(?:references|reference-?list|ref-?list|reflist|citations|bibliography|footnotes|sources|source-?list|article-?sources|works-?cited)(?=$|[\s_-])/i;
/** "^ a b" back-links that open Wikipedia-style entries. */
const BACKLINKS = /^\s*[\^↑](?:\s+[a-z]{1,2}\b)*\s*/;
const DOI = /\b10\.\d{4,9}\/[^\s"<>]+/;
const PUBMED_URL = /(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d{1,9})(?!\d)/i;
const PMID_TEXT = /\bPMID:?\s*(\d{1,9})\b/;
/** Inline citation links read "1", "[2]" or "(3)". */
const CITATION_NUMBER = /^[[(]?\d{1,3}[\])]?$/;
const MIN_ENTRY_CHARS = 10;
const NOT_TEXT = new Set(['style', 'script', 'template', 'noscript']);
/** A paragraph of more words than this after the list is article prose: the list is not at the end. */
const MAX_WORDS_AFTER_LIST = 12;
const MAX_CLIMB = 2;

/**
 * The page's references / sources lists, read before cleaning (Readability drops link-heavy lists and page
 * footers). Finds lists under a sources heading or label, in a references container (class or id), and
 * label-led blocks ("SOURCES: …"), outside menus and other articles. Their elements are marked with
 * SOURCES_ATTRIBUTE for `takeSources`.
 */
export function collectSourceList(doc: Document, isOther: OtherContentTest, page: PageIndex = indexPage(doc), texts: readonly string[] = textData(page)): SourceEntry[] {
  const groups: Element[][] = [];
  const taken = (element: Element) => groups.some((group) => group.some((member) => member.contains(element) || element.contains(member)));
  const add = (group: Element[]) => {
    if (group.length && !group.some(taken) && !isOther(group[0]!)) groups.push(group);
  };
  const { label: sourcesLabel, lead: sourcesLead } = sourcesLabels(page.vocabulary);
  for (const label of [...page.headings, ...page.labels]) {
    if (sourcesLabel.test(labelText(label))) add(sectionAfter(label));
  }
  for (const { element: container, names } of page.named) {
    if (!SOURCES_CLASS.test(names) || !itemsOf(container).length) continue;
    // Its heading goes with it, or an empty "References" would stay behind in the article.
    const heading = container.previousElementSibling;
    add(heading && sourcesLabel.test(labelText(heading)) ? [heading, container] : [container]);
  }
  texts.forEach((value, index) => {
    if (!sourcesLead.test(value)) return;
    const block = page.texts[index]!.parentElement?.closest('p, div');
    if (block && sourcesLead.test(textOf(block))) add(sourcesLabel.test(labelText(block)) ? sectionAfter(block) : [block]);
  });
  groups.sort((a, b) => (a[0]!.compareDocumentPosition(b[0]!) & 4 ? -1 : 1));

  const entries: SourceEntry[] = [];
  // A list's tools ("Download references") are no entry.
  const tool = page.vocabulary.whole('pageTools', 'callsToAction');
  for (const group of groups) {
    for (const element of group) element.setAttribute(SOURCES_ATTRIBUTE, '');
    for (const element of group) entries.push(...readEntries(element, page.baseUrl, sourcesLead).filter((entry) => !tool.test(vocabularyLabel(entry.text))));
  }
  return entries;
}

/**
 * The sources for the report, from the cleaned article `root`. A listed sources section that closes the
 * article is removed from `root` (its entries are in the report instead); a list amid the prose stays.
 * Without a list, numbered inline citation links to other sites ("… in the United States (1).") are the sources.
 */
export function takeSources(root: Element, listed: SourceEntry[], baseUrl: string): SourceEntry[] {
  if (!listed.length) return inlineCitations(root, baseUrl);
  const marked = Array.from(root.querySelectorAll(`[${SOURCES_ATTRIBUTE}]`)).filter((element) => !element.parentElement?.closest(`[${SOURCES_ATTRIBUTE}]`));
  if (marked.length && closesArticle(root, marked)) for (const element of marked) element.remove();
  return listed;
}

/** A label's words without its colon, count or Wikipedia's "[edit]" link. */
function labelText(label: Element): string {
  return textOf(label).replace(/\s*\[edit\]$/i, '').replace(/[\s:]*(?:\(\d+\)|\d+)?$/, '');
}

/** What a sources label introduces: the following siblings up to the next heading, or the rest of `<details>`. */
function sectionAfter(label: Element): Element[] {
  let start: Element = label;
  for (let climb = 0; !start.nextElementSibling && climb < MAX_CLIMB && start.parentElement; climb++) start = start.parentElement;
  const section: Element[] = [];
  for (let next = start.nextElementSibling; next && !next.hasAttribute(HEADING_ID_ATTRIBUTE) && !next.querySelector(`[${HEADING_ID_ATTRIBUTE}]`); next = next.nextElementSibling) {
    if (!NOT_TEXT.has(next.localName)) section.push(next);
  }
  return section.some((element) => itemsOf(element).length || /^(p|div)$/.test(element.localName)) ? [start, ...section] : [];
}

/** List items of the lists in `container` (outermost lists only), or none. */
function itemsOf(container: Element): Element[] {
  const outermost = (list: Element) => {
    const outer = list.parentElement?.closest('ul, ol');
    return !outer || !container.contains(outer);
  };
  const lists = /^(ul|ol)$/.test(container.localName) ? [container] : Array.from(container.querySelectorAll('ul, ol')).filter(outermost);
  return lists.flatMap((list) => Array.from(list.children).filter((child) => child.localName === 'li'));
}

function readEntries(element: Element, baseUrl: string, lead: RegExp): SourceEntry[] {
  if (element.hasAttribute(HEADING_ID_ATTRIBUTE) || /^(summary|dt|button)$/.test(element.localName)) return [];
  const items = itemsOf(element);
  // blockText, not textContent: Wikipedia puts a <style> inside each entry.
  if (items.length) return items.map((item) => sourceEntry(collapseWhitespace(blockText(item)), linksOf(item), baseUrl)).filter((entry) => entry !== null);
  // Citations as lines: paragraphs, or one block broken by <br>.
  const links = linksOf(element);
  return blockText(element)
    .split('\n\n')
    .map((line) => line.replace(lead, ''))
    .map((line) => sourceEntry(line, links.filter((link) => line.includes(link.text)), baseUrl))
    .filter((entry) => entry !== null);
}

interface Link {
  href: string;
  text: string;
}

function linksOf(element: Element): Link[] {
  return Array.from(element.querySelectorAll('a[href]')).map((link) => ({ href: link.getAttribute('href') ?? '', text: textOf(link) }));
}

/** An entry with its first link (to another site when it has one), DOI and PubMed id; null for a stray line. */
function sourceEntry(text: string, links: Link[], baseUrl: string): SourceEntry | null {
  const clean = collapseWhitespace(text.replace(BACKLINKS, ''));
  if (clean.length < MIN_ENTRY_CHARS) return null;
  const host = hostOf(baseUrl);
  const page = withoutHash(baseUrl);
  // Back-links to the citing sentence ("#cite_ref-3", or this page's full address with it) are not sources.
  const urls = links
    .map((link) => absoluteUrl(link.href, baseUrl))
    .filter((url): url is string => !!url && /^https?:/i.test(url) && withoutHash(url) !== page);
  const entry: SourceEntry = { text: clean };
  const url = urls.find((candidate) => hostOf(candidate) !== host) ?? urls[0];
  if (url) entry.url = url;
  const doi = findDoi([clean, ...urls]);
  if (doi) entry.doi = doi;
  const pubmedId = findPubmedId(clean, urls);
  if (pubmedId) entry.pubmedId = pubmedId;
  return entry;
}

/** The first DOI in the texts, without the punctuation that ends its sentence. */
export function findDoi(texts: readonly string[]): string | null {
  for (const text of texts) {
    const match = DOI.exec(safeDecode(text));
    if (match) return trimDoi(match[0]);
  }
  return null;
}

/** A PubMed id from a PubMed link or a "PMID: 123" mention (PMC ids are a different archive). */
export function findPubmedId(text: string, urls: readonly string[]): string | null {
  for (const url of urls) {
    const match = PUBMED_URL.exec(url);
    if (match) return match[1]!;
  }
  return PMID_TEXT.exec(text)?.[1] ?? null;
}

function trimDoi(doi: string): string {
  let trimmed = doi.replace(/[.,;:]+$/, '');
  // A closing bracket belongs to the DOI only when the DOI opened it: "10.1016/S0140-6736(20)30183-5".
  while (/[)\]]$/.test(trimmed) && count(trimmed, /[([]/g) < count(trimmed, /[)\]]/g)) trimmed = trimmed.slice(0, -1).replace(/[.,;:]+$/, '');
  return trimmed;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * The marked sources come after every paragraph of the article: only lists ("Further reading", "External
 * links") and short lines follow.
 */
function closesArticle(root: Element, marked: Element[]): boolean {
  const first = marked[0]!;
  for (const block of Array.from(root.querySelectorAll('p, blockquote, pre, table'))) {
    if (!(first.compareDocumentPosition(block) & 4) || marked.some((element) => element.contains(block))) continue;
    if (countWords(textOf(block)) > MAX_WORDS_AFTER_LIST) return false;
  }
  return true;
}

/** Numbered citation links to other sites, once each, in the order the article first cites them. */
function inlineCitations(root: Element, baseUrl: string): SourceEntry[] {
  const host = hostOf(baseUrl);
  const entries: SourceEntry[] = [];
  const seen = new Set<string>();
  // By tag, then the attribute: an attribute selector is a slower scan in jsdom.
  for (const link of Array.from(root.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    if (!href || !CITATION_NUMBER.test(textOf(link))) continue;
    const url = absoluteUrl(href, baseUrl);
    if (!url || !/^https?:/i.test(url) || hostOf(url) === host || seen.has(url)) continue;
    seen.add(url);
    const entry: SourceEntry = { text: link.getAttribute('title')?.trim() || url, url };
    const doi = findDoi([url]);
    if (doi) entry.doi = doi;
    const pubmedId = findPubmedId('', [url]);
    if (pubmedId) entry.pubmedId = pubmedId;
    entries.push(entry);
  }
  return entries;
}
