import { describe, expect, it } from 'vitest';
import { findDate, findDateMatch, splitDateline } from '../../lib/health/dates';
// Every language table, as the CLI has them (lib/index.ts registers them; this file reads the vocabulary directly).
import '../../lib/vocabulary/tables';
import { vocabularyFor } from '../../lib/vocabulary/index';

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

describe('findDate in the page\'s languages', () => {
  it.each([
    ['de', '2. November 2023', '2023-11-02'],
    ['de', 'Aktualisiert am 14. März 2024, 10:12 Uhr', '2024-03-14'],
    ['de', 'Stand: 02.11.2023', '2023-11-02'],
    ['es', 'Publicado el 3 de marzo de 2024', '2024-03-03'],
    ['es', '12 sept. 2022', '2022-09-12'],
    ['fr', 'Mis à jour le 1er mars 2024', '2024-03-01'],
    ['fr', 'le 15 août 2021', '2021-08-15'],
    ['it', '7 maggio 2020', '2020-05-07'],
    ['pt', '5 de março de 2019', '2019-03-05'],
    ['nl', '9 mei 2022', '2022-05-09'],
    ['id', 'Kamis, 02 Nov 2023 20:59 WIB', '2023-11-02'],
    ['id', '17 Agustus 2021', '2021-08-17'],
  ])('in %s reads %s as %s', (lang, text, iso) => {
    expect(findDate(text, vocabularyFor([lang]))).toBe(iso);
  });

  it('reads month names only of the chosen languages (English always among them)', () => {
    expect(findDate('2. November 2023', vocabularyFor(['id']))).toBe('2023-11-02');
    expect(findDate('15 août 2021')).toBeNull();
    expect(findDate('15 août 2021', vocabularyFor(['fr']))).toBe('2021-08-15');
  });

  it('reads a dateline opening with a weekday in the page\'s language', () => {
    expect(splitDateline('BERLIN, Donnerstag, 2. November 2023 – Die Klinik', vocabularyFor(['de']))).toEqual({ iso: '2023-11-02', rest: 'Die Klinik' });
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
