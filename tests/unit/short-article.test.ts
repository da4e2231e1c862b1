/** A short story is still an article, and so is a page that says nothing else; a short page of links or labels is not. */
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

  it('shows a page whose only words are a short notice, link or not', () => {
    const notice = '<!DOCTYPE html><html><head><title>Notice</title></head><body><p>Clinic closed today.</p></body></html>';
    expect(analyzeArticle(make(notice, 'https://eastside-news.example/notice'))?.text).toBe('Clinic closed today.');
    const linked = '<!DOCTYPE html><html><head><title>Moved</title></head><body><a href="https://eastside-news.example/new">Page moved here</a></body></html>';
    expect(analyzeArticle(make(linked, 'https://eastside-news.example/old'))?.text).toBe('Page moved here');
  });

  it('finds no article where a short result sits among other words (a menu and a sign-in form)', () => {
    const signIn =
      '<!DOCTYPE html><html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> <a href="/help">Help</a></nav><p>Sign in</p><form><label>Email <input type="email"></label></form></body></html>';
    expect(analyzeArticle(make(signIn, 'https://eastside-news.example/login'))).toBeNull();
  });

  it('finds no article on a clinic finder (a form and a list of links)', () => {
    expect(analyzeArticle(make(readFixture('no-article.html'), 'https://wellnessdesk.example/clinics'))).toBeNull();
  });
});
