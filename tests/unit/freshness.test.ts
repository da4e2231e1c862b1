/** Review freshness on fixed days: "now" is given, so every age and flag below is exact. */
import { describe, expect, it } from 'vitest';
import { reviewFreshness } from '../../lib/health/freshness';

const NOW = new Date('2026-03-15T10:00:00Z');
const none = { reviewedBy: null, sources: [], lastReviewed: null, modified: null, published: null };
const reviewed = { ...none, reviewedBy: 'Priya Nair, MBBS' };

describe('reviewFreshness', () => {
  it('measures from the last review first, then the update, then the publication', () => {
    expect(reviewFreshness({ ...reviewed, lastReviewed: '2024-01-10', modified: '2025-06-01', published: '2020-01-01' }, NOW)).toEqual({
      basis: 'lastReviewed',
      date: '2024-01-10',
      age: { value: 2, unit: 'year' },
      concerns: [],
    });
    expect(reviewFreshness({ ...reviewed, modified: '2025-06-01', published: '2020-01-01' }, NOW).basis).toBe('modified');
    expect(reviewFreshness({ ...reviewed, published: '2020-01-01' }, NOW).basis).toBe('published');
  });

  it('gives whole years, else whole months, else days', () => {
    const age = (date: string) => reviewFreshness({ ...reviewed, lastReviewed: date }, NOW).age;
    expect(age('2023-03-15')).toEqual({ value: 3, unit: 'year' }); // three years to the day
    expect(age('2023-03-16')).toEqual({ value: 2, unit: 'year' }); // a day short of three
    expect(age('2025-03-16')).toEqual({ value: 11, unit: 'month' });
    expect(age('2026-02-15')).toEqual({ value: 1, unit: 'month' });
    expect(age('2026-02-16')).toEqual({ value: 27, unit: 'day' }); // 13 days of February 2026 + 14 of March
    expect(age('2026-03-15')).toEqual({ value: 0, unit: 'day' });
    expect(age('2026-04-01')).toEqual({ value: 0, unit: 'day' }); // a date after now is not negative
    expect(age('2021-06')).toEqual({ value: 4, unit: 'year' }); // a month alone counts from its first day
  });

  it('flags a review more than 3 years old, not one of exactly 3 years', () => {
    expect(reviewFreshness({ ...reviewed, lastReviewed: '2023-03-14' }, NOW).concerns).toEqual(['stale']);
    expect(reviewFreshness({ ...reviewed, lastReviewed: '2023-03-15' }, NOW).concerns).toEqual([]);
    // A newer update does not make an old review fresh: the review is what a reader relies on.
    expect(reviewFreshness({ ...reviewed, lastReviewed: '2022-01-01', modified: '2026-01-01' }, NOW).concerns).toEqual(['stale']);
  });

  it('flags a page with no reviewer and no sources; either one is enough', () => {
    expect(reviewFreshness({ ...none, published: '2025-07-19' }, NOW)).toEqual({
      basis: 'published',
      date: '2025-07-19',
      age: { value: 7, unit: 'month' },
      concerns: ['unsourced'],
    });
    expect(reviewFreshness({ ...none, sources: [{ text: 'A trial, 2024.' }] }, NOW).concerns).toEqual([]);
    expect(reviewFreshness(reviewed, NOW).concerns).toEqual([]);
  });

  it('has no age without a date, and flags both at once', () => {
    expect(reviewFreshness(none, NOW)).toEqual({ basis: null, date: null, age: null, concerns: ['unsourced'] });
    expect(reviewFreshness({ ...none, modified: '2019-05-02' }, NOW).concerns).toEqual(['unsourced', 'stale']);
  });
});
