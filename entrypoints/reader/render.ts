/** The article as the reader shows it. Page data goes in as text, or as the fragment DOMPurify returned. */
import { browser } from 'wxt/browser';
import type { ArticleReport, CareAdvice, KeyPoint, RelatedItem, SourceEntry } from '../../lib/types';
import { sanitizeForDisplay } from '../../lib/extraction/sanitize';
import { careEntryContent, careUrgencyLabel, freshnessView, HARD_SECTION_GRADE, readingLevelView, shownGrade } from '../../utils/health-ui';
import { articleDirection } from '../../utils/text-direction';
import { dateElement, externalLink, h, reportDates, sourceUrl, t, type MessageKey } from '../../utils/ui';

/** Our own ids for the article's section headings; the page's own ids all carry DOMPurify's `user-content-`. */
export const SECTION_ID_PREFIX = 'section-';

const locale = browser.i18n.getUILanguage();
const dateText = (iso: string) => dateElement(iso, locale);

/**
 * The reader's own words (labels, dates, notes) sit inside the article, which takes the page's language and
 * direction; they keep the interface's, so "1 min read" does not turn around in an Arabic article.
 */
function interfaceLanguage(): { lang: string; dir: string } {
  return { lang: t('languageTag'), dir: t('@@bidi_dir') };
}

/** "Published Mar 4, 2024 · Updated …": each known date with its label, as a list of parts. */
function dateParts(report: ArticleReport): Node[] {
  return reportDates(report).map(({ iso, label }) => h('span', { class: 'meta__item' }, `${t(label)} `, dateText(iso)));
}

function sectionLink(sectionId: string | null, text: string): Node {
  return sectionId ? h('a', { href: `#${SECTION_ID_PREFIX}${sectionId}`, 'data-section-link': sectionId }, text) : document.createTextNode(text);
}

/** A titled part of the page (key points, sources, related), labelled by its own heading. */
function titledSection(tag: 'section' | 'aside', name: string, title: MessageKey, list: HTMLElement): HTMLElement {
  const headingId = `reader-${name}-heading`;
  return h(tag, { class: name, 'aria-labelledby': headingId }, h('h2', { id: headingId, ...interfaceLanguage() }, t(title)), list);
}

function keyPointsSection(keyPoints: KeyPoint[]): HTMLElement | null {
  if (!keyPoints.length) return null;
  return titledSection('section', 'key-points', 'keyPointsHeading', h('ul', {}, ...keyPoints.map((point) => h('li', {}, sectionLink(point.sectionId, point.text)))));
}

/** When to get care, emergencies first; an entry from a section links to it, where the section is marked too. */
function careSection(report: ArticleReport): HTMLElement | null {
  if (!report.careAdvice.length) return null;
  const items = report.careAdvice.map((advice) => {
    const content = careEntryContent(advice, report.lang);
    const entry = advice.sectionId
      ? h('a', { class: 'care__entry', href: `#${SECTION_ID_PREFIX}${advice.sectionId}`, 'data-section-link': advice.sectionId }, ...content)
      : h('div', { class: 'care__entry' }, ...content);
    return h('li', { 'data-urgency': advice.urgency }, entry);
  });
  return titledSection('section', 'care', 'careHeading', h('ul', {}, ...items));
}

/**
 * Marks the section headings the care advice comes from with its most pressing urgency (the advice is
 * sorted, so the first one met is it). The mark is generated content, never copied or read aloud.
 */
function markCareSections(body: HTMLElement, advice: readonly CareAdvice[]): void {
  for (const { sectionId, urgency } of advice) {
    const heading = sectionId ? body.querySelector<HTMLElement>(`#${CSS.escape(SECTION_ID_PREFIX + sectionId)}`) : null;
    if (!heading || heading.dataset.careUrgency) continue;
    heading.dataset.careUrgency = urgency;
    heading.dataset.careLabel = `${t('careHeading')}: ${careUrgencyLabel(urgency)}`;
  }
}

function sourcesSection(sources: SourceEntry[]): HTMLElement | null {
  if (!sources.length) return null;
  const items = sources.map((source) => {
    const href = sourceUrl(source);
    return h('li', {}, href ? externalLink(href, source.text) : source.text);
  });
  return titledSection('section', 'sources', 'sourcesTitle', h('ol', {}, ...items));
}

function relatedSection(related: RelatedItem[]): HTMLElement | null {
  if (!related.length) return null;
  const items = related.map((item) =>
    h(
      'li',
      {},
      externalLink(item.url, item.title),
      item.summary ? h('p', {}, item.summary) : null,
      item.date ? h('p', { class: 'related__date' }, dateText(item.date)) : null,
    ),
  );
  return titledSection('aside', 'related', 'relatedHeading', h('ul', {}, ...items));
}

/** How old the review is, what to be careful of, and how hard the text reads: the reader's own notes, in its language. */
function healthNotes(report: ArticleReport, now: Date): HTMLElement | null {
  const freshness = freshnessView(report, now, locale);
  const level = readingLevelView(report.readingLevel);
  if (!freshness.age && !freshness.concerns.length && !level) return null;
  return h(
    'div',
    { class: 'health-notes', ...interfaceLanguage() },
    freshness.age ? h('p', { class: 'freshness' }, freshness.age) : null,
    ...freshness.concerns.map((concern) => h('p', { class: 'concern' }, concern)),
    level ? h('p', { class: 'reading-level' }, level.line, ' ', h('span', { class: 'reading-level__note' }, level.note)) : null,
  );
}

function articleHeader(report: ArticleReport, now: Date): HTMLElement {
  const people = [
    report.byline ? h('span', { class: 'meta__item' }, t('byline', report.byline)) : null,
    report.reviewedBy ? h('span', { class: 'meta__item' }, t('reviewedBy', report.reviewedBy)) : null,
  ].filter((part): part is HTMLSpanElement => part !== null);
  const dates = [...dateParts(report), h('span', { class: 'meta__item' }, t('readingMinutes', String(report.readingMinutes)))];
  return h(
    'header',
    { class: 'article__header' },
    report.siteName ? h('p', { class: 'article__site' }, report.siteName) : null,
    h('h1', { id: 'reader-title', tabindex: '-1' }, report.title),
    people.length ? h('p', { class: 'meta meta--people', ...interfaceLanguage() }, ...people) : null,
    h('p', { class: 'meta meta--dates', ...interfaceLanguage() }, ...dates),
    healthNotes(report, now),
  );
}

/**
 * The article's body from the report's HTML, sanitized again here, in this page's own DOM, then its
 * section headings given our ids so the outline can jump to them.
 */
function articleBody(report: ArticleReport): HTMLElement {
  const body = h('div', { class: 'article__body' });
  body.append(sanitizeForDisplay(report.html, window));
  for (const entry of report.outline) {
    const heading = body.querySelector(`[data-hao-id="${CSS.escape(entry.id)}"]`);
    if (!heading) continue;
    heading.id = `${SECTION_ID_PREFIX}${entry.id}`;
    heading.setAttribute('tabindex', '-1');
  }
  markCareSections(body, report.careAdvice);
  // The mark is generated content (CSS), so it is never read aloud nor copied with the heading's text.
  for (const { sectionId, grade } of report.readingLevel?.perSection ?? []) {
    if (grade <= HARD_SECTION_GRADE) continue;
    body.querySelector(`#${CSS.escape(SECTION_ID_PREFIX + sectionId)}`)?.setAttribute('data-grade-label', t('readingLevelSection', shownGrade(grade)));
  }
  return body;
}

export interface RenderedArticle {
  article: HTMLElement;
  body: HTMLElement;
  related: HTMLElement | null;
}

export function renderArticle(report: ArticleReport, now: Date): RenderedArticle {
  const body = articleBody(report);
  const article = h(
    'article',
    { id: 'reader-article', class: 'article', 'aria-labelledby': 'reader-title', lang: report.lang ?? undefined, dir: articleDirection(report) },
    articleHeader(report, now),
    careSection(report),
    keyPointsSection(report.keyPoints),
    body,
    sourcesSection(report.sources),
  );
  return { article, body, related: relatedSection(report.related) };
}
