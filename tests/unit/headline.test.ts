/** The title a reader sees: the page's headline, not the <title> with its site suffix nor an SEO variant. */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { closeDocuments, happyDocument } from '../support/dom';

afterAll(closeDocuments);

const PROSE = '<p>Most people who catch a cold are better within a week, and rest, fluids and time do most of the work. Fever that lasts longer than three days, or breathing that gets harder, is the reason to call a doctor rather than wait it out at home.</p>'.repeat(3);
const title = (head: string, body: string) =>
  analyzeArticle(happyDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://clinicnotes.example/colds/when-to-call'))?.title;

describe('the headline', () => {
  it('is the h1 when it shares words with the document title, even worded otherwise than the <title> or og:title', () => {
    expect(
      title(
        '<title>Cold symptoms: when to call | Clinic Notes</title><meta property="og:title" content="When to call a doctor about a cold">',
        `<article><h1>When a cold needs a doctor: the three signs to watch</h1>${PROSE}</article>`,
      ),
    ).toBe('When a cold needs a doctor: the three signs to watch');
  });

  it('is not a logo or section banner set as h1, nor the site name', () => {
    expect(
      title(
        '<title>When a cold needs a doctor | Clinic Notes Daily</title><meta property="og:site_name" content="Clinic Notes Daily">',
        `<header><h1><a href="/">Clinic Notes Daily</a></h1></header><article><h2>When a cold needs a doctor</h2>${PROSE}</article>`,
      ),
    ).toBe('When a cold needs a doctor');
    expect(title('<title>When a cold needs a doctor</title>', `<h1>Respiratory Health Center</h1><article><h2>When a cold needs a doctor</h2>${PROSE}</article>`)).toBe(
      'When a cold needs a doctor',
    );
  });

  it('is the h2 the document title opens with when the h1 is empty', () => {
    expect(title('<title>When a cold needs a doctor: Clinic Notes</title>', `<h1><a href="/"><img src="/logo.png" alt=""></a></h1><div><h2>When a cold needs a doctor</h2>${PROSE}</div>`)).toBe(
      'When a cold needs a doctor',
    );
  });
});
