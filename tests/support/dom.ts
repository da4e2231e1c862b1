/** Documents for tests: happy-dom by default (fast), jsdom where a real sanitizer is needed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

const openWindows: Window[] = [];

/** A happy-dom document that runs no scripts and loads nothing. Close with `closeDocuments`. */
export function happyDocument(html: string, url = 'https://example.test/article'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true },
    },
  });
  openWindows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Closes every happy-dom window; `abort()` is not awaited because it can hang on some real pages. */
export function closeDocuments(): void {
  for (const window of openWindows.splice(0)) {
    void window.happyDOM.abort();
    window.close();
  }
}

export function jsdomDocument(html: string, url = 'https://example.test/article'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
