/**
 * The public benchmark corpus for the corpus tests: where it is, whether it is there, and its pages loaded as
 * the CLI and the bench load them (cli/load-page.ts). A missing corpus is a loud skip on a developer machine
 * and a failure under CI=true (health-pages.test.ts asserts it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPage, type LoadedDocument } from '../../cli/load-page';
import { analyzeArticle, type ArticleReport } from '../../lib/index';
import { benchRoot } from '../../bench/corpus';

export const BENCH_DIR = benchRoot();
export const corpusPresent = existsSync(BENCH_DIR);

/** Prints the loud warning once per file that skips for want of the corpus. */
export function warnIfCorpusMissing(suite: string): void {
  if (corpusPresent || process.env.CI === 'true') return;
  console.warn(
    [
      '',
      '!'.repeat(80),
      `!! SKIPPING ${suite}: benchmark corpus not found at`,
      `!!   ${BENCH_DIR}`,
      '!! Set HEALTH_BENCH_DIR to the folder holding readability-pages/ and zyte/, e.g.',
      '!!   HEALTH_BENCH_DIR=/path/to/bench npx vitest run --project corpus',
      '!! (Under CI=true a missing corpus fails the run instead of skipping.)',
      '!'.repeat(80),
      '',
    ].join('\n'),
  );
}

const opened: LoadedDocument[] = [];

/** Frees every page `loadCorpusPage` opened (call from `afterAll`). */
export function disposeCorpusPages(): void {
  for (const page of opened.splice(0)) page.dispose();
}

/** A corpus page (path under BENCH_DIR) as a document at `url`, loaded exactly as the CLI loads it. */
export function loadCorpusPage(file: string, url: string): LoadedDocument {
  const page = loadPage(readFileSync(path.join(BENCH_DIR, file)), url);
  opened.push(page);
  return page;
}

/** The report for a corpus page, analyzed as the CLI analyzes it with `--url`. */
export function analyzeCorpusPage(file: string, url: string): ArticleReport | null {
  return analyzeArticle(loadCorpusPage(file, url).document, { url });
}
