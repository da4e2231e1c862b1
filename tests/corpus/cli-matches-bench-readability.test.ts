/**
 * The CLI and `npm run bench` read every corpus page the same way (cli/load-page.ts) and so give the same
 * `text`: the benchmark's numbers are the numbers a user of `npm run outline` gets. Every Readability test page
 * is run both ways: the CLI's own function for one file, and the bench's extractor on the document the bench
 * loads; the bench's whole report is also byte for byte the committed one (see cli-matches-bench-zyte.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { listReadabilityPageNames, loadReadabilityPages } from '../../bench/corpus';
import { describeChanges } from '../../bench/digests';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';
import { compareWithBench } from '../support/cli-vs-bench';

warnIfCorpusMissing('CLI-versus-bench and report-digest corpus test (Readability pages)');

describe.skipIf(!corpusPresent)('the CLI and the bench give the same text, and the reports are unchanged', { timeout: 600_000 }, () => {
  it('on every Readability test page', () => {
    const pages = loadReadabilityPages();
    const { differing, changed } = compareWithBench(pages.map((page) => ({ key: `readability/${page.name}`, name: page.name, file: page.sourceFile, bytes: page.sourceBytes, url: page.url })));
    expect({ pages: pages.length, differing }).toEqual({ pages: listReadabilityPageNames().length, differing: [] });
    expect(changed, describeChanges({ changed, added: [], missing: [] })).toEqual([]);
  });
});
