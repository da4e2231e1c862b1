import { ariaHeadingLevel } from './headings';
import { closestWhere, collapseWhitespace, countWords, textOf } from './text';

/** A headline is a few words; a logo or a section banner set as h1 ("Clinic Notes", "News") is not one. */
const MIN_HEADLINE_WORDS = 3;
/** Of the shorter of headline and document title, this share of words must be shared. */
const MIN_SHARED = 0.3;
const MIN_SHARED_WORDS = 2;

/**
 * The article's headline as a reader sees it: the page's h1, not the `<title>` with its site suffix nor an SEO
 * variant in og:title. The h1 must be a few words and share words with the document title (a section banner
 * "Allergies Health Center" over the story does not); several h1s: the one that shares most. A page whose h1
 * is empty (a logo) may give its headline an h2, which must then stand in the document title. Null when no
 * heading qualifies; the pipeline then keeps Readability's title.
 *
 * `headings` are the page's heading candidates in document order (the preparing walk's marks), `metas` its meta tags.
 */
export function findHeadline(doc: Document, headings: readonly Element[], metas: readonly Element[]): string | null {
  const meta = metaContents(metas, ['og:title', 'twitter:title', 'og:site_name']);
  const titles = [doc.title, meta.get('og:title'), meta.get('twitter:title')].filter((title): title is string => !!title);
  const siteName = meta.get('og:site_name') ?? null;
  if (!titles.length) return null;
  let best: { text: string; shared: number } | null = null;
  const h2s: Element[] = [];
  for (const heading of headings) {
    const level = headingLevel(heading);
    if (level === 2) h2s.push(heading);
    if (level !== 1 || !isCandidate(heading)) continue;
    const text = textOf(heading);
    if (isSiteName(text, titles, siteName)) continue;
    const shared = Math.max(...titles.map((title) => sharedShare(text, title)));
    if (shared >= MIN_SHARED && (!best || shared > best.shared)) best = { text, shared };
  }
  if (best) return best.text;
  // No h1 with words (the logo is the h1): an h2 the document title opens with.
  const title = collapseWhitespace(doc.title).toLowerCase();
  const h2 = h2s.find((heading) => isCandidate(heading) && title.startsWith(textOf(heading).toLowerCase()));
  return h2 ? textOf(h2) : null;
}

/**
 * A logo set as h1: the site's name (og:site_name), or the shorter part of a document title split at its
 * separator ("Heart Health Today" of "Salt and the heart | Heart Health Today").
 */
function isSiteName(text: string, titles: readonly string[], siteName: string | null): boolean {
  const name = text.toLowerCase();
  if (name === collapseWhitespace(siteName ?? '').toLowerCase()) return true;
  return titles.some((title) => {
    const parts = title.split(/\s+[|–—:·•-]\s+/).map((part) => collapseWhitespace(part).toLowerCase());
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    return parts.length > 1 && parts.includes(name) && name !== longest;
  });
}

function isCandidate(heading: Element): boolean {
  const text = textOf(heading);
  return countWords(text) >= MIN_HEADLINE_WORDS && !closestWhere(heading, (element) => element.localName === 'nav' || element.getAttribute('role') === 'navigation');
}

function headingLevel(heading: Element): number {
  const tag = heading.localName;
  if (/^h[1-6]$/.test(tag)) return Number(tag[1]);
  return heading.getAttribute('role') === 'heading' ? ariaHeadingLevel(heading) : 0;
}

/** Shared words as a share of the shorter text's words. */
function sharedShare(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared >= MIN_SHARED_WORDS ? shared / Math.min(left.size, right.size) : 0;
}

/** The first content of each wanted meta tag (by `property` or `name`), in one pass over the page's metas. */
function metaContents(metas: readonly Element[], wanted: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const meta of metas) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    const content = key && wanted.includes(key) && !found.has(key) ? meta.getAttribute('content') : null;
    if (content) found.set(key!, content);
  }
  return found;
}
