/**
 * Under the header: when to get care (emergencies first, each entry scrolling the page to its section), how
 * old the review is, what to be careful of, and how hard the text reads.
 */
import type { ArticleReport, OutlineEntry } from '../../lib/types';
import { careEntryContent, freshnessView, readingLevelView } from '../../utils/health-ui';
import { h, t } from '../../utils/ui';
import { section } from './sections';

/** The care box; an entry from a known section is a button that scrolls the page there. */
export function renderCareBox(report: ArticleReport, goTo: (entry: OutlineEntry) => void): HTMLElement | null {
  if (!report.careAdvice.length) return null;
  const items = report.careAdvice.map((advice) => {
    const entry = report.outline.find((candidate) => candidate.id === advice.sectionId);
    const content = careEntryContent(advice, report.lang);
    if (!entry) return h('li', { 'data-urgency': advice.urgency }, h('div', { class: 'care__entry' }, ...content));
    const button = h('button', { type: 'button', class: 'care__entry' }, ...content);
    button.addEventListener('click', () => goTo(entry));
    return h('li', { 'data-urgency': advice.urgency }, button);
  });
  return section('care', t('careHeading'), h('ul', { class: 'care' }, ...items));
}

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
