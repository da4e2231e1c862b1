// @vitest-environment happy-dom
/**
 * The popup's health lines and care box on fixed reports and a fixed "now": how old the review is in words,
 * the concerns in plain words, the reading level with its note, and the care box's entries.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ArticleReport, OutlineEntry } from '../../../lib/types';
import { BARE_REPORT } from './bare-report';
import { renderArticleHealth, renderCareBox } from '../../../entrypoints/popup/health';

vi.mock('wxt/browser', () => import('./browser-i18n'));

const NOW = new Date('2026-03-15T12:00:00Z');

const bare: ArticleReport = {
  ...BARE_REPORT,
  outline: [{ level: 2, text: 'When to see a GP', id: 'h3' }],
};

const lines = (element: HTMLElement | null) => Array.from(element?.querySelectorAll('p, li') ?? [], (line) => `${line.className || line.localName}: ${line.textContent}`);

describe('popup health lines', () => {
  it('a reviewed page with sources: the review\'s age and the reading level, no concern', () => {
    const report = { ...bare, reviewedBy: 'Priya Nair, MBBS', lastReviewed: '2024-01-10', published: '2019-05-01', readingLevel: { grade: 11.4, formula: 'Flesch–Kincaid', perSection: [] } };
    expect(lines(renderArticleHealth(report, 'en-GB', NOW))).toEqual([
      'freshness: Reviewed 2 years ago',
      'reading-level: Reading level: grade 11 (recommended for health information: 6–8)',
      'reading-level-note: Estimated by the Flesch–Kincaid formula, which counts word and sentence length, not how well a text is understood.',
    ]);
  });

  it('an old page with no reviewer and no sources: both concerns, in plain words', () => {
    expect(lines(renderArticleHealth({ ...bare, modified: '2021-11-30' }, 'en-GB', NOW))).toEqual([
      'freshness: Updated 4 years ago',
      'li: No medical reviewer and no sources are named on this page.',
      'li: It has not been reviewed or updated for more than 3 years: advice may have changed since.',
    ]);
    expect(lines(renderArticleHealth({ ...bare, reviewedBy: 'Dr Ola Berg', lastReviewed: '2022-03-14' }, 'en-GB', NOW))).toEqual([
      'freshness: Reviewed 4 years ago',
      'li: Its last review is more than 3 years old: advice may have changed since.',
    ]);
  });

  it('says "last month" and "today" as people do, and shows a grade below 1 as grade 1', () => {
    expect(lines(renderArticleHealth({ ...bare, sources: [{ text: 'A trial.' }], published: '2026-02-10' }, 'en-GB', NOW))).toEqual(['freshness: Published last month']);
    expect(lines(renderArticleHealth({ ...bare, sources: [{ text: 'A trial.' }], published: '2026-03-15', readingLevel: { grade: -1.2, formula: 'Flesch–Kincaid', perSection: [] } }, 'en-GB', NOW))).toEqual([
      'freshness: Published today',
      'reading-level: Reading level: grade 1 (recommended for health information: 6–8)',
      'reading-level-note: Estimated by the Flesch–Kincaid formula, which counts word and sentence length, not how well a text is understood.',
    ]);
  });

  it('shows nothing when there is nothing to say', () => {
    expect(renderArticleHealth({ ...bare, reviewedBy: 'Dr Ola Berg' }, 'en-GB', NOW)).toBeNull();
  });
});

describe('popup care box', () => {
  const report: ArticleReport = {
    ...bare,
    careAdvice: [
      { text: 'Call 999 if you cannot breathe.', urgency: 'emergency', sectionId: null },
      { heading: 'When to see a GP', text: 'See a GP if the rash spreads.', urgency: 'routine', sectionId: 'h3' },
    ],
  };

  it('lists each entry with its urgency; one from a section is a button that goes there', () => {
    const visited: OutlineEntry[] = [];
    const box = renderCareBox(report, (entry) => visited.push(entry))!;
    expect(box.querySelector('h2')!.textContent).toBe('When to get care');
    expect(Array.from(box.querySelectorAll('li'), (item) => [item.dataset.urgency, item.firstElementChild!.localName, item.textContent])).toEqual([
      ['emergency', 'div', 'Emergency Call 999 if you cannot breathe.'],
      ['routine', 'button', 'Routine When to see a GP See a GP if the rash spreads.'],
    ]);
    box.querySelector('button')!.click();
    expect(visited).toEqual([{ level: 2, text: 'When to see a GP', id: 'h3' }]);
  });

  it('is absent when the article gives no care advice', () => {
    expect(renderCareBox(bare, () => {})).toBeNull();
  });
});
