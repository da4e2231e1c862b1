import { afterAll, describe, expect, it } from 'vitest';
import { blockText } from '../../lib/page/text';
import { closeDocuments, happyDocument } from '../support/dom';

afterAll(closeDocuments);

describe('blockText', () => {
  it('separates blocks and <br> lines, and reads line breaks of the page source as spaces (webmd-1 wraps its paragraphs)', () => {
    const doc = happyDocument('<div id="a"><p>Feb. 23, 2015 -- Peanut allergies have been\n        on the rise.</p><p>One<br>Two</p>Tail <b>bold</b>\n text</div>');
    expect(blockText(doc.getElementById('a')!)).toBe('Feb. 23, 2015 -- Peanut allergies have been on the rise.\n\nOne\n\nTwo\n\nTail bold text');
  });
});
