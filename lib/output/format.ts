import { outlineDepths } from './outline';
import type { ArticleReport, CareAdvice, CareUrgency } from '../types';

/** The outline as the user copies it and the CLI prints it. */
export type OutlineFormat = 'markdown' | 'text';

type HealthFields = 'reviewedBy' | 'published' | 'modified' | 'lastReviewed' | 'nextReview' | 'keyPoints' | 'sources' | 'careAdvice';
/** The health fields are optional so a caller with only an outline can still format it. */
type OutlineSource = Pick<ArticleReport, 'title' | 'url' | 'outline' | 'related'> & Partial<Pick<ArticleReport, HealthFields>>;

/**
 * Markdown, in this order, each part only when the page has it:
 *   `# Title`; `Source: <url>`; the facts line ("Reviewed by … · Published … · Updated … · Last reviewed …
 *   · Next review due …"); `Sources: N` (how many references the article cites); the headings as a nested
 *   list; `## When to get care`, each entry led by its urgency; `## Key points` as a list; `## Related
 *   articles` as links.
 */
export function outlineMarkdown(report: OutlineSource): string {
  const lines = [`# ${escapeMarkdown(report.title)}`, ''];
  if (report.url) lines.push(`Source: <${report.url}>`, '');
  const facts = factsLine(report);
  if (facts) lines.push(escapeMarkdown(facts), '');
  if (report.sources?.length) lines.push(sourcesLine(report.sources.length), '');
  const depths = outlineDepths(report.outline);
  report.outline.forEach((entry, index) => lines.push(`${'  '.repeat(depths[index] ?? 0)}- ${escapeMarkdown(entry.text)}`));
  if (report.careAdvice?.length) {
    if (report.outline.length) lines.push('');
    lines.push(...careAdviceMarkdown(report.careAdvice));
  }
  if (report.keyPoints?.length) {
    if (report.outline.length || report.careAdvice?.length) lines.push('');
    lines.push('## Key points', '');
    for (const point of report.keyPoints) lines.push(`- ${escapeMarkdown(point.text)}`);
  }
  if (report.related.length) {
    if (report.outline.length || report.careAdvice?.length || report.keyPoints?.length) lines.push('');
    lines.push('## Related articles', '');
    for (const item of report.related) lines.push(`- [${escapeMarkdown(item.title)}](${escapeUrl(item.url)})`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Plain text: the same content with indentation instead of list syntax. The facts and sources lines follow
 * the URL directly; "When to get care", "Key points" and "Related articles" are labels over indented items.
 */
export function outlinePlainText(report: OutlineSource): string {
  const lines = [report.title];
  if (report.url) lines.push(report.url);
  const facts = factsLine(report);
  if (facts) lines.push(facts);
  if (report.sources?.length) lines.push(sourcesLine(report.sources.length));
  lines.push('');
  const depths = outlineDepths(report.outline);
  report.outline.forEach((entry, index) => lines.push(`${'    '.repeat(depths[index] ?? 0)}${entry.text}`));
  if (report.careAdvice?.length) {
    if (report.outline.length) lines.push('');
    lines.push('When to get care');
    for (const advice of report.careAdvice) lines.push(`    ${URGENCY_LABELS[advice.urgency]}: ${careText(advice)}`);
  }
  if (report.keyPoints?.length) {
    if (report.outline.length || report.careAdvice?.length) lines.push('');
    lines.push('Key points');
    for (const point of report.keyPoints) lines.push(`    ${point.text}`);
  }
  if (report.related.length) {
    if (report.outline.length || report.careAdvice?.length || report.keyPoints?.length) lines.push('');
    lines.push('Related articles');
    for (const item of report.related) lines.push(`    ${item.title} (${item.url})`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "Reviewed by Jane Doe, MD · Published 2024-01-05 · Updated 2024-03-01", or '' when the page says none of it. */
function factsLine(report: OutlineSource): string {
  const parts = [
    report.reviewedBy && `Reviewed by ${report.reviewedBy}`,
    report.published && `Published ${report.published}`,
    report.modified && `Updated ${report.modified}`,
    report.lastReviewed && `Last reviewed ${report.lastReviewed}`,
    report.nextReview && `Next review due ${report.nextReview}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

const URGENCY_LABELS: Record<CareUrgency, string> = { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine' };

/** `## When to get care` and its entries, each led by its urgency (the outline copy and the reader's copy). */
export function careAdviceMarkdown(advice: readonly CareAdvice[]): string[] {
  return ['## When to get care', '', ...advice.map((entry) => `- **${URGENCY_LABELS[entry.urgency]}:** ${escapeMarkdown(careText(entry))}`)];
}

/** The advice with the section or card it comes from: "When to see a GP: See a GP if: …". */
function careText(advice: CareAdvice): string {
  if (!advice.heading) return advice.text;
  return `${advice.heading}${advice.heading.endsWith(':') ? '' : ':'} ${advice.text}`;
}

function sourcesLine(count: number): string {
  return `Sources: ${count}`;
}

export function formatOutline(report: OutlineSource, format: OutlineFormat): string {
  return format === 'markdown' ? outlineMarkdown(report) : outlinePlainText(report);
}

/** Escapes what would turn heading text into markup (emphasis, links, HTML, a list marker at the start). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([#+-]) /, '\\$1 ');
}

/** Parentheses and spaces would end a Markdown link target early. */
function escapeUrl(url: string): string {
  return url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
