/**
 * The one gate for addresses in a report: only `http:` and `https:` URLs leave the pipeline (related reading,
 * sources, the page's own address, links and images in the article's HTML), so nothing downstream (popup,
 * reader, Markdown, JSON) can carry a `javascript:`, `data:`, `file:` or any other scheme a page writes.
 */
import { descendantsWhere } from './text';

/** `href` resolved against `base` when it is a web address (http or https), else null. */
export function webUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  try {
    // The URL parser drops the blanks, tabs and newlines pages hide schemes with ("java\tscript:").
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Attributes whose value is one address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster', 'action', 'formaction', 'background', 'longdesc', 'data', 'lowsrc', 'dynsrc', 'xlink:href', 'itemid']);
/** Attributes listing candidate images ("a.jpg 1x, b.jpg 2x"). */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
/** Beacons to call when a link is followed: never an article's business. */
const DROPPED_ATTRIBUTES = new Set(['ping']);

/**
 * Leaves only web addresses in the HTML under `root`, each made absolute against `base` (with no base,
 * relative ones go too: they would resolve against the extension's own pages). A link to another scheme
 * keeps its text without the link, an image without a web source goes, and any other such attribute is
 * removed. Returns `root`.
 */
export function keepWebUrls<T extends Element | DocumentFragment>(root: T, base: string | null): T {
  for (const element of descendantsWhere(root, (candidate) => candidate.hasAttributes())) {
    // Each element's names once: asking some DOMs for an absent attribute costs a search.
    for (const name of element.getAttributeNames()) {
      if (DROPPED_ATTRIBUTES.has(name)) {
        element.removeAttribute(name);
      } else if (URL_ATTRIBUTES.has(name)) {
        const url = webUrl(element.getAttribute(name)!.trim(), base);
        if (url) element.setAttribute(name, url);
        else element.removeAttribute(name);
      } else if (SRCSET_ATTRIBUTES.has(name)) {
        const candidates = webCandidates(element.getAttribute(name)!, base);
        if (candidates) element.setAttribute(name, candidates);
        else element.removeAttribute(name);
      }
    }
    if (element.localName === 'img' && !element.hasAttribute('src') && !element.hasAttribute('srcset')) element.remove();
  }
  return root;
}

/**
 * The web candidates of a srcset, absolute, or '' when none is. Parsed as browsers do: an address is a run
 * without blanks (it may hold commas: "w_200,h_100/a.jpg"), a comma ends it only at its end, and its
 * descriptors run to the next comma.
 */
function webCandidates(srcset: string, base: string | null): string {
  const kept: string[] = [];
  const pattern = /[\s,]*([^\s,][^\s]*)/y;
  let position = 0;
  while (position < srcset.length) {
    pattern.lastIndex = position;
    const match = pattern.exec(srcset);
    if (!match) break;
    let address = match[1]!;
    position = pattern.lastIndex;
    let descriptors = '';
    if (address.endsWith(',')) {
      address = address.replace(/,+$/, '');
    } else {
      const end = srcset.indexOf(',', position);
      descriptors = srcset.slice(position, end < 0 ? srcset.length : end).trim();
      position = end < 0 ? srcset.length : end + 1;
    }
    const url = webUrl(address, base);
    if (url) kept.push(descriptors ? `${url} ${descriptors}` : url);
  }
  return kept.join(', ');
}
