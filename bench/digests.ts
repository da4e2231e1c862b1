/**
 * The digest of every page's full report, so a change meant only to make the analysis faster is shown to change
 * no output, byte for byte: tests/corpus/report-digests.test.ts (fixtures, health-real) and
 * cli-matches-bench-*.test.ts (Zyte, Readability pages) compare each page's sha256 with the committed file
 * (tests/corpus/report-digests.json), and `npm run bench:digests` rewrites that file when an output change
 * is intended (the commit that changes the output carries the new file, and says why).
 *
 * Pages: the Zyte pages, Readability's test pages, the health-real pages (all 19: the held-aside six were
 * measured once already, and a digest tunes nothing) and our own fixtures. Each is read as the CLI reads it
 * (cli/load-page.ts) and analyzed as the bench analyzes it (jsdom, with its window: DOMPurify really sanitizes).
 *
 *   npm run bench:digests             # rewrite the whole file
 *   npm run bench:digests -- --check  # only say which pages differ from it
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPage } from '../cli/load-page';
import { analyzeArticle } from '../lib/index';
import { loadReadabilityPages, loadZytePages } from './corpus';
import { loadExpectations, readHealthRealPage } from './health-real';

export const DIGESTS_FILE = path.join(import.meta.dirname, '..', 'tests', 'corpus', 'report-digests.json');
const FIXTURES = path.join(import.meta.dirname, '..', 'tests', 'fixtures');
/** The address fixtures are analyzed at (they are our own pages, served from nowhere). */
const FIXTURE_ORIGIN = 'https://fixtures.example/';

/** One page to digest: its key in the file (`set/name`), its bytes and address. */
export interface DigestPage {
  key: string;
  bytes: () => Uint8Array;
  url: string;
}

export type DigestSet = 'zyte' | 'readability' | 'health-real' | 'fixtures';
export const DIGEST_SETS: readonly DigestSet[] = ['zyte', 'readability', 'health-real', 'fixtures'];

/** The pages of one set, in key order. The corpus sets throw when the corpus is missing (callers check first). */
export function digestPages(set: DigestSet): DigestPage[] {
  switch (set) {
    case 'zyte':
      return loadZytePages().map((page) => ({ key: `zyte/${page.id}`, bytes: () => page.bytes, url: page.url }));
    case 'readability':
      return loadReadabilityPages().map((page) => ({ key: `readability/${page.name}`, bytes: () => page.sourceBytes, url: page.url }));
    case 'health-real':
      return [...loadExpectations('in-sample'), ...loadExpectations('held-aside')]
        .map((expected) => ({ key: `health-real/${expected.page}`, bytes: () => readHealthRealPage(expected.page), url: expected.url }))
        .sort((a, b) => a.key.localeCompare(b.key));
    case 'fixtures':
      return (readdirSync(FIXTURES, { recursive: true }) as string[])
        .filter((file) => file.endsWith('.html'))
        .sort()
        .map((file) => ({ key: `fixtures/${file}`, bytes: () => readFileSync(path.join(FIXTURES, file)), url: new URL(file, FIXTURE_ORIGIN).href }));
  }
}

/** sha256 (hex) of a report's JSON, or of the one-line reason a page could not be read. */
export const digestOf = (json: string): string => createHash('sha256').update(json).digest('hex');

/** The digest of one page's report (`null` when it has no article; a page that cannot be read digests its reason). */
export function pageDigest(page: DigestPage): string {
  let loaded;
  try {
    loaded = loadPage(page.bytes(), page.url);
  } catch (error) {
    return digestOf(`unreadable: ${(error as Error).message}`);
  }
  try {
    return digestOf(JSON.stringify(analyzeArticle(loaded.document, { url: page.url, window: loaded.window })));
  } finally {
    loaded.dispose();
  }
}

/** The committed digests, by page key (empty when the file is missing). */
export function committedDigests(): Record<string, string> {
  return existsSync(DIGESTS_FILE) ? (JSON.parse(readFileSync(DIGESTS_FILE, 'utf8')) as Record<string, string>) : {};
}

/** What differs between computed digests (of some sets) and the committed ones for those keys' sets. */
export function digestChanges(computed: Readonly<Record<string, string>>, sets: readonly DigestSet[], committed = committedDigests()): { changed: string[]; added: string[]; missing: string[] } {
  const inSets = (key: string) => sets.some((set) => key.startsWith(`${set}/`));
  const keys = Object.keys(computed);
  return {
    changed: keys.filter((key) => key in committed && committed[key] !== computed[key]),
    added: keys.filter((key) => !(key in committed)),
    missing: Object.keys(committed).filter((key) => inSets(key) && !(key in computed)),
  };
}

/** A failure message naming every page whose report changed, and what to do when the change is intended. */
export function describeChanges({ changed, added, missing }: ReturnType<typeof digestChanges>): string {
  const list = (label: string, keys: string[]) => (keys.length ? [`${label} (${keys.length}): ${keys.join(', ')}`] : []);
  return [
    ...list('reports changed', changed),
    ...list('pages without a committed digest', added),
    ...list('committed pages no longer found', missing),
    'A speed-up must change no output. If this change is intended, run `npm run bench:digests` and commit the file with the change, saying why.',
  ].join('\n');
}

const corpusSets = (sets: readonly DigestSet[], corpusPresent: boolean) => sets.filter((set) => set === 'fixtures' || corpusPresent);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { benchRoot } = await import('./corpus');
  const present = existsSync(benchRoot());
  if (!present) console.warn(`!!! benchmark corpus not found at ${benchRoot()}: only the fixtures are digested (set HEALTH_BENCH_DIR)`);
  const sets = corpusSets(DIGEST_SETS, present);
  const computed: Record<string, string> = {};
  for (const set of sets) {
    for (const page of digestPages(set)) computed[page.key] = pageDigest(page);
    console.error(`${set}: done`);
  }
  const committed = committedDigests();
  const changes = digestChanges(computed, sets, committed);
  if (process.argv.includes('--check')) {
    const same = !changes.changed.length && !changes.added.length && !changes.missing.length;
    console.log(same ? `all ${Object.keys(computed).length} reports match ${path.relative(process.cwd(), DIGESTS_FILE)}` : describeChanges(changes));
    process.exitCode = same ? 0 : 1;
  } else {
    // Sets not digested here (no corpus) keep their committed lines.
    const kept = Object.fromEntries(Object.entries(committed).filter(([key]) => !sets.some((set) => key.startsWith(`${set}/`))));
    const merged = { ...kept, ...computed };
    const sorted = Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key]!]));
    writeFileSync(DIGESTS_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
    console.log(`wrote ${Object.keys(sorted).length} digests to ${path.relative(process.cwd(), DIGESTS_FILE)} (${changes.changed.length} changed, ${changes.added.length} new, ${changes.missing.length} gone)`);
  }
}
