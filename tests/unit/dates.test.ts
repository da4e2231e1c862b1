import { describe, expect, it } from 'vitest';
import { findDate, findDateMatch, splitDateline } from '../../lib/health/dates';

describe('findDate', () => {
  it.each([
    ['July 19, 2025', '2025-07-19'],
    ['August 07, 2025', '2025-08-07'],
    ['Updated on Sept. 5, 2024 by staff', '2024-09-05'],
    ['19 July 2025', '2025-07-19'],
    ['1st of March, 2023', '2023-03-01'],
    ['2025-07-19T10:00:00-04:00', '2025-07-19'],
    ['2017/11/3', '2017-11-03'],
    ['Feb 29, 2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it.each([['Feb 29, 2023'], ['2025-13-01'], ['7/19/2025'], ['March 2025'], ['no date here'], [''], [null]])('finds no date in %s', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('findDateMatch', () => {
  it('finds the earliest date whatever its form, with where it stands', () => {
    expect(findDateMatch('Reviewed on 12 March 2024, next 2027-03-12')).toEqual({ iso: '2024-03-12', index: 12, end: 25 });
    expect(findDateMatch('Published 2023-01-05 · Updated Feb. 1, 2024')).toEqual({ iso: '2023-01-05', index: 10, end: 20 });
  });
});

describe('splitDateline', () => {
  it.each([
    ['Feb. 23, 2015 -- Life-threatening peanut allergies', { iso: '2015-02-23', rest: 'Life-threatening peanut allergies' }],
    ['April 17, 2015 — Imagine being sick', { iso: '2015-04-17', rest: 'Imagine being sick' }],
    ['WASHINGTON, Tuesday, March 4, 2025 – Officials said', { iso: '2025-03-04', rest: 'Officials said' }],
  ])('reads the dateline of %s', (paragraph, expected) => {
    expect(splitDateline(paragraph)).toEqual(expected);
  });

  it.each([['March 2, 2025 was the day the clinic reopened.'], ['In a study published Feb. 23, 2015 -- researchers'], ['Feb. 23, 2015']])('finds no dateline in %s', (paragraph) => {
    expect(splitDateline(paragraph)).toBeNull();
  });
});
