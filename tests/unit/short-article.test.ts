/** A short story is still an article; a short page of links or labels is not. */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

const SHORT_STORY = `<!DOCTYPE html><html><head><title>Clinic reopens after flood repairs</title></head><body>
  <article><h1>Clinic reopens after flood repairs</h1>
  <p>The Eastside community clinic reopened on Monday, six weeks after floodwater reached its waiting room.</p>
  <p>Patients with appointments during the closure will be contacted this week to rebook, the clinic said.</p></article>
</body></html>`;

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('short pages under %s', (_name, make) => {
  it('reports a story of two short paragraphs (under 500 characters)', () => {
    const report = analyzeArticle(make(SHORT_STORY, 'https://eastside-news.example/clinic-reopens'));
    expect(report?.text.length).toBeLessThan(500);
    expect(report?.text).toContain('six weeks after floodwater reached its waiting room');
  });

  it('finds no article on a clinic finder (a form and a list of links)', () => {
    expect(analyzeArticle(make(readFixture('no-article.html'), 'https://wellnessdesk.example/clinics'))).toBeNull();
  });
});
