/**
 * The CLI and `npm run bench` read every corpus page the same way (cli/load-page.ts) and so give the same
 * `text`: the benchmark's numbers are the numbers a user of `npm run outline` gets. Every Zyte page is run both
 * ways: the CLI's own function for one file, and the bench's extractor on the document the bench loads. The
 * bench's whole report is also byte for byte the one in tests/corpus/report-digests.json (bench/digests.ts): a
 * change made for speed must change no output; an intended change rewrites that file with `npm run bench:digests`
 * in the same commit, saying why. (cli-matches-bench-readability.test.ts has the Readability test pages; two
 * files so they run side by side.)
 */
import { describe, expect, it } from 'vitest';
import { loadZytePages } from '../../bench/corpus';
import { describeChanges } from '../../bench/digests';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';
import { compareWithBench } from '../support/cli-vs-bench';

warnIfCorpusMissing('CLI-versus-bench and report-digest corpus test (Zyte)');

describe.skipIf(!corpusPresent)('the CLI and the bench give the same text, and the reports are unchanged', { timeout: 600_000 }, () => {
  it('on every Zyte page (with the ground truth\'s address as --url, as the bench has it)', () => {
    const pages = loadZytePages();
    const { differing, changed } = compareWithBench(pages.map((page) => ({ key: `zyte/${page.id}`, name: page.id.slice(0, 8), file: page.file, bytes: page.bytes, url: page.url })));
    expect({ pages: pages.length, differing }).toEqual({ pages: 181, differing: [] });
    expect(changed, describeChanges({ changed, added: [], missing: [] })).toEqual([]);
  });
});
