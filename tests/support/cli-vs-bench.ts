/**
 * The two ways a corpus page becomes text for the CLI-versus-bench tests: the CLI's own function for one file,
 * and the bench's extractor on the document the bench loads (whose report is also checked against the committed
 * digests, tests/corpus/report-digests.json).
 */
import { outlineFile } from '../../cli/outline';
import { loadPage, PageError } from '../../cli/load-page';
import { ours } from '../../bench/extractors';
import { committedDigests, digestOf } from '../../bench/digests';

/** What the CLI gives for a file: its report's text, or '' where it prints no report (no article found). */
function cliText(file: string, url: string): string {
  try {
    return outlineFile(file, { url }).text;
  } catch (error) {
    if (error instanceof PageError && error.message === 'no article found on this page') return '';
    throw error;
  }
}

/**
 * What the bench gives for a page: its text, and the digest of its whole report as bench/digests.ts writes it,
 * so one analysis per page serves both the CLI-versus-bench check and the byte-for-byte output check.
 */
function benchRun(bytes: Buffer, url: string): { text: string; digest: string } {
  const loaded = loadPage(bytes, url);
  try {
    const run = ours(loaded.document, url, loaded.window);
    if (run.error) throw new Error(run.error);
    return { text: run.text, digest: digestOf(JSON.stringify(run.report)) };
  } finally {
    loaded.dispose();
  }
}

/** One corpus page as both checks see it: its key in the digests file, its short name, saved file, bytes and address. */
export interface CorpusPage {
  key: string;
  name: string;
  file: string;
  bytes: Buffer;
  url: string;
}

/**
 * Runs every page both ways: the names of the pages whose CLI text differs from the bench's, and the digest keys
 * whose bench report is not the committed one.
 */
export function compareWithBench(pages: readonly CorpusPage[]): { differing: string[]; changed: string[] } {
  const committed = committedDigests();
  const differing: string[] = [];
  const changed: string[] = [];
  for (const page of pages) {
    const bench = benchRun(page.bytes, page.url);
    if (cliText(page.file, page.url) !== bench.text) differing.push(page.name);
    if (committed[page.key] !== bench.digest) changed.push(page.key);
  }
  return { differing, changed };
}
