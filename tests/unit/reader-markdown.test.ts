// @vitest-environment jsdom
/** "Copy article as Markdown": turndown on the reader's sanitized article, headed by title and source. */
import { describe, expect, it } from 'vitest';
import { sanitizeForDisplay } from '../../lib/extraction/sanitize';
import { articleMarkdown } from '../../utils/reader-markdown';
import { jsdomDocument } from '../support/dom';

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
    expect(articleMarkdown({ title: 'Salt [and] you', url: 'https://example.test/article' }, body)).toBe(
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

  it('leaves out the source line when the page has no web address', () => {
    expect(articleMarkdown({ title: 'Notes', url: null }, shownArticle('<p>Text.</p>'))).toBe('# Notes\n\nText.\n');
  });
});
