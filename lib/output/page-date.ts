/** Page dates as people read them: apart from format.ts, so a page that shows dates need not load the copy's formatter. */

/** A page date (YYYY-MM-DD) as the locale writes it ("Jul 19, 2025", "19 jul 2025", "19.07.2025"); other text unchanged. */
export function formatPageDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}
