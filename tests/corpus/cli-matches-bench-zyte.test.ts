/**
 * The CLI and `npm run bench` read every corpus page the same way (cli/load-page.ts) and so give the same
 * `text`: the benchmark's numbers are the numbers a user of `npm run outline` gets. Every Zyte page is run both
 * ways: the CLI's own function for one file, and the bench's extractor on the document the bench loads
 * (cli-matches-bench-readability.test.ts has the Readability test pages; two files so they run side by side).
 */
import { describe, expect, it } from 'vitest';
import { loadZytePages } from '../../bench/corpus';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';
import { benchText, cliText } from '../support/cli-vs-bench';

warnIfCorpusMissing('CLI-versus-bench corpus test (Zyte)');

describe.skipIf(!corpusPresent)('the CLI and the bench give the same text', { timeout: 600_000 }, () => {
  it('on every Zyte page (with the ground truth\'s address as --url, as the bench has it)', () => {
    const pages = loadZytePages();
    const differing = pages.filter((page) => cliText(page.file, page.url) !== benchText(page.bytes, page.url)).map((page) => page.id.slice(0, 8));
    expect({ pages: pages.length, differing }).toEqual({ pages: 181, differing: [] });
  });
});
