// @vitest-environment happy-dom
/** The popup's header: every fact the report has, dates in the user's format with the ISO date kept. */
import { describe, expect, it, vi } from 'vitest';
import type { ArticleReport } from '../../../lib/types';
import { BARE_REPORT } from './bare-report';
import { dateElement } from '../../../utils/ui';
import { renderHeader } from '../../../entrypoints/popup/header';

vi.mock('wxt/browser', () => import('./browser-i18n'));

const bare = BARE_REPORT;

const full: ArticleReport = {
  ...bare,
  siteName: 'Riverside Health Library',
  byline: 'Tomás Reyes',
  reviewedBy: 'Priya Nair, MBBS',
  published: '2023-11-02',
  modified: '2024-06-30',
  lastReviewed: '2024-07-15',
  nextReview: '2027-07-15',
  readingMinutes: 6,
};

/** Each visible line of the header, and each date as [label, shown, machine-readable]. */
function read(header: HTMLElement) {
  return {
    lines: Array.from(header.querySelectorAll(':scope > *:not(dl)')).map((element) => `${element.localName}.${element.className}: ${element.textContent}`),
    dates: Array.from(header.querySelectorAll('dl > div')).map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelector('time')!.textContent,
      row.querySelector('time')!.getAttribute('datetime'),
    ]),
  };
}

describe('popup header', () => {
  it('shows site, title, byline with reading time, reviewer and all four dates in the given locale', () => {
    expect(read(renderHeader(full, 'en-GB'))).toEqual({
      lines: [
        'p.site: Riverside Health Library',
        'h1.: Shingles vaccines after 50',
        'p.byline: By Tomás Reyes · 6 min read',
        'p.reviewed: Medically reviewed by Priya Nair, MBBS',
      ],
      dates: [
        ['Published', '2 Nov 2023', '2023-11-02'],
        ['Updated', '30 Jun 2024', '2024-06-30'],
        ['Last reviewed', '15 Jul 2024', '2024-07-15'],
        ['Next review due', '15 Jul 2027', '2027-07-15'],
      ],
    });
  });

  it('formats the same dates for another locale', () => {
    expect(read(renderHeader(full, 'en-US')).dates.map(([, shown]) => shown)).toEqual(['Nov 2, 2023', 'Jun 30, 2024', 'Jul 15, 2024', 'Jul 15, 2027']);
  });

  it('leaves out what the page does not say: no site, byline, reviewer or dates', () => {
    const header = renderHeader(bare, 'en-GB');
    expect(read(header)).toEqual({ lines: ['h1.: Shingles vaccines after 50', 'p.byline: 3 min read'], dates: [] });
    expect(header.querySelector('dl')).toBeNull();
  });

  it('shows a date that is not a full ISO day as the page gave it', () => {
    expect(dateElement('2024-06', 'en-GB').outerHTML).toBe('<time datetime="2024-06">2024-06</time>');
    expect(dateElement('2024-02-29', 'en-GB').outerHTML).toBe('<time datetime="2024-02-29">29 Feb 2024</time>');
  });
});
