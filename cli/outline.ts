/**
 * `npm run outline -- [--json] [--url URL] [--lang LANG] [--encoding NAME] [FILE ...]`: the extension's analysis
 * on saved pages. Markdown outlines by default, worded in the extension's UI language LANG (its messages.json;
 * English by default), one JSON report per line with --json. Without FILE it outlines the bundled sample article.
 * A file that cannot be read or has no article gets one line on stderr; the rest still run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { outlineMarkdown, type OutlineLabels } from '../lib/output/format';
import { analyzeArticle } from '../lib/index';
import type { ArticleReport } from '../lib/types';
import { encodingNamed, loadPage, PageError } from './load-page';
import { availableLanguages, DEFAULT_LANGUAGE, messageLookup } from './messages';

export const SAMPLE_PAGE = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'seed-model.html');
const USAGE = 'usage: npm run outline -- [--json] [--url URL] [--lang LANG] [--encoding NAME] [FILE.html|FILE.html.gz ...]';

export interface OutlineOptions {
  /** The page's real address; links resolve against it. */
  url?: string;
  /** An encoding label that overrides what the page says (`--encoding`). */
  encoding?: string;
}

/** Reads one saved page's bytes; a PageError says why it cannot. */
export function readPageFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PageError('no such file');
    if (code === 'EISDIR') throw new PageError('is a directory');
    if (code === 'EACCES') throw new PageError('permission denied');
    throw new PageError(`cannot read (${(error as Error).message})`);
  }
}

/**
 * Analyzes one saved page's bytes as `file` (its name gives the document its address). Throws a PageError
 * whose message is fit for the user when the page is no HTML page or has no article; any other error is a bug.
 */
export function outlineBytes(bytes: Uint8Array, file: string, options: OutlineOptions = {}): ArticleReport {
  // Scripts never run and nothing is fetched (jsdom's defaults); see load-page.ts for how bytes become text.
  const page = loadPage(bytes, pathToFileURL(path.resolve(file)).href, { encoding: options.encoding });
  try {
    const document = page.document;
    const report = analyzeArticle(document, { url: options.url ?? savedPageUrl(document) });
    if (!report) throw new PageError('no article found on this page');
    return report;
  } finally {
    page.dispose();
  }
}

/** Reads and analyzes one saved page; see `outlineBytes`. */
export function outlineFile(file: string, options: OutlineOptions = {}): ArticleReport {
  return outlineBytes(readPageFile(file), file, options);
}

/** A saved page says where it came from in its canonical link or og:url; links resolve against that. */
function savedPageUrl(document: Document): string | undefined {
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return declared && /^https?:\/\//i.test(declared) ? declared : undefined;
}

/** What the user reads about a file that failed: one line, whatever the error held. */
export function failureLine(file: string, error: unknown): string {
  const message = error instanceof PageError ? error.message : `internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  return `outline: ${file}: ${message.replace(/\s+/g, ' ').trim()}`;
}

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        url: { type: 'string' },
        lang: { type: 'string' },
        encoding: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (options.values.encoding !== undefined) encodingNamed(options.values.encoding);
  } catch (error) {
    process.stderr.write(`outline: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const language = options.values.lang ?? DEFAULT_LANGUAGE;
  const languages = availableLanguages();
  if (!languages.includes(language)) {
    process.stderr.write(`outline: no language "${language}" (available: ${languages.join(', ')})\n${USAGE}\n`);
    return 2;
  }
  const labels: OutlineLabels = { locale: language, message: messageLookup(language) };
  const files = options.positionals.length ? options.positionals : [SAMPLE_PAGE];
  const outputs: string[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const report = outlineFile(file, { url: options.values.url, encoding: options.values.encoding });
      const output = options.values.json ? `${JSON.stringify({ file, ...report })}\n` : outlineMarkdown(report, labels);
      if (options.values.json) process.stdout.write(output);
      else outputs.push(output);
    } catch (error) {
      failed++;
      process.stderr.write(`${failureLine(file, error)}\n`);
    }
  }
  if (outputs.length) process.stdout.write(outputs.join('\n'));
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = main(process.argv.slice(2));
