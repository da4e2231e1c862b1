/** What the article is: site, title, byline, reviewer, dates and reading time. */
import type { ArticleReport } from '../../lib/types';
import { dateElement, h, t, type MessageKey } from './dom';

type DateField = 'published' | 'modified' | 'lastReviewed' | 'nextReview';

const DATE_LABELS: [DateField, MessageKey][] = [
  ['published', 'datePublished'],
  ['modified', 'dateModified'],
  ['lastReviewed', 'dateLastReviewed'],
  ['nextReview', 'dateNextReview'],
];

export function renderHeader(report: ArticleReport, locale: string): HTMLElement {
  const byline = [report.byline && t('byline', report.byline), t('readingMinutes', String(report.readingMinutes))].filter(Boolean).join(' · ');
  const dates = DATE_LABELS.flatMap(([field, label]) => {
    const value = report[field];
    return value ? [h('div', {}, h('dt', {}, t(label)), h('dd', {}, dateElement(value, locale)))] : [];
  });
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
