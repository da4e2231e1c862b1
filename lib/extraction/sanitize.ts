import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { keepWebUrls } from '../page/urls';

/** Page furniture and active content never belong in a reader's copy of an article. */
const ARTICLE_CONFIG: Config = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction'],
};

/** A known payload and what a working DOMPurify leaves of it. */
const SELF_TEST_INPUT = '<img src="x" onerror="alert(1)"><script>alert(2)</script>';
const SELF_TEST_OUTPUT = '<img src="x">';

const purifiers = new WeakMap<object, DOMPurify | null>();

/**
 * DOMPurify bound to `view`, or null when that DOM cannot sanitize. Some DOMs
 * (happy-dom) report `isSupported` yet return payloads intact, so each DOM must pass a self-test once.
 */
export function purifierFor(view: Window | null): DOMPurify | null {
  if (!view) return null;
  if (!purifiers.has(view)) {
    const purify = createDOMPurify(view as unknown as Parameters<typeof createDOMPurify>[0]);
    const works = purify.isSupported && purify.sanitize(SELF_TEST_INPUT) === SELF_TEST_OUTPUT;
    purifiers.set(view, works ? purify : null);
  }
  return purifiers.get(view) ?? null;
}

/**
 * `view` is the live page's window: a cloned document has none of its own.
 * The article as a sanitized element to read outline and text from, or the element as it was (and
 * `sanitized: false`) where the DOM cannot sanitize; consumers that render HTML must sanitize again then.
 */
export function sanitizeArticle(content: Element, view: Window | null): { root: Element; sanitized: boolean } {
  const purify = purifierFor(view);
  if (!purify) return { root: content, sanitized: false };
  // In place: `content` is the analysis copy's own <div> made by Readability (never page markup, so never a
  // forbidden or clobbered root), and copying it first would cost as much again.
  purify.sanitize(content, { ...ARTICLE_CONFIG, IN_PLACE: true });
  return { root: content, sanitized: true };
}


/**
 * What the reader view shows: the article's images load (they are the page's own resources), nothing else does
 * (no media, frames, forms or background images), and the page's ids and names get a prefix so they can neither clobber the
 * reader's globals nor collide with its own ids.
 */
const DISPLAY_CONFIG: Config = {
  ...ARTICLE_CONFIG,
  FORBID_TAGS: [...(ARTICLE_CONFIG.FORBID_TAGS ?? []), 'video', 'audio', 'track', 'noscript', 'template'],
  FORBID_ATTR: [...(ARTICLE_CONFIG.FORBID_ATTR ?? []), 'ping', 'poster', 'background'],
  SANITIZE_NAMED_PROPS: true,
};

/**
 * Article HTML (page data) as a fragment safe to insert into `view`'s document: sanitized by DOMPurify in that
 * DOM, links opening in a new tab without access to the reader. Throws where the DOM cannot sanitize, so
 * unsanitized markup is never returned.
 */
export function sanitizeForDisplay(html: string, view: Window): DocumentFragment {
  const purify = purifierFor(view);
  if (!purify) throw new Error('This DOM cannot sanitize HTML; the article is not shown');
  // Web addresses only: the report's are absolute already; anything else (a relative one would resolve against
  // the extension) goes.
  const fragment = keepWebUrls(purify.sanitize(html, { ...DISPLAY_CONFIG, RETURN_DOM_FRAGMENT: true }), null);
  for (const link of Array.from(fragment.querySelectorAll('a[href]'))) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return fragment;
}
