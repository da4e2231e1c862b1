/**
 * The preparing walk (lib/page/normalize.ts) marks headings in one pass; the live page lists them with
 * querySelectorAll (lib/page/headings.ts). Both must give every heading the same id, or clicking an outline entry
 * would scroll to the wrong place.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../lib/page/normalize';
import { HEADING_ID_ATTRIBUTE, headingCandidates } from '../../lib/page/headings';
import { textOf } from '../../lib/page/text';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

const FIXTURES = ['seed-model.html', 'boilerplate-gauntlet.html', 'news-chrome.html', 'reader-losses.html'];
const EXTRA = `<!DOCTYPE html><html><body>
  <div role="heading" aria-level="3">Aria heading</div>
  <p><strong>Bold subheading</strong></p>
  <div hidden><h2>Hidden heading</h2></div>
  <div style="display: none"><h3>Styled hidden</h3></div>
  <div role="heading"><b>Both at once</b></div>
  <h2><button>Accordion title</button></h2>
  <p>Text <strong>inline bold</strong> continues.</p>
  <h4>Last heading</h4>
</body></html>`;

function marks(doc: Document): Map<string, string> {
  return new Map(Array.from(doc.querySelectorAll(`[${HEADING_ID_ATTRIBUTE}]`), (element) => [element.getAttribute(HEADING_ID_ATTRIBUTE)!, textOf(element)]));
}

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('heading ids under %s', (_name, make) => {
  it.each([...FIXTURES, 'extra'])('the preparing walk gives the same ids as the live-page listing (%s)', (fixture) => {
    const html = fixture === 'extra' ? EXTRA : readFixture(fixture);
    // The live page's listing, as findOutlineTarget reads it: candidate i has id `h${i}`.
    const expected = new Map(headingCandidates(make(html)).map(({ element }, index) => [`h${index}`, textOf(element)]));
    const prepared = make(html);
    prepareDocument(prepared);
    const got = marks(prepared);
    expect(got.size).toBeGreaterThan(0);
    // Hidden headings are gone from the prepared copy; every heading still there has the live page's id.
    for (const [id, text] of got) expect(expected.get(id)).toBe(text);
    const last = (map: Map<string, string>) => Math.max(...[...map.keys()].map((id) => Number(id.slice(1))));
    expect(last(got)).toBe(last(expected));
  });

  it('drops hidden elements, scripts and styles, keeps JSON-LD, and unwraps buttons in headings', () => {
    const doc = make(
      `<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"Article"}</script><style>p{}</style></head><body>${EXTRA}<script>var x = 1;</script></body></html>`,
    );
    prepareDocument(doc);
    const text = textOf(doc.body);
    expect(text).not.toMatch(/Hidden heading|Styled hidden|var x/);
    expect(doc.querySelectorAll('script[type="application/ld+json"]').length).toBe(1);
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.querySelector('button')).toBeNull();
    expect(text).toContain('Accordion title');
    expect(doc.querySelector('h3')?.textContent).toBe('Aria heading');
  });
});
