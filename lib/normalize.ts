/**
 * Attributes where lazy loaders keep the real image while `src` holds a placeholder. Readability only
 * recovers some of them, and only inside the element it finally keeps.
 */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER_SRC = /^(data:image\/(gif|png|svg)|about:blank)|(blank|placeholder|spacer|transparent|lazy|loading)[^/]*\.(gif|png|svg|jpe?g|webp)/i;

/** Gives lazily loaded images their real source, so they survive Readability and show in the reader. */
export function fixLazyImages(doc: Document): void {
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (!src || PLACEHOLDER_SRC.test(src)) {
      const real = firstAttribute(img, LAZY_SRC_ATTRIBUTES);
      if (real) img.setAttribute('src', real);
    }
    if (!img.getAttribute('srcset')) {
      const realSet = firstAttribute(img, LAZY_SRCSET_ATTRIBUTES);
      if (realSet) img.setAttribute('srcset', realSet);
    }
    img.removeAttribute('loading');
  }
  for (const source of Array.from(doc.querySelectorAll('picture source[data-srcset]'))) {
    if (!source.getAttribute('srcset')) source.setAttribute('srcset', source.getAttribute('data-srcset') ?? '');
  }
}

function firstAttribute(element: Element, names: string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value && !PLACEHOLDER_SRC.test(value)) return value;
  }
  return null;
}
