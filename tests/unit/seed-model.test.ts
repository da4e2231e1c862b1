/**
 * The page the product started from, modelled in tests/fixtures/seed-model.html: ad slots between
 * paragraphs, a share bar, 20 related articles. The expected values are written out by hand below and in
 * seed-model.expected.json (made with the fixture, not from our output).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { countWords } from '../../lib/page/text';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

const URL = 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing';
const expected = JSON.parse(readFixture('seed-model.expected.json')) as {
  title: string;
  related: { title: string; url: string; summary: string; date: string }[];
  careAdvice: unknown[];
  readingLevel: unknown;
};

afterAll(closeDocuments);

describe.each([
  ['happy-dom', happyDocument],
  ['jsdom', jsdomDocument],
])('seed-model page under %s', (_dom, makeDocument) => {
  const report = analyzeArticle(makeDocument(readFixture('seed-model.html'), URL));

  it('finds the article with its title, site and date', () => {
    expect(report).not.toBeNull();
    expect(report!.title).toBe(expected.title);
    expect(report!.siteName).toBe('Clear Mind Health');
    expect(report!.published).toBe('2025-07-19');
    expect(report!.modified).toBeNull();
    expect(report!.reviewedBy).toBeNull();
    expect(report!.url).toBe(URL);
  });

  it('outlines exactly the four section headings, at their page level', () => {
    expect(report!.outline.map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 2, text: 'From rupture to widening circles of secure influence in relationships.' },
      { level: 2, text: 'Nurturing adaptable attachments that sustain emotional growth over time.' },
      { level: 2, text: 'Turning fear into thoughtful, intentional choices in relationships.' },
      { level: 2, text: 'Building secure bonds into everyday life for lasting change.' },
    ]);
  });

  it('lists exactly the 20 related articles with summary and date', () => {
    expect(report!.related).toHaveLength(20);
    expect(report!.related).toEqual(expected.related);
  });

  it('has no advice on when to get care: "asking for help when it is needed" and "may call for" name no care', () => {
    expect(report!.careAdvice).toEqual(expected.careAdvice);
  });

  it('reads at grade 13.6 by Flesch–Kincaid, each section measured on its own', () => {
    // Counted apart from the pipeline (the fixture's paragraphs split at ". ", the `syllable` package):
    // 1193 words, 60 sentences, 2171 syllables: 0.39 × 1193/60 + 11.8 × 2171/1193 − 15.59 = 13.64. Sections:
    // h1 214 words, 11 sentences, 367 syllables → 12.2; h2 201/9/372 → 15.0; h3 192/10/351 → 13.5; h4 365/20/677 → 13.4.
    expect(report!.readingLevel).toEqual(expected.readingLevel);
  });

  it('keeps ad labels, the share bar and the related list out of the text', () => {
    const text = report!.text;
    expect(text).not.toMatch(/advertisement/i);
    expect(text).not.toMatch(/\b(Facebook|Reddit)\b/);
    expect(text.split('\n\n')).not.toContain('X');
    expect(text).not.toContain('Related Articles');
    for (const item of expected.related) {
      expect(text).not.toContain(item.title);
      expect(text).not.toContain(item.summary);
    }
  });

  it('keeps exactly the twelve body paragraphs and four headings, in order', () => {
    // Read straight off the fixture's markup: the body's own paragraphs and headings, not the ad labels.
    const body = Array.from(makeDocument(readFixture('seed-model.html'), URL).querySelectorAll('.entry-content > p, .entry-content > h2'));
    const blocks = body.map((element) => element.textContent!.replace(/\s+/g, ' ').trim());
    expect(blocks).toHaveLength(16);
    expect(report!.text).toBe(blocks.join('\n\n'));
    expect(report!.wordCount).toBe(countWords(blocks.join(' ')));
    expect(report!.readingMinutes).toBe(Math.round(report!.wordCount / 230));
  });
});
