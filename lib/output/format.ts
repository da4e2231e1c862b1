import { outlineDepths } from './outline';
import { formatPageDate } from './page-date';
import type { ArticleReport, CareAdvice, CareUrgency } from '../types';

/** The outline as the user copies it and the CLI prints it. */
export type OutlineFormat = 'markdown' | 'text';

type HealthFields = 'reviewedBy' | 'published' | 'modified' | 'lastReviewed' | 'nextReview' | 'keyPoints' | 'sources' | 'careAdvice';
/** The health fields are optional so a caller with only an outline can still format it. */
type OutlineSource = Pick<ArticleReport, 'title' | 'url' | 'outline' | 'related'> & Partial<Pick<ArticleReport, HealthFields>>;

/**
 * The messages (`public/_locales/<lang>/messages.json`) the copy is worded with. The extension looks them up with
 * `browser.i18n`, the CLI in the messages file of its `--lang`; this module never reads either itself.
 */
export const OUTLINE_MESSAGE_KEYS = [
  'copySource',
  'copySourcesCount',
  'reviewedBy',
  'copyPublished',
  'copyModified',
  'copyLastReviewed',
  'copyNextReview',
  'careHeading',
  'careUrgency_emergency',
  'careUrgency_urgent',
  'careUrgency_routine',
  'keyPointsHeading',
  'relatedHeading',
] as const;
export type OutlineMessageKey = (typeof OUTLINE_MESSAGE_KEYS)[number];
/** A message by key with its `$1`, `$2`… filled in, as `browser.i18n.getMessage` gives it. */
export type MessageLookup = (key: OutlineMessageKey, ...substitutions: string[]) => string;

/** The copy's words in one language, and the locale its dates are written for. */
export interface OutlineLabels {
  /** BCP 47 tag for `Intl` ("en-US", "es"). */
  locale: string;
  message: MessageLookup;
}

/**
 * Markdown, in this order, each part only when the page has it (English words shown; `labels` words them):
 *   `# Title`; `Source: <url>`; the facts line ("Medically reviewed by … · Published … · Updated … · Last
 *   reviewed … · Next review due …", dates as `labels.locale` writes them); `Sources: N` (how many references
 *   the article cites); the headings as a nested list; `## When to get care`, each entry led by its urgency;
 *   `## Key points` as a list; `## Related articles` as links.
 */
export function outlineMarkdown(report: OutlineSource, labels: OutlineLabels): string {
  const { message } = labels;
  const lines = [`# ${escapeMarkdown(report.title)}`, ''];
  if (report.url) lines.push(message('copySource', `<${report.url}>`), '');
  const facts = factsLine(report, labels);
  if (facts) lines.push(escapeMarkdown(facts), '');
  if (report.sources?.length) lines.push(message('copySourcesCount', String(report.sources.length)), '');
  const depths = outlineDepths(report.outline);
  report.outline.forEach((entry, index) => lines.push(`${'  '.repeat(depths[index] ?? 0)}- ${escapeMarkdown(entry.text)}`));
  if (report.careAdvice?.length) {
    if (report.outline.length) lines.push('');
    lines.push(...careAdviceMarkdown(report.careAdvice, labels));
  }
  if (report.keyPoints?.length) {
    if (report.outline.length || report.careAdvice?.length) lines.push('');
    lines.push(`## ${message('keyPointsHeading')}`, '');
    for (const point of report.keyPoints) lines.push(`- ${escapeMarkdown(point.text)}`);
  }
  if (report.related.length) {
    if (report.outline.length || report.careAdvice?.length || report.keyPoints?.length) lines.push('');
    lines.push(`## ${message('relatedHeading')}`, '');
    for (const item of report.related) lines.push(`- [${escapeMarkdown(item.title)}](${escapeUrl(item.url)})`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Plain text: the same content with indentation instead of list syntax. The facts and sources lines follow
 * the URL directly; "When to get care", "Key points" and "Related articles" are labels over indented items.
 */
export function outlinePlainText(report: OutlineSource, labels: OutlineLabels): string {
  const { message } = labels;
  const lines = [report.title];
  if (report.url) lines.push(report.url);
  const facts = factsLine(report, labels);
  if (facts) lines.push(facts);
  if (report.sources?.length) lines.push(message('copySourcesCount', String(report.sources.length)));
  lines.push('');
  const depths = outlineDepths(report.outline);
  report.outline.forEach((entry, index) => lines.push(`${'    '.repeat(depths[index] ?? 0)}${entry.text}`));
  if (report.careAdvice?.length) {
    if (report.outline.length) lines.push('');
    lines.push(message('careHeading'));
    for (const advice of report.careAdvice) lines.push(`    ${message(URGENCY_KEYS[advice.urgency])}: ${careText(advice)}`);
  }
  if (report.keyPoints?.length) {
    if (report.outline.length || report.careAdvice?.length) lines.push('');
    lines.push(message('keyPointsHeading'));
    for (const point of report.keyPoints) lines.push(`    ${point.text}`);
  }
  if (report.related.length) {
    if (report.outline.length || report.careAdvice?.length || report.keyPoints?.length) lines.push('');
    lines.push(message('relatedHeading'));
    for (const item of report.related) lines.push(`    ${item.title} (${item.url})`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "Medically reviewed by Jane Doe, MD · Published Jan 5, 2024 · Updated Mar 1, 2024", or '' when the page says none of it. */
function factsLine(report: OutlineSource, { locale, message }: OutlineLabels): string {
  const date = (key: OutlineMessageKey, iso: string | null | undefined) => iso && message(key, formatPageDate(iso, locale));
  const parts = [
    report.reviewedBy && message('reviewedBy', report.reviewedBy),
    date('copyPublished', report.published),
    date('copyModified', report.modified),
    date('copyLastReviewed', report.lastReviewed),
    date('copyNextReview', report.nextReview),
  ];
  return parts.filter(Boolean).join(' · ');
}

export function formatOutline(report: OutlineSource, format: OutlineFormat, labels: OutlineLabels): string {
  return format === 'markdown' ? outlineMarkdown(report, labels) : outlinePlainText(report, labels);
}

const URGENCY_KEYS: Record<CareUrgency, OutlineMessageKey> = {
  emergency: 'careUrgency_emergency',
  urgent: 'careUrgency_urgent',
  routine: 'careUrgency_routine',
};

/** `## When to get care` and its entries, each led by its urgency (the outline copy and the reader's copy). */
export function careAdviceMarkdown(advice: readonly CareAdvice[], { message }: OutlineLabels): string[] {
  return [`## ${message('careHeading')}`, '', ...advice.map((entry) => `- **${message(URGENCY_KEYS[entry.urgency])}:** ${escapeMarkdown(careText(entry))}`)];
}

/** The advice with the section or card it comes from: "When to see a GP: See a GP if: …". */
function careText(advice: CareAdvice): string {
  if (!advice.heading) return advice.text;
  return `${advice.heading}${advice.heading.endsWith(':') ? '' : ':'} ${advice.text}`;
}

/** Escapes what would turn heading text into markup (emphasis, links, HTML, a list marker at the start). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([#+-]) /, '\\$1 ');
}

/** Parentheses and spaces would end a Markdown link target early. */
function escapeUrl(url: string): string {
  return url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
