/**
 * The CLI and `npm run bench` read every corpus page the same way (cli/load-page.ts) and so give the same
 * `text`: the benchmark's numbers are the numbers a user of `npm run outline` gets. Every Readability test page is run both
 * ways: the CLI's own function for one file, and the bench's extractor on the document the bench loads
 * (cli-matches-bench-zyte.test.ts has the Zyte pages; two files so they run side by side).
 */
import { describe, expect, it } from 'vitest';
import { listReadabilityPageNames, loadReadabilityPages } from '../../bench/corpus';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';
import { benchText, cliText } from '../support/cli-vs-bench';

warnIfCorpusMissing('CLI-versus-bench corpus test (Readability pages)');

describe.skipIf(!corpusPresent)('the CLI and the bench give the same text', { timeout: 600_000 }, () => {
  it('on every Readability test page', () => {
    const pages = loadReadabilityPages();
    const differing = pages.filter((page) => cliText(page.sourceFile, page.url) !== benchText(page.sourceBytes, page.url)).map((page) => page.name);
    expect({ pages: pages.length, differing }).toEqual({ pages: listReadabilityPageNames().length, differing: [] });
  });
});
