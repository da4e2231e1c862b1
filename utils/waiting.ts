/** How long the popup and the reader wait on a page before they say so, and what they do then. */
import { pageAccess, type PageAccess } from './platform';
import { browser } from 'wxt/browser';

/** Past this, a page still being read gets a message with "Keep waiting". */
export const PATIENCE_MS = 5000;

/**
 * Resolves with `work`; each time it has been running another PATIENCE_MS, calls `onSlow` with a function
 * that starts the next wait (the "Keep waiting" button). The work itself goes on all the while, and its
 * result is shown whenever it comes.
 */
export function withPatience<T>(work: Promise<T>, onSlow: (keepWaiting: () => void) => void, ms = PATIENCE_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => onSlow(wait), ms);
  };
  wait();
  return work.finally(() => clearTimeout(timer));
}

/**
 * What the extension may do with a tab's page, asking the browser about local files: a `file:` page is
 * readable where the user has allowed file access (Chromium's "Allow access to file URLs"). Firefox's
 * `isAllowedFileSchemeAccess` always answers false (its switch is "Access local files on your computer"),
 * so there the attempt decides, and a refusal shows the same message.
 */
export async function tabAccess(url: string | undefined): Promise<PageAccess> {
  const access = pageAccess(url);
  if (access !== 'file' || import.meta.env.FIREFOX) return access === 'file' ? 'readable' : access;
  const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
  return allowed ? 'readable' : 'file';
}
