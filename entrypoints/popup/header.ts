/** What the article is: site, title, byline, reviewer, dates and reading time. */
import type { OutlineReport } from '../../lib/types';
import { dateElement, h, reportDates, t } from '../../utils/ui';

export function renderHeader(report: OutlineReport, locale: string): HTMLElement {
  const byline = [report.byline && t('byline', report.byline), t('readingMinutes', String(report.readingMinutes))].filter(Boolean).join(' · ');
  const dates = reportDates(report).map(({ iso, label }) => h('div', {}, h('dt', {}, t(label)), h('dd', {}, dateElement(iso, locale))));
  return h(
    'header',
    { class: 'article-header' },
    report.siteName && h('p', { class: 'site' }, report.siteName),
    h('h1', {}, report.title),
    h('p', { class: 'byline' }, byline),
    report.reviewedBy && h('p', { class: 'reviewed' }, t('reviewedBy', report.reviewedBy)),
    dates.length > 0 && h('dl', { class: 'dates' }, ...dates),
  );
}
