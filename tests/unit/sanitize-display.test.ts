// @vitest-environment jsdom
/** The reader's display sanitizer on the hostile-page set, in jsdom (a DOM where DOMPurify really works). */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { sanitizeForDisplay } from '../../lib/extraction/sanitize';
import { closeDocuments, happyDocument, jsdomDocument } from '../support/dom';
import { HOSTILE_PAGES, dangerousConstructs, hostilePage, payloadVectors } from '../support/hostile';

const ORIGIN = 'http://127.0.0.1:9';

afterAll(closeDocuments);

function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ');
}

describe('sanitizeForDisplay', () => {
  it('the hostile set carries 57 named payloads', () => {
    expect(payloadVectors()).toHaveLength(57);
  });

  describe.each(HOSTILE_PAGES)('$file', (page) => {
    const doc = jsdomDocument(hostilePage(page.file, ORIGIN), `${ORIGIN}/hostile/${page.file}`);

    it('as written, is flagged by the checker (so a clean result below means something)', () => {
      expect(dangerousConstructs(doc.body)).toHaveLength(page.rawFindings);
    });

    it('leaves nothing dangerous of the raw page body, and keeps its sentences', () => {
      const fragment = sanitizeForDisplay(doc.body.innerHTML, doc.defaultView!);
      expect(dangerousConstructs(fragment)).toEqual([]);
      for (const sentence of page.sentences) expect(textOf(fragment)).toContain(sentence);
    });

    it('leaves nothing dangerous of the analyzed article, and keeps its outline', () => {
      const report = analyzeArticle(doc, { window: doc.defaultView! })!;
      const fragment = sanitizeForDisplay(report.html, doc.defaultView!);
      expect(dangerousConstructs(fragment)).toEqual([]);
      expect(report.title).toBe(page.title);
      expect(report.outline.map((entry) => entry.text)).toEqual(page.outline);
      for (const sentence of page.sentences) expect(textOf(fragment)).toContain(sentence);
    });

    it('is stable when its output is serialized and sanitized again (no mutation XSS)', () => {
      const holder = doc.createElement('div');
      holder.append(sanitizeForDisplay(doc.body.innerHTML, doc.defaultView!));
      const once = holder.innerHTML;
      const again = doc.createElement('div');
      again.innerHTML = once;
      expect(dangerousConstructs(again)).toEqual([]);
      const twice = doc.createElement('div');
      twice.append(sanitizeForDisplay(once, doc.defaultView!));
      // Compared as nodes: a second pass may list an element's attributes in another order, and the first
      // leaves adjacent text nodes where it removed elements.
      holder.normalize();
      expect(twice.isEqualNode(holder)).toBe(true);
    });
  });

  it('keeps images, figures and tables, and opens links in a new tab without a way back', () => {
    const doc = jsdomDocument('<p>x</p>');
    const fragment = sanitizeForDisplay(
      '<figure><img src="https://example.test/chart.png" alt="Chart"><figcaption>Caption</figcaption></figure>' +
        '<table><tr><th>Food</th><td>1 g</td></tr></table><p><a href="https://example.test/more" target="_self">More</a></p>',
      doc.defaultView!,
    );
    const holder = doc.createElement('div');
    holder.append(fragment);
    expect(holder.innerHTML).toBe(
      '<figure><img src="https://example.test/chart.png" alt="Chart"><figcaption>Caption</figcaption></figure>' +
        '<table><tbody><tr><th>Food</th><td>1 g</td></tr></tbody></table>' +
        '<p><a href="https://example.test/more" target="_blank" rel="noopener noreferrer">More</a></p>',
    );
  });

  it("prefixes the page's ids and names, so they clobber nothing in the reader's document", () => {
    const doc = jsdomDocument('<main id="reader-main"></main>');
    doc.body.append(sanitizeForDisplay('<img src="https://example.test/a.png" name="getElementById"><form name="body"></form><a id="reader-main">x</a><p id="defaultView">y</p>', doc.defaultView!));
    expect(typeof doc.getElementById).toBe('function');
    expect(doc.getElementById('reader-main')?.localName).toBe('main');
    expect(doc.defaultView).not.toBeNull();
    expect(Array.from(doc.querySelectorAll('[id], [name]'), (element) => element.getAttribute('id') ?? element.getAttribute('name'))).toEqual([
      'reader-main',
      'user-content-getElementById',
      'user-content-reader-main',
      'user-content-defaultView',
    ]);
  });

  it('refuses to return markup where the DOM cannot sanitize (happy-dom)', () => {
    const happy = happyDocument('<p>x</p>');
    expect(() => sanitizeForDisplay('<img src=x onerror=alert(1)>', happy.defaultView!)).toThrow('This DOM cannot sanitize HTML');
  });
});
