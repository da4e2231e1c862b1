/**
 * "Copy article as Markdown": the reader's sanitized article through turndown, headed by its title and source,
 * and by when to get care when the article says.
 */
import TurndownService from 'turndown';
import { careAdviceMarkdown, type OutlineLabels } from '../lib/output/format';
import type { CareAdvice } from '../lib/types';

export interface MarkdownSource {
  title: string;
  url: string | null;
  careAdvice?: readonly CareAdvice[];
}

function createTurndown(): TurndownService {
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  // Turndown's core has no table rule (it would run the cells together): a GitHub-style table, cell text only.
  turndown.addRule('table', {
    filter: 'table',
    replacement(_content, node) {
      const rows = Array.from((node as HTMLTableElement).rows).map((row) =>
        Array.from(row.cells).map((cell) => turndown.escape((cell.textContent ?? '').replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|')),
      );
      if (!rows.length) return '';
      const columns = Math.max(...rows.map((cells) => cells.length));
      const line = (cells: string[]) => `| ${Array.from({ length: columns }, (_, index) => cells[index] ?? '').join(' | ')} |`;
      const [head, ...body] = rows;
      return `\n\n${[line(head!), line(Array(columns).fill('---')), ...body.map(line)].join('\n')}\n\n`;
    },
  });
  return turndown;
}

/**
 * Markdown of `content` (the article as the reader shows it), starting with `# title`, the source address and
 * the care advice, worded by `labels` like the popup's copy.
 */
export function articleMarkdown(source: MarkdownSource, content: Node, labels: OutlineLabels): string {
  const turndown = createTurndown();
  const head = [`# ${turndown.escape(source.title)}`];
  if (source.url) head.push(labels.message('copySource', `<${source.url}>`));
  if (source.careAdvice?.length) head.push(careAdviceMarkdown(source.careAdvice, labels).join('\n'));
  return `${head.join('\n\n')}\n\n${turndown.turndown(content as HTMLElement).trim()}\n`;
}
