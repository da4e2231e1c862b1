/**
 * `npm run outline -- [--json] [--url URL] [--lang LANG] [FILE ...]`: the extension's analysis on saved pages.
 * Markdown outlines by default, worded in the extension's UI language LANG (its messages.json; English by
 * default), one JSON report per line with --json. Without FILE it outlines the bundled sample article. A file
 * that cannot be read or has no article is reported on stderr; the rest still run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { outlineMarkdown, type OutlineLabels } from '../lib/output/format';
import { analyzeArticle } from '../lib/index';
import type { ArticleReport } from '../lib/types';
import { loadPage } from './load-page';
import { availableLanguages, DEFAULT_LANGUAGE, messageLookup } from './messages';

export const SAMPLE_PAGE = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'seed-model.html');
const USAGE = 'usage: npm run outline -- [--json] [--url URL] [--lang LANG] [FILE.html|FILE.html.gz ...]';
const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|article|main|div|p)[\s>]/i;

/** Reads one saved page and analyzes it; throws an Error whose message is fit for the user. */
export function outlineFile(file: string, url?: string): ArticleReport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${(error as Error).message})`);
  }
  const head = bytes.subarray(0, 65536).toString('latin1');
  if (head.includes('\0') || !LOOKS_LIKE_HTML.test(head)) throw new Error('not an HTML page');
  // Scripts never run and nothing is fetched (jsdom's defaults); a stylesheet jsdom cannot parse does not stop
  // the page from loading (see load-page.ts).
  const page = loadPage(bytes, pathToFileURL(path.resolve(file)).href);
  try {
    const document = page.document;
    const report = analyzeArticle(document, { url: url ?? savedPageUrl(document) });
    if (!report) throw new Error('no article found on this page');
    return report;
  } finally {
    page.dispose();
  }
}

/** A saved page says where it came from in its canonical link or og:url; links resolve against that. */
function savedPageUrl(document: Document): string | undefined {
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return declared && /^https?:\/\//i.test(declared) ? declared : undefined;
}

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, url: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
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
      const report = outlineFile(file, options.values.url);
      const output = options.values.json ? `${JSON.stringify({ file, ...report })}\n` : outlineMarkdown(report, labels);
      if (options.values.json) process.stdout.write(output);
      else outputs.push(output);
    } catch (error) {
      failed++;
      process.stderr.write(`outline: ${file}: ${(error as Error).message}\n`);
    }
  }
  if (outputs.length) process.stdout.write(outputs.join('\n'));
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = main(process.argv.slice(2));
