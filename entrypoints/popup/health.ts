/** Under the header: how old the review is, what to be careful of, and how hard the text reads. */
import type { ArticleReport } from '../../lib/types';
import { freshnessView, readingLevelView } from '../../utils/health-ui';
import { h } from '../../utils/ui';

export function renderArticleHealth(report: ArticleReport, locale: string, now: Date): HTMLElement | null {
  const freshness = freshnessView(report, now, locale);
  const level = readingLevelView(report.readingLevel);
  if (!freshness.age && !freshness.concerns.length && !level) return null;
  return h(
    'section',
    { class: 'article-health' },
    freshness.age && h('p', { class: 'freshness' }, freshness.age),
    freshness.concerns.length > 0 && h('ul', { class: 'concerns' }, ...freshness.concerns.map((concern) => h('li', {}, concern))),
    level && h('p', { class: 'reading-level' }, level.line),
    level && h('p', { class: 'reading-level-note' }, level.note),
  );
}
