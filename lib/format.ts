import { outlineDepths } from './outline';
import type { ArticleReport } from './types';

/** The outline as the user copies it and the CLI prints it. */
export type OutlineFormat = 'markdown' | 'text';

type OutlineSource = Pick<ArticleReport, 'title' | 'url' | 'outline' | 'related'>;

/**
 * Markdown: the title as a `#` line, the source URL, the headings as a nested list, then the related
 * articles as links.
 */
export function outlineMarkdown(report: OutlineSource): string {
  const lines = [`# ${escapeMarkdown(report.title)}`, ''];
  if (report.url) lines.push(`Source: <${report.url}>`, '');
  const depths = outlineDepths(report.outline);
  report.outline.forEach((entry, index) => lines.push(`${'  '.repeat(depths[index] ?? 0)}- ${escapeMarkdown(entry.text)}`));
  if (report.related.length) {
    if (report.outline.length) lines.push('');
    lines.push('## Related articles', '');
    for (const item of report.related) lines.push(`- [${escapeMarkdown(item.title)}](${escapeUrl(item.url)})`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Plain text: the same content with indentation instead of list syntax. */
export function outlinePlainText(report: OutlineSource): string {
  const lines = [report.title];
  if (report.url) lines.push(report.url);
  lines.push('');
  const depths = outlineDepths(report.outline);
  report.outline.forEach((entry, index) => lines.push(`${'    '.repeat(depths[index] ?? 0)}${entry.text}`));
  if (report.related.length) {
    if (report.outline.length) lines.push('');
    lines.push('Related articles');
    for (const item of report.related) lines.push(`    ${item.title} (${item.url})`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
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
