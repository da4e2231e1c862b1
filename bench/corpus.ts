/**
 * Read-only access to the public benchmark data (Zyte article-extraction benchmark and
 * Mozilla Readability's test pages). The pages are never copied into this repository:
 * they are read from the shared folder, or from wherever HEALTH_BENCH_DIR points.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Env var that overrides where the benchmark data lives (folder holding `zyte/` and `readability-pages/`). */
export const BENCH_DIR_ENV = 'HEALTH_BENCH_DIR';

/**
 * URL Readability's own test harness gives every test page; relative links in expected.html
 * were resolved against it, so reuse it to keep the output comparable.
 */
export const READABILITY_TEST_PAGE_URL = 'http://fakehost/test/page.html';

/** Corpus root: $HEALTH_BENCH_DIR, else `shared/bench` beside the repository (../../shared/bench from here). */
export function benchRoot(): string {
  const fromEnv = process.env[BENCH_DIR_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(import.meta.dirname, '..', '..', 'shared', 'bench');
}

function requireDir(dir: string): string {
  if (!existsSync(dir)) {
    throw new Error(`Benchmark data not found at ${dir} (set ${BENCH_DIR_ENV} to the folder holding zyte/ and readability-pages/)`);
  }
  return dir;
}

export interface ZytePage {
  /** Item id: the file name without `.html.gz` (a sha256 hex). */
  id: string;
  /** Original page URL from ground-truth.json; use it as the document URL. */
  url: string;
  /** Ground-truth article text to score against. */
  articleBody: string;
  /** The saved page (`zyte/html/ID.html.gz`). */
  file: string;
  /** Its bytes as stored (gzipped): read them with `loadPage`, as the CLI does. */
  bytes: Buffer;
}

interface GroundTruthEntry {
  articleBody?: string;
  url?: string;
}

function zyteDir(root: string): string {
  return requireDir(path.join(root, 'zyte'));
}

function readGroundTruth(root: string): Record<string, GroundTruthEntry> {
  const raw = readFileSync(path.join(zyteDir(root), 'ground-truth.json'), 'utf8');
  return JSON.parse(raw) as Record<string, GroundTruthEntry>;
}

/**
 * All Zyte pages with their HTML decoded, in id order. Fails loudly if a page in the ground
 * truth has no HTML file, since a silently skipped page would inflate the scores.
 */
export function loadZytePages(root = benchRoot()): ZytePage[] {
  const truth = readGroundTruth(root);
  const htmlDir = path.join(zyteDir(root), 'html');
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id] ?? {};
      const file = path.join(htmlDir, `${id}.html.gz`);
      return { id, url: entry.url ?? '', articleBody: entry.articleBody ?? '', file, bytes: readFileSync(file) };
    });
}

export interface ReadabilityPage {
  /** Folder name, e.g. `webmd-1`. */
  name: string;
  /** The page as Readability's tests feed it (`source.html`): read its bytes with `loadPage`, as the CLI does. */
  sourceFile: string;
  sourceBytes: Buffer;
  /** Readability's expected output (article content HTML, `expected.html`). */
  expectedBytes: Buffer;
  /** Document URL the expected output was produced with. */
  url: string;
}

/** Names of Readability's test pages (folders holding source.html and expected.html), sorted. */
export function listReadabilityPageNames(root = benchRoot()): string[] {
  const dir = requireDir(path.join(root, 'readability-pages'));
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')) && existsSync(path.join(dir, e.name, 'expected.html')))
    .map((e) => e.name)
    .sort();
}

/** Readability's test pages with source and expected HTML, sorted by name. */
export function loadReadabilityPages(root = benchRoot()): ReadabilityPage[] {
  const dir = path.join(root, 'readability-pages');
  return listReadabilityPageNames(root).map((name) => {
    const sourceFile = path.join(dir, name, 'source.html');
    return {
      name,
      sourceFile,
      sourceBytes: readFileSync(sourceFile),
      expectedBytes: readFileSync(path.join(dir, name, 'expected.html')),
      url: READABILITY_TEST_PAGE_URL,
    };
  });
}
