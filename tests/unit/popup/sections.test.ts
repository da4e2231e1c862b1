// @vitest-environment happy-dom
/** The popup's lists: key points that lead to their section, related reading, sources, and the outline tree. */
import { describe, expect, it, vi } from 'vitest';
import { renderOutlineTree } from '../../../entrypoints/popup/outline-tree';
import { renderKeyPoints, renderRelated, renderSources } from '../../../entrypoints/popup/sections';
import type { OutlineEntry } from '../../../lib/types';

vi.mock('wxt/browser', () => import('./browser-i18n'));

const outline: OutlineEntry[] = [
  { level: 2, text: 'Who should get the vaccine', id: 'h3' },
  { level: 3, text: 'After a previous episode', id: 'h4' },
  { level: 4, text: 'Timing the second dose', id: 'h5' },
  { level: 2, text: 'Side effects', id: 'h7' },
];

describe('key points', () => {
  it('are buttons that go to their section when it is in the outline, plain text otherwise', () => {
    const goTo = vi.fn();
    const list = renderKeyPoints(
      [
        { text: 'Two doses give lasting protection.', sectionId: 'h3' },
        { text: 'A sore arm for a day or two is common.', sectionId: 'h7' },
        { text: 'Ask your pharmacist if you are unsure.', sectionId: null },
        { text: 'Points to a heading that is not in the outline.', sectionId: 'h99' },
      ],
      outline,
      goTo,
    );
    expect(Array.from(list.querySelectorAll('li > .point')).map((point) => [point.localName, point.textContent])).toEqual([
      ['button', 'Two doses give lasting protection.'],
      ['button', 'A sore arm for a day or two is common.'],
      ['span', 'Ask your pharmacist if you are unsure.'],
      ['span', 'Points to a heading that is not in the outline.'],
    ]);
    list.querySelectorAll('button')[1]!.click();
    expect(goTo.mock.calls).toEqual([[outline[3]]]);
  });
});

describe('related reading and sources', () => {
  it('related: title links that open in a new tab, with summary and a dated line when the page has them', () => {
    const list = renderRelated(
      [
        { title: 'Flu shots for carers', url: 'https://example.test/flu', summary: 'Who qualifies this winter.', date: '2024-10-01' },
        { title: 'Travel vaccines', url: 'https://example.test/travel' },
      ],
      'en-GB',
    );
    expect(list.outerHTML).toBe(
      '<ul class="related">' +
        '<li><a href="https://example.test/flu" target="_blank" rel="noopener noreferrer">Flu shots for carers<span class="visually-hidden"> (opens in a new tab)</span></a>' +
        '<p class="summary">Who qualifies this winter.</p><p class="date"><time datetime="2024-10-01">1 Oct 2024</time></p></li>' +
        '<li><a href="https://example.test/travel" target="_blank" rel="noopener noreferrer">Travel vaccines<span class="visually-hidden"> (opens in a new tab)</span></a></li>' +
        '</ul>',
    );
  });

  it('sources: counted in a fold, each linked to its own address, else its DOI, else its PubMed record', () => {
    const fold = renderSources([
      { text: 'National immunisation handbook, chapter 28a.', url: 'https://example.test/handbook' },
      { text: 'Lal H, et al. Efficacy of an adjuvanted herpes zoster subunit vaccine.', doi: '10.1056/NEJMoa1501184', pubmedId: '25916341' },
      { text: 'Cunningham AL, et al. Efficacy in adults 70 years of age or older.', pubmedId: '27626517' },
      { text: 'Leaflet handed out at the clinic.' },
    ]);
    expect(fold.querySelector('summary')!.textContent).toBe('Sources (4)');
    expect(Array.from(fold.querySelectorAll('li')).map((item) => [item.querySelector('a')?.getAttribute('href') ?? null, item.querySelector('a')?.firstChild!.textContent ?? item.textContent])).toEqual([
      ['https://example.test/handbook', 'National immunisation handbook, chapter 28a.'],
      ['https://doi.org/10.1056/NEJMoa1501184', 'Lal H, et al. Efficacy of an adjuvanted herpes zoster subunit vaccine.'],
      ['https://pubmed.ncbi.nlm.nih.gov/27626517/', 'Cunningham AL, et al. Efficacy in adults 70 years of age or older.'],
      [null, 'Leaflet handed out at the clinic.'],
    ]);
  });

  it('page text stays text: markup in a title is shown, never parsed', () => {
    const list = renderRelated([{ title: '<img src=x onerror=alert(1)> Sleep', url: 'https://example.test/sleep' }], 'en-GB');
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('a')!.firstChild!.textContent).toBe('<img src=x onerror=alert(1)> Sleep');
  });
});

describe('outline tree', () => {
  it('nests entries in groups their parent owns, one Tab stop, folding state only on entries with subsections', () => {
    const tree = renderOutlineTree(outline, 'outline-heading', () => {});
    document.body.replaceChildren(tree);
    const items = Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]'));
    expect(
      items.map((item) => ({
        text: item.textContent,
        tabIndex: item.tabIndex,
        expanded: item.getAttribute('aria-expanded'),
        owns: item.hasAttribute('aria-owns') ? document.getElementById(item.getAttribute('aria-owns')!)!.querySelector('[role="treeitem"]')!.textContent : null,
      })),
    ).toEqual([
      { text: 'Who should get the vaccine', tabIndex: 0, expanded: 'true', owns: 'After a previous episode' },
      { text: 'After a previous episode', tabIndex: -1, expanded: 'true', owns: 'Timing the second dose' },
      { text: 'Timing the second dose', tabIndex: -1, expanded: null, owns: null },
      { text: 'Side effects', tabIndex: -1, expanded: null, owns: null },
    ]);
    expect(tree.getAttribute('aria-labelledby')).toBe('outline-heading');
  });

  it('a click on an entry goes to its section; a click on its arrow folds it instead', () => {
    const goTo = vi.fn();
    const tree = renderOutlineTree(outline, 'outline-heading', goTo);
    document.body.replaceChildren(tree);
    const [first, second] = Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]'));
    second!.querySelector<HTMLElement>('.label')!.click();
    expect(goTo.mock.calls).toEqual([[outline[1]]]);
    first!.querySelector<HTMLElement>('.twisty')!.click();
    expect(goTo.mock.calls).toHaveLength(1);
    expect(first!.getAttribute('aria-expanded')).toBe('false');
    expect(tree.querySelector<HTMLElement>('[role="group"]')!.hidden).toBe(true);
    expect(document.activeElement).toBe(first);
  });
});
