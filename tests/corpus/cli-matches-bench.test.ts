/**
 * The CLI and `npm run bench` read every corpus page the same way (cli/load-page.ts) and so give the same
 * `text`: the benchmark's numbers are the numbers a user of `npm run outline` gets. Every Zyte page and every
 * Readability test page is run both ways: the CLI's own function for one file, and the bench's extractor on
 * the document the bench loads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { outlineFile } from '../../cli/outline';
import { loadPage, PageError } from '../../cli/load-page';
import { listReadabilityPageNames, loadReadabilityPages, loadZytePages } from '../../bench/corpus';
import { ours } from '../../bench/extractors';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';

warnIfCorpusMissing('CLI-versus-bench corpus test');

/** What the CLI gives for a file: its report's text, or '' where it prints no report (no article found). */
function cliText(file: string, url: string): string {
  try {
    return outlineFile(file, { url }).text;
  } catch (error) {
    if (error instanceof PageError && error.message === 'no article found on this page') return '';
    throw error;
  }
}

function benchText(bytes: Buffer, url: string): string {
  const loaded = loadPage(bytes, url);
  try {
    const run = ours(loaded.document, url, loaded.window);
    if (run.error) throw new Error(run.error);
    return run.text;
  } finally {
    loaded.dispose();
  }
}

describe.skipIf(!corpusPresent)('the CLI and the bench give the same text', { timeout: 600_000 }, () => {
  let differing: string[] = [];
  afterAll(() => {
    if (differing.length) console.log(`pages whose CLI and bench text differ: ${differing.join(', ')}`);
  });

  it('on every Zyte page (with the ground truth\'s address as --url, as the bench has it)', () => {
    const pages = loadZytePages();
    differing = pages.filter((page) => cliText(page.file, page.url) !== benchText(page.bytes, page.url)).map((page) => page.id.slice(0, 8));
    expect({ pages: pages.length, differing }).toEqual({ pages: 181, differing: [] });
  });

  it('on every Readability test page', () => {
    const pages = loadReadabilityPages();
    differing = pages.filter((page) => cliText(page.sourceFile, page.url) !== benchText(page.sourceBytes, page.url)).map((page) => page.name);
    expect({ pages: pages.length, differing }).toEqual({ pages: listReadabilityPageNames().length, differing: [] });
  });
});
