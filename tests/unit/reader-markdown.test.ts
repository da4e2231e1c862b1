// @vitest-environment jsdom
/** "Copy article as Markdown": turndown on the reader's sanitized article, headed by title and source. */
import { describe, expect, it } from 'vitest';
import { sanitizeForDisplay } from '../../lib/extraction/sanitize';
import { articleMarkdown } from '../../utils/reader-markdown';
import { jsdomDocument } from '../support/dom';
import { ENGLISH_LABELS } from '../support/labels';

function shownArticle(html: string): HTMLElement {
  const doc = jsdomDocument('<div class="article__body"></div>');
  const body = doc.querySelector<HTMLElement>('.article__body')!;
  body.append(sanitizeForDisplay(html, doc.defaultView!));
  return body;
}

describe('articleMarkdown', () => {
  it('starts with the title and the source, then the article with headings, lists, links, images and tables', () => {
    const body = shownArticle(
      '<p>Salt hides in <em>everyday</em> food.</p><h2 data-hao-id="h1">Reading the label</h2>' +
        '<ul><li>Per 100 g: 1.5 g or more is high</li><li>0.3 g or less is low</li></ul>' +
        '<figure><img src="https://example.test/label.png" alt="A food label"><figcaption>A typical label</figcaption></figure>' +
        '<table><tr><th>Food</th><th>Salt</th></tr><tr><td>Bread | white</td><td>1.0 g</td></tr></table>' +
        '<p>See <a href="https://example.test/salt">the salt guide</a>.</p>',
    );
    expect(articleMarkdown({ title: 'Salt [and] you', url: 'https://example.test/article' }, body, ENGLISH_LABELS)).toBe(
      [
        '# Salt \\[and\\] you',
        '',
        'Source: <https://example.test/article>',
        '',
        'Salt hides in *everyday* food.',
        '',
        '## Reading the label',
        '',
        '-   Per 100 g: 1.5 g or more is high',
        '-   0.3 g or less is low',
        '',
        '![A food label](https://example.test/label.png)',
        '',
        'A typical label',
        '',
        '| Food | Salt |',
        '| --- | --- |',
        '| Bread \\| white | 1.0 g |',
        '',
        'See [the salt guide](https://example.test/salt).',
        '',
      ].join('\n'),
    );
  });

  it('puts when to get care after the source, and copies the article as shown (sentence spans and section marks add no text)', () => {
    const body = shownArticle('<h2 data-hao-id="h1">When to see a GP</h2><p>See a GP if it lasts a week.</p>');
    // What the reader adds for read aloud and for the care mark: spans and data attributes only.
    const paragraph = body.querySelector('p')!;
    const span = body.ownerDocument.createElement('span');
    span.className = 'sentence';
    span.append(...Array.from(paragraph.childNodes));
    paragraph.append(span);
    body.querySelector('h2')!.setAttribute('data-care-label', 'When to get care: Routine');
    const careAdvice = [{ heading: 'When to see a GP', text: 'See a GP if it lasts a week.', urgency: 'routine' as const, sectionId: 'h1' }];
    expect(articleMarkdown({ title: 'Coughs', url: null, careAdvice }, body, ENGLISH_LABELS)).toBe(
      ['# Coughs', '', '## When to get care', '', '- **Routine:** When to see a GP: See a GP if it lasts a week.', '', '## When to see a GP', '', 'See a GP if it lasts a week.', ''].join('\n'),
    );
  });

  it('leaves out the source line when the page has no web address', () => {
    expect(articleMarkdown({ title: 'Notes', url: null }, shownArticle('<p>Text.</p>'), ENGLISH_LABELS)).toBe('# Notes\n\nText.\n');
  });
});
