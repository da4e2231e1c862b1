// @vitest-environment jsdom
/**
 * Only web addresses (http, https) leave the pipeline: in related reading, sources, the page's address and
 * the article's links and images, so the popup, the reader, the copied outline and the JSON never carry a
 * `javascript:`, `data:` or other scheme a page wrote (lib/page/urls.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { outlineMarkdown, outlinePlainText } from '../../lib/output/format';
import { sanitizeForDisplay } from '../../lib/extraction/sanitize';
import { keepWebUrls, webUrl } from '../../lib/page/urls';
import { closeDocuments, jsdomDocument } from '../support/dom';
import { HOSTILE_DIR, HOSTILE_PAGES, hostilePage, nonWebAddresses } from '../support/hostile';
import { ENGLISH_LABELS } from '../support/labels';

const ORIGIN = 'http://127.0.0.1:9';
const OTHER_SCHEME = /\b(javascript|vbscript|data|file|blob|about|chrome|moz-extension|mailto|tel):/i;

afterAll(closeDocuments);

describe('webUrl', () => {
  it('resolves web addresses and refuses every other scheme, however it is disguised', () => {
    expect(webUrl('/a?b#c', 'https://site.test/x/')).toBe('https://site.test/a?b#c');
    expect(webUrl('HTTP://Site.test', null)).toBe('http://site.test/');
    const refused = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<p>', 'vbscript:x', 'file:///etc/passwd', 'mailto:a@b.test', 'blob:https://site.test/1', '//[::1', ''];
    expect(refused.filter((href) => webUrl(href, 'https://site.test/'))).toEqual([]);
    expect(webUrl('relative.html', null)).toBeNull();
    expect(webUrl('page.html', 'file:///home/me/saved/')).toBeNull();
  });
});

describe('keepWebUrls', () => {
  it('keeps web links and images (made absolute), unlinks other schemes and drops images without a web source', () => {
    const doc = jsdomDocument('<p>x</p>');
    const root = doc.createElement('div');
    root.innerHTML =
      '<a href="javascript:alert(1)">script</a><a href="/ok">ok</a><a href="mailto:x@y.test">mail</a>' +
      '<img src="data:image/png;base64,AAAA" alt="inline"><img src="javascript:x" srcset="a.jpg 1x, data:image/png;base64,A= 2x">' +
      '<img src="pic.png" srcset="https://cdn.test/w_200,h_100/pic.png 2x, javascript:x 3x"><q cite="vbscript:x">quote</q><a href="/p" ping="https://t.test/">p</a>';
    keepWebUrls(root, 'https://site.test/dir/');
    expect(root.innerHTML).toBe(
      '<a>script</a><a href="https://site.test/ok">ok</a><a>mail</a>' +
        '<img srcset="https://site.test/dir/a.jpg 1x">' +
        '<img src="https://site.test/dir/pic.png" srcset="https://cdn.test/w_200,h_100/pic.png 2x"><q>quote</q><a href="https://site.test/p">p</a>',
    );
  });
});

describe.each(HOSTILE_PAGES)('the report of hostile page $file', (page) => {
  const url = `${ORIGIN}/${HOSTILE_DIR}/${page.file}`;
  const doc = jsdomDocument(hostilePage(page.file, ORIGIN), url);
  const report = analyzeArticle(doc, { window: doc.defaultView! })!;

  it('carries web addresses only: related, sources, its own address, the article HTML', () => {
    expect(report.related.filter((item) => webUrl(item.url) !== item.url)).toEqual([]);
    expect(report.sources.filter((source) => source.url !== undefined && webUrl(source.url) !== source.url)).toEqual([]);
    expect(report.url).toBe(url);
    const holder = doc.createElement('div');
    holder.innerHTML = report.html;
    expect(nonWebAddresses(holder)).toEqual([]);
  });

  it('gives the popup’s copy (Markdown, plain text) and the reader no other scheme', () => {
    expect(outlineMarkdown(report, ENGLISH_LABELS)).not.toMatch(OTHER_SCHEME);
    expect(outlinePlainText(report, ENGLISH_LABELS)).not.toMatch(OTHER_SCHEME);
    expect(nonWebAddresses(sanitizeForDisplay(report.html, doc.defaultView!))).toEqual([]);
  });

  if (page.lists) {
    const lists = page.lists;
    it('keeps exactly the key points, sources and related articles the page really has', () => {
      expect(report.keyPoints.map((point) => point.text)).toEqual(lists.keyPoints);
      expect(report.sources.map((source) => source.url ?? null)).toEqual(lists.sourceUrls);
      expect(report.related.map(({ title, url }) => ({ title, url }))).toEqual(lists.related.map(({ title, path }) => ({ title, url: `${ORIGIN}${path}` })));
    });
  }
});
