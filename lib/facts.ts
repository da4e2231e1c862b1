import { findDate } from './dates';
import { collapseWhitespace, textOf } from './text';

/** Who reviewed the article and when it was written, read before cleaning removes bylines and JSON-LD. */
export interface PageFacts {
  reviewedBy: string | null;
  published: string | null;
  modified: string | null;
}

type JsonObject = Record<string, unknown>;

const META_PUBLISHED = ['article:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date', 'publish-date', 'pubdate'];
const META_MODIFIED = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dc.date.modified'];
const REVIEWER_LABEL = /\b(?:medically |clinically |expert[- ])?(?:reviewed|fact[- ]checked)(?: by)?:?\s*$/i;
const REVIEWER_INLINE =
  /\b(?:medically |clinically |expert[- ])?(?:reviewed|fact[- ]checked) by:?\s+(.+?)(?=\s*(?:[—–|•·]|\s-\s|\bwritten by\b|\bupdated\b|\bpublished\b|\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bat\b|$))/i;
const UPDATED_TEXT = /\b(?:updated|modified|revised)(?: on)?:?\s+/i;
/** Dates in these places belong to other articles or to the site, not to this article. */
const NOT_THIS_ARTICLE = 'nav, footer, aside, [role="navigation"], [role="complementary"]';

export function collectFacts(doc: Document, foreign: readonly Element[]): PageFacts {
  const jsonLd = readJsonLd(doc);
  const article = jsonLd.find((node) => /Article|Posting|WebPage|Report/i.test(typeName(node))) ?? jsonLd[0];
  const isForeign = (element: Element) => !!element.closest(NOT_THIS_ARTICLE) || foreign.some((container) => container.contains(element));
  return {
    reviewedBy: (article && personName(article.reviewedBy)) || visibleReviewer(doc, isForeign),
    published: findDate(asString(article?.datePublished)) ?? metaDate(doc, META_PUBLISHED) ?? firstTimeElement(doc, isForeign),
    modified: findDate(asString(article?.dateModified)) ?? metaDate(doc, META_MODIFIED) ?? visibleUpdated(doc, isForeign),
  };
}

function readJsonLd(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as JsonObject;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  }
  return nodes;
}

function typeName(node: JsonObject): string {
  const type = node['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function personName(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(personName).filter(Boolean).join(', ') || null;
  if (typeof value === 'string') return collapseWhitespace(value) || null;
  if (value && typeof value === 'object') {
    const person = value as JsonObject;
    const name = asString(person.name);
    if (!name) return null;
    const credentials = asString(person.honorificSuffix);
    return collapseWhitespace(credentials && !name.includes(credentials) ? `${name}, ${credentials}` : name);
  }
  return null;
}

function metaDate(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const meta = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const date = findDate(meta?.getAttribute('content'));
    if (date) return date;
  }
  return null;
}

function firstTimeElement(doc: Document, isForeign: (element: Element) => boolean): string | null {
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    if (isForeign(time)) continue;
    const date = findDate(time.getAttribute('datetime')) ?? findDate(textOf(time));
    if (date) return date;
  }
  return null;
}

/** "Medically reviewed by Jane Doe, MD" as text, with the name often in its own link or span. */
function visibleReviewer(doc: Document, isForeign: (element: Element) => boolean): string | null {
  for (const element of labelledElements(doc, /reviewed|fact[- ]checked/i, isForeign)) {
    const text = textOf(element);
    const inline = REVIEWER_INLINE.exec(text);
    if (inline?.[1]) return inline[1].replace(/[,;:]$/, '').trim();
    if (REVIEWER_LABEL.test(text)) {
      const next = element.nextElementSibling;
      if (next) return textOf(next) || null;
    }
  }
  return null;
}

function visibleUpdated(doc: Document, isForeign: (element: Element) => boolean): string | null {
  for (const element of labelledElements(doc, UPDATED_TEXT, isForeign)) {
    const text = textOf(element);
    const label = UPDATED_TEXT.exec(text);
    if (label) {
      const date = findDate(text.slice(label.index));
      if (date) return date;
    }
  }
  return null;
}

/** Short elements (bylines, date lines) whose own text mentions the label. */
function labelledElements(doc: Document, label: RegExp, isForeign: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 200 || !label.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || isForeign(parent) || /^(script|style)$/.test(parent.localName)) continue;
    const block = textOf(parent).length < 40 && parent.parentElement ? parent.parentElement : parent;
    if (textOf(block).length <= 300) found.push(block);
  }
  return found;
}
