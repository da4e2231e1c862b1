/**
 * `npm run outline -- [--json] [--url URL] [--lang LANG] [--encoding NAME] [--jobs N] [--timeout SECONDS] [FILE ...]`:
 * the extension's analysis on saved pages. Markdown outlines by default, worded in the extension's UI language
 * LANG (its messages.json; English by default), one JSON report per line with --json. Without FILE it outlines
 * the bundled sample article. A file that cannot be read or has no article gets one line on stderr; the rest
 * still run. Several files are outlined on N worker threads (every core by default), printed in input order;
 * one page may take SECONDS (30) there before its worker is stopped.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { outlineMarkdown, type OutlineLabels } from '../lib/output/format';
import { analyzeArticle } from '../lib/index';
import type { ArticleReport } from '../lib/types';
import { encodingNamed, loadPage, PageError } from './load-page';
import { availableLanguages, DEFAULT_LANGUAGE, messageLookup } from './messages';
import { runInWorkers } from './pool';
import { Progress } from './progress';

export const SAMPLE_PAGE = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'seed-model.html');
const USAGE = 'usage: npm run outline -- [--json] [--url URL] [--lang LANG] [--encoding NAME] [--jobs N] [--timeout SECONDS] [FILE.html|FILE.html.gz ...]';

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

/** How the CLI prints each file's result. */
export interface PrintSettings extends OutlineOptions {
  json: boolean;
  /** The UI language of the Markdown's labels and dates. */
  language: string;
}

/** What the CLI prints for one file: its JSON line or Markdown outline for stdout, or its one-line error for stderr. */
export type PrintedOutline = { output: string } | { error: string };

export function labelsFor(language: string): OutlineLabels {
  return { locale: language, message: messageLookup(language) };
}

/** One file as the CLI prints it, whether outlined here or in a batch worker. */
export function printedOutline(file: string, settings: PrintSettings, labels: OutlineLabels): PrintedOutline {
  try {
    const report = outlineFile(file, { url: settings.url, encoding: settings.encoding });
    return { output: settings.json ? `${JSON.stringify({ file, ...report })}\n` : outlineMarkdown(report, labels) };
  } catch (error) {
    return { error: failureLine(file, error) };
  }
}

/** A page that takes longer than this in a batch has its worker ended and gets a one-line error. */
const DEFAULT_TIMEOUT_SECONDS = 30;

function positiveNumber(option: string, value: string | undefined, whole: boolean): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!value.trim() || !(number > 0) || !Number.isFinite(number) || (whole && !Number.isInteger(number))) {
    throw new Error(`--${option} takes ${whole ? 'a whole number, 1 or more' : 'a number of seconds above 0'} (not "${value}")`);
  }
  return number;
}

async function main(argv: string[]): Promise<number> {
  let options;
  let jobs: number;
  let timeoutSeconds: number;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        url: { type: 'string' },
        lang: { type: 'string' },
        encoding: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (options.values.encoding !== undefined) encodingNamed(options.values.encoding);
    jobs = positiveNumber('jobs', options.values.jobs, true) ?? availableParallelism();
    timeoutSeconds = positiveNumber('timeout', options.values.timeout, false) ?? DEFAULT_TIMEOUT_SECONDS;
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
  const settings: PrintSettings = { json: Boolean(options.values.json), language, url: options.values.url, encoding: options.values.encoding };
  const files = options.positionals.length ? options.positionals : [SAMPLE_PAGE];
  const progress = new Progress(process.stderr, files.length);
  let failed = 0;
  let outlines = 0;
  // Whatever reads the outlines stopped (`| head`): the rest would go nowhere, so stop too, quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    progress.end();
    process.exit(failed ? 1 : 0);
  });
  // In input order, whichever worker finished first; Markdown outlines are set apart by a blank line.
  const print = (result: PrintedOutline) => {
    if ('error' in result) {
      failed++;
      progress.print(process.stderr, `${result.error}\n`);
    } else {
      progress.print(process.stdout, `${outlines++ && !settings.json ? '\n' : ''}${result.output}`);
    }
  };
  if (files.length === 1) {
    print(printedOutline(files[0]!, settings, labelsFor(language)));
    return failed ? 1 : 0;
  }
  await runInWorkers<string, PrintedOutline>(
    files,
    { module: new URL('./outline-worker.ts', import.meta.url), workerData: settings, jobs, timeoutMs: timeoutSeconds * 1000 },
    (index, outcome) => {
      if ('result' in outcome) print(outcome.result);
      // A crash is a bug, reported like one in the main thread: "internal error: …".
      else print({ error: failureLine(files[index]!, 'timedOut' in outcome ? new PageError(outcome.timedOut) : outcome.crashed) });
    },
    (settled) => progress.update(settled),
  );
  progress.end();
  return failed ? 1 : 0;
}

if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = await main(process.argv.slice(2));
