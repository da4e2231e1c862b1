/**
 * Loading saved pages into jsdom, for the CLI and the benchmark (which uses jsdom: see README "Benchmark").
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface LoadedDocument {
  document: Document;
  window: Window;
  /** True when the page only loaded with its <style> blocks emptied (see `loadPage`). */
  stylesEmptied: boolean;
  /** Frees the window; never throws. */
  dispose(): void;
}

/** Browsers switch to a charset declared anywhere early on; jsdom looks only in the first 1024 bytes. */
const DECLARED_CHARSET = /<meta\b[^>]*\bcharset\s*=\s*["']?([\w-]+)/i;
const CHARSET_SNIFF_BYTES = 65536;

/** Every <style> element's text (a raw-text element: it ends at the first `</style`). */
const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/** Empties every <style> block of an HTML string, keeping the elements. */
export function withoutStyleText(html: string): string {
  return html.replace(STYLE_BLOCK, '$1$2');
}

/**
 * Parses `html` as the page at `url`; scripts never run and nothing is fetched (jsdom's defaults). A charset
 * the page declares after its first kilobyte (webmd's comes after 2 KB of scripts) is honoured as browsers do.
 *
 * jsdom 29 throws out of its constructor when a <style> block holds a value its CSS parser rejects (one Zyte
 * page has `calc((… - …) / 16 * 9)` with SCSS variables left in), where browsers drop the declaration. Such a
 * page is loaded again with its stylesheets emptied: Readability and our cleaning read no stylesheet (they
 * remove <style> elements and read inline styles only), so that cannot change any output.
 */
export function loadPage(html: string | Buffer, url: string): LoadedDocument {
  const bytes = typeof html === 'string' ? Buffer.from(html, 'utf8') : html;
  // Latin-1 maps bytes to characters one to one: enough to read ASCII markup and to edit it byte-exactly.
  const markup = bytes.toString('latin1');
  // A string is text already decoded (the corpus is stored as UTF-8 whatever its pages declare); only bytes
  // are decoded by the page's own declaration.
  const charset = typeof html === 'string' ? 'utf-8' : DECLARED_CHARSET.exec(markup.slice(0, CHARSET_SNIFF_BYTES))?.[1];
  const contentType = charset ? `text/html; charset=${charset}` : 'text/html';
  const open = (source: Buffer, stylesEmptied: boolean): LoadedDocument => {
    // A VirtualConsole that forwards nowhere: silences jsdom's CSS-parse noise on real pages.
    const dom = new JSDOM(source, { url, contentType, virtualConsole: new VirtualConsole() });
    return {
      document: dom.window.document,
      window: dom.window as unknown as Window,
      stylesEmptied,
      dispose: () => {
        try {
          dom.window.close();
        } catch {
          // a failed teardown must not stop the batch
        }
      },
    };
  };
  try {
    return open(bytes, false);
  } catch (error) {
    const emptied = withoutStyleText(markup);
    if (emptied === markup) throw error;
    return open(Buffer.from(emptied, 'latin1'), true);
  }
}
