/**
 * What plain Readability loses and we keep, on reader-losses.html (our own words): lazy images of every kind,
 * headings with "negative" class names, an h1 section, tables and figures, and the article's second half after
 * an inline ad. Each test also shows plain Readability's loss where it has one, so the fix stays needed.
 */
import { Readability } from '@mozilla/readability';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleReport } from '../../lib/index';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

const URL = 'https://heartline.example/conditions/blood-pressure-at-home';
const HTML = readFixture('reader-losses.html');
const IMAGES = [
  'cuff-on-arm.jpg', // data-src over a data: placeholder
  'monitor-display.jpg', // data-original over a spacer.gif
  'cuff-sizes.jpg', // data-lazy-src, no src
  'log-sheet-400.jpg', // data-srcset only
  'evening-reading.jpg', // <noscript> fallback after a placeholder
  'reading-positions.jpg', // custom <lazy-image> element
];

function srcs(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!.replace(/^.*\//, ''));
}

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('reader losses under %s', (_name, make) => {
  let report: ArticleReport | null | undefined;
  const analyzed = (): ArticleReport => {
    report ??= analyzeArticle(make(HTML, URL));
    if (!report) throw new Error('no article');
    return report;
  };
  const plain = () => new Readability(make(HTML, URL)).parse()!;

  it('gives every lazy image its real source', () => {
    expect(srcs(analyzed().html).filter((src) => IMAGES.includes(src))).toEqual(IMAGES);
    // Plain Readability leaves the spacer as the monitor photo's source.
    expect(srcs(plain().content ?? '')).not.toContain('monitor-display.jpg');
  });

  it('keeps headings whose class Readability reads as negative, and the h1 section as h1 (a top section in the outline)', () => {
    expect(analyzed().outline.map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 2, text: 'Choosing a monitor' },
      { level: 2, text: 'How to take a reading' },
      { level: 2, text: 'What the numbers mean' },
      { level: 2, text: 'When to get help' },
    ]);
    expect(analyzed().html).toMatch(/<h1[^>]*>When to get help<\/h1>/);
    const content = plain().content ?? '';
    expect(content).not.toContain('Choosing a monitor');
    expect(content).toMatch(/<h2[^>]*>When to get help<\/h2>/);
  });

  it('keeps the table and the figure; the caption stays in the HTML but not in the running text', () => {
    const { html, text } = analyzed();
    expect(text).toContain('Within the usual home target');
    expect(html).toMatch(/<figure[\s\S]*cuff-on-arm\.jpg[\s\S]*<figcaption>Fit the cuff on bare skin/);
    expect(text).not.toContain('Fit the cuff on bare skin');
  });

  it('keeps the article on both sides of the inline ad and loses the ad', () => {
    const { text } = analyzed();
    expect(text).toContain('Measuring it at home, between visits');
    expect(text).toContain('if it stays that high, call your doctor the same day.');
    expect(text).not.toMatch(/Advertisement|SmartCuff/);
  });
});
