/**
 * The two ways a corpus page becomes text for the CLI-versus-bench tests: the CLI's own function for one file,
 * and the bench's extractor on the document the bench loads.
 */
import { outlineFile } from '../../cli/outline';
import { loadPage, PageError } from '../../cli/load-page';
import { ours } from '../../bench/extractors';

/** What the CLI gives for a file: its report's text, or '' where it prints no report (no article found). */
export function cliText(file: string, url: string): string {
  try {
    return outlineFile(file, { url }).text;
  } catch (error) {
    if (error instanceof PageError && error.message === 'no article found on this page') return '';
    throw error;
  }
}

export function benchText(bytes: Buffer, url: string): string {
  const loaded = loadPage(bytes, url);
  try {
    const run = ours(loaded.document, url, loaded.window);
    if (run.error) throw new Error(run.error);
    return run.text;
  } finally {
    loaded.dispose();
  }
}
