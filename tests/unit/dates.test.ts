import { describe, expect, it } from 'vitest';
import { findDate } from '../../lib/dates';

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
