import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

describe.each([
  ['happy-dom', happyDocument],
  ['jsdom', jsdomDocument],
])('analyzeArticle under %s', (_dom, makeDocument) => {
  it.each(['seed-model.html', 'boilerplate-gauntlet.html'])('leaves the document it is given exactly as it was (%s)', (fixture) => {
    const document = makeDocument(readFixture(fixture), 'https://example.test/page');
    const before = document.documentElement.outerHTML;
    const report = analyzeArticle(document);
    expect(report).not.toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('returns null for a page without an article, and still leaves it untouched', () => {
    const document = makeDocument(
      '<!doctype html><html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><label>Email <input type="email"></label><button>Sign in</button></form></body></html>',
    );
    const before = document.documentElement.outerHTML;
    expect(analyzeArticle(document)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
