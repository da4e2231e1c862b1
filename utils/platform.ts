/**
 * What differs between browsers, in one place: which pages an extension may not script, and how the
 * browsers word the refusal.
 */

export type PageAccess = 'readable' | 'restricted' | 'pdf' | 'file';

/** Browser-internal and extension pages (Chrome, Edge, Firefox), and source views. */
const INTERNAL_PAGE = /^(chrome|chrome-extension|chrome-untrusted|chrome-search|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript|blob):/i;
/** Add-on stores, where every browser forbids extensions to run. */
const ADD_ON_STORE = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org|addons\.opera\.com)([/?#]|$)/i;
const PDF = /\.pdf([?#]|$)/i;

/** Decides from the tab's URL alone; an unknown URL (no permission to see it) is worth an attempt. */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'readable';
  if (INTERNAL_PAGE.test(url) || ADD_ON_STORE.test(url)) return 'restricted';
  if (PDF.test(url)) return 'pdf';
  if (/^file:/i.test(url)) return 'file';
  return 'readable';
}

/** Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted", "Cannot access contents of…"; Firefox: "Missing host permission for the tab". */
const ACCESS_REFUSED = /cannot access|cannot be scripted|missing host permission|extension manifest must request permission|no permission|is not allowed/i;

export function isAccessRefusal(error: unknown): boolean {
  return ACCESS_REFUSED.test(error instanceof Error ? error.message : String(error));
}
