/**
 * Loading saved pages into jsdom: the one path from a page's bytes to a Document for the CLI, the corpus tests
 * and the benchmark (which uses jsdom: see README "Benchmark"), so all three read every page alike.
 */
import { isUtf8 } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { getBOMEncoding, labelToName, TextDecoder } from '@exodus/bytes/encoding.js';
import { JSDOM, VirtualConsole } from 'jsdom';
import { defaultTreeAdapter, parse as parseHtml, serialize as serializeHtml, type DefaultTreeAdapterTypes } from 'parse5';

type ParentNode5 = DefaultTreeAdapterTypes.ParentNode;

/** A page that cannot be loaded, with a one-line reason fit for the user. */
export class PageError extends Error {
  override name = 'PageError';
}

export interface LoadedDocument {
  document: Document;
  window: Window;
  /** The WHATWG name of the encoding the page was read in, and why. */
  encoding: DecodedPage['encoding'];
  encodingSource: DecodedPage['source'];
  /** True when the page only loaded with its <style> blocks emptied (see `loadPage`). */
  stylesEmptied: boolean;
  /** Frees the window; never throws. */
  dispose(): void;
}

export interface LoadOptions {
  /** An encoding label (`--encoding`) that overrides what the page says. */
  encoding?: string;
}

/** Browsers switch to a charset declared anywhere in the head; jsdom looks only in the first 1024 bytes. */
const DECLARED_CHARSET = /<meta\b[^>]*\bcharset\s*=\s*["']?([\w:.-]+)/i;
const CHARSET_SNIFF_BYTES = 65536;

export interface DecodedPage {
  text: string;
  /** WHATWG encoding name, e.g. `UTF-8`, `windows-1252`, `Shift_JIS`. */
  encoding: string;
  source: 'option' | 'byte order mark' | 'declared' | 'valid UTF-8' | 'default';
}

/** The WHATWG encoding a label names (`latin1` → `windows-1252`); a PageError for a label no browser knows. */
export function encodingNamed(label: string): string {
  const name = labelToName(label.trim());
  if (!name || name === 'replacement') throw new PageError(`unknown encoding "${label}"`);
  return name;
}

/**
 * The page's text, decoded as a browser would with a few saved-page fixes, in this order:
 * 1. `override` (the user's `--encoding`);
 * 2. a byte order mark;
 * 3. the charset the page declares (a `<meta>` in its first 64 KB), except that bytes which are valid UTF-8
 *    and hold multi-byte sequences are read as UTF-8 whatever a legacy tag says: a page saved or converted
 *    to UTF-8 often keeps its old `charset=gb2312`, while text really in a legacy encoding is almost never
 *    valid UTF-8 by chance;
 * 4. UTF-8 when the bytes are valid UTF-8 (pages saved without a declaration are mostly UTF-8 today);
 * 5. windows-1252, the web's default.
 */
export function decodePage(bytes: Uint8Array, override?: string): DecodedPage {
  const decode = (encoding: string, source: DecodedPage['source']): DecodedPage => ({ text: new TextDecoder(encoding).decode(bytes), encoding, source });
  if (override) return decode(encodingNamed(override), 'option');
  const bom = getBOMEncoding(bytes);
  if (bom) return decode(labelToName(bom)!, 'byte order mark');
  const utf8 = isUtf8(bytes);
  const declared = declaredEncoding(bytes);
  if (declared) {
    if (utf8 && declared !== 'UTF-8' && hasMultiByte(bytes)) return decode('UTF-8', 'valid UTF-8');
    return decode(declared, 'declared');
  }
  return utf8 ? decode('UTF-8', 'valid UTF-8') : decode('windows-1252', 'default');
}

/** The encoding a `<meta>` declares, as the HTML standard maps it (a UTF-16 or x-user-defined tag cannot apply to bytes read as ASCII). */
function declaredEncoding(bytes: Uint8Array): string | null {
  // Latin-1 maps bytes to characters one to one: enough to read ASCII markup.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, CHARSET_SNIFF_BYTES)).toString('latin1');
  const label = DECLARED_CHARSET.exec(head)?.[1];
  const name = label ? labelToName(label) : null;
  if (!name || name === 'replacement') return null;
  if (name === 'UTF-16LE' || name === 'UTF-16BE') return 'UTF-8';
  if (name === 'x-user-defined') return 'windows-1252';
  return name;
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** Every <style> element's text (a raw-text element: it ends at the first `</style`, or with the page). */
const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>|$)/gi;

/** Empties every <style> block of an HTML string, keeping the elements. */
export function withoutStyleText(html: string): string {
  return html.replace(STYLE_BLOCK, '$1$2');
}

/** What a file starts with when it is not a page at all. */
const BINARY_SIGNATURES: [signature: string, kind: string][] = [
  ['%PDF-', 'a PDF document'],
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF8', 'a GIF image'],
  ['RIFF', 'a RIFF file (WebP, WAV or AVI)'],
  ['PK\x03\x04', 'a ZIP archive (or a Word, EPUB or other zipped document)'],
  ['\x7fELF', 'a program'],
  ['BZh', 'a bzip2 archive'],
  ['\xfd7zXZ\x00', 'an xz archive'],
];
const GZIP_MAGIC = [0x1f, 0x8b];
/** Bytes no text file holds (tab, line breaks, form feed and escape are text). */
const isControlByte = (byte: number) => byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b);
/** A few stray NULs do not make a page binary; this share of control bytes does. */
const BINARY_CONTROL_SHARE = 0.05;
const BINARY_SNIFF_BYTES = 8192;

/** Why `bytes` are not text, or null when they may be. */
function binaryKind(bytes: Uint8Array): string | null {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16)).toString('latin1');
  for (const [signature, kind] of BINARY_SIGNATURES) if (start.startsWith(signature)) return kind;
  if (getBOMEncoding(bytes)) return null;
  const sniffed = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let control = 0;
  for (const byte of sniffed) if (isControlByte(byte)) control++;
  return control > sniffed.length * BINARY_CONTROL_SHARE ? 'binary data' : null;
}

/** Gzipped pages (`.html.gz`, or a page saved compressed under any name) are unpacked first. */
export function unpackPage(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new PageError(`a damaged gzip file (${(error as Error).message})`);
  }
}

/** Any HTML element a page may open with. */
const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|title|meta|article|main|div|p|h[1-6]|table|frameset)[\s/>]/i;
/** The prolog before a document's first element: BOM, blanks, XML declaration, comments, doctype, processing instructions. */
const PROLOG = /^(?:\ufeff|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i;
/** Well-known XML formats that are not pages. */
const XML_FORMATS = new Set(['rss', 'feed', 'rdf:rdf', 'urlset', 'sitemapindex', 'plist', 'opml', 'kml', 'gpx']);

/** Why `text` is not an HTML page, or null when it is one. */
function notHtmlReason(text: string): string | null {
  const prolog = PROLOG.exec(text)![0];
  const root = /^<([\w:.-]+)/.exec(text.slice(prolog.length))?.[1]?.toLowerCase();
  if (root === 'svg') return 'an SVG image, not an HTML page';
  if (root && root !== 'html' && (/<\?xml\b/i.test(prolog) || XML_FORMATS.has(root))) return `an XML document (<${root}>), not an HTML page`;
  if (!LOOKS_LIKE_HTML.test(text.slice(0, CHARSET_SNIFF_BYTES))) return 'not an HTML page';
  if (/^\s*[[{]/.test(text) && isJson(text)) return 'a JSON file, not an HTML page';
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses the saved page `bytes` (gzipped or not) as the page at `url`; scripts never run and nothing is
 * fetched (jsdom's defaults). The bytes are decoded by `decodePage`, and nesting is capped as in browsers. Throws a `PageError` with a one-line
 * reason for what is no HTML page: an empty file, binary data, an SVG image or XML document, a frameset.
 *
 * jsdom 29 throws out of its constructor when a <style> block holds a value its CSS parser rejects (one Zyte
 * page has `calc((… - …) / 16 * 9)` with SCSS variables left in), where browsers drop the declaration. Such a
 * page is loaded again with its stylesheets emptied: Readability and our cleaning read no stylesheet (they
 * remove <style> elements and read inline styles only), so that cannot change any output.
 */
export function loadPage(bytes: Uint8Array, url: string, options: LoadOptions = {}): LoadedDocument {
  const unpacked = unpackPage(bytes);
  if (!unpacked.length) throw new PageError('an empty file');
  const binary = options.encoding ? null : binaryKind(unpacked);
  if (binary) throw new PageError(`${binary}, not an HTML page`);
  const { text, encoding, source } = decodePage(unpacked, options.encoding);
  if (!text.trim()) throw new PageError('an empty page (only blank space)');
  const reason = notHtmlReason(text);
  if (reason) throw new PageError(reason);
  const open = (html: string, stylesEmptied: boolean): LoadedDocument => {
    // A VirtualConsole that forwards nowhere: silences jsdom's CSS-parse noise on real pages.
    const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    return {
      document: dom.window.document,
      window: dom.window as unknown as Window,
      encoding,
      encodingSource: source,
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
  const openAnyStyle = (html: string): LoadedDocument => {
    try {
      return open(html, false);
    } catch (error) {
      const emptied = withoutStyleText(html);
      if (emptied === html) throw error;
      return open(emptied, true);
    }
  };
  let loaded: LoadedDocument;
  if (nestingEstimate(text) > PARSER_MAX_DEPTH) {
    loaded = openAnyStyle(withParserDepthCap(text));
  } else {
    try {
      loaded = openAnyStyle(text);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      loaded = openAnyStyle(withParserDepthCap(text));
    }
    if (nestsTooDeep(loaded.document)) {
      loaded.dispose();
      loaded = openAnyStyle(withParserDepthCap(text));
    }
  }
  const frames = framesetSources(loaded.document);
  if (frames) {
    loaded.dispose();
    throw new PageError(`a frameset: its text is in the pages it frames${frames.length ? ` (${frames.join(', ')})` : ''}; outline those`);
  }
  return loaded;
}

/** Browsers' HTML parsers nest elements no deeper than this (Blink's limit; Gecko's is lower). */
export const PARSER_MAX_DEPTH = 512;
/** Elements the parser closes by itself when the same one starts again (`<p>a<p>b`, `<li>`, table cells). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'rt', 'rp']);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
/** Elements whose text is not markup: a `<div>` in a script's string opens nothing. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/**
 * How deep the parser will nest `html`'s elements, estimated from its tags alone in one pass: elements
 * closed by a matching end tag or by the next same sibling leave the count, unmatched end tags are ignored.
 * It errs high (a `<p>` left open before a `<div>`); a page that fools it is still caught after parsing.
 */
function nestingEstimate(html: string): number {
  const open: string[] = [];
  let deepest = 0;
  let lowerCase: string | undefined;
  TAG_OR_COMMENT.lastIndex = 0;
  for (let match = TAG_OR_COMMENT.exec(html); match; match = TAG_OR_COMMENT.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    if (match[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (RAW_TEXT_ELEMENTS.has(name)) {
      lowerCase ??= html.toLowerCase();
      const end = lowerCase.indexOf(`</${name}`, TAG_OR_COMMENT.lastIndex);
      TAG_OR_COMMENT.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || match[3]) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) open.pop();
    open.push(name);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}

/** Whether `document`'s elements nest deeper than PARSER_MAX_DEPTH (a loop: jsdom's own walks would recurse). */
function nestsTooDeep(document: Document): boolean {
  const root = document.documentElement;
  let element: Element | null = root;
  let depth = 1;
  while (element) {
    if (depth > PARSER_MAX_DEPTH) return true;
    if (element.firstElementChild) {
      element = element.firstElementChild;
      depth++;
      continue;
    }
    while (element && element !== root && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element && element !== root ? element.nextElementSibling : null;
  }
  return false;
}

/**
 * `html` re-written as a browser's parser builds it when it nests deeper than PARSER_MAX_DEPTH: as in Chromium
 * and Firefox, an element (or comment) that would go deeper joins the one at the limit instead, while text
 * stays where it is. jsdom keeps any depth, and its own tree
 * operations (inserting, attaching, cloning, removing, serializing) recurse: slow past a thousand levels,
 * a stack overflow near ten thousand. parse5 (jsdom's own parser) builds plain objects with no such cost.
 */
function withParserDepthCap(html: string): string {
  const parentOf = (node: ParentNode5): ParentNode5 | null => ('parentNode' in node ? node.parentNode : null);
  const depthOf = (node: ParentNode5): number => {
    let depth = 0;
    for (let parent = parentOf(node); parent; parent = parentOf(parent)) depth++;
    return depth;
  };
  // An element goes under its parent unless that would nest it too deep; then under the parent's parent,
  // which stands at the limit (every element past it was put there the same way).
  const capped = (parent: ParentNode5): ParentNode5 => (depthOf(parent) > PARSER_MAX_DEPTH ? (parentOf(parent) ?? parent) : parent);
  const treeAdapter: typeof defaultTreeAdapter = {
    ...defaultTreeAdapter,
    appendChild: (parent, node) => defaultTreeAdapter.appendChild(capped(parent), node),
    insertBefore: (parent, node, reference) =>
      capped(parent) === parent ? defaultTreeAdapter.insertBefore(parent, node, reference) : defaultTreeAdapter.appendChild(capped(parent), node),
  };
  return serializeHtml(parseHtml(html, { treeAdapter }));
}

/** The addresses a frameset page shows, or null when the page is no frameset. */
function framesetSources(document: Document): string[] | null {
  if (document.body?.localName !== 'frameset') return null;
  const sources = Array.from(document.getElementsByTagName('frame'), (frame) => frame.getAttribute('src')?.trim() ?? '').filter(Boolean);
  return sources.slice(0, 4).concat(sources.length > 4 ? ['…'] : []);
}
