/**
 * Every page's full report is byte for byte what it was when tests/corpus/report-digests.json was last written
 * (bench/digests.ts): a change made for speed must change no output. An intended output change rewrites the
 * file with `npm run bench:digests` in the same commit, saying why. Here: our fixtures and the health-real pages
 * (the Zyte and Readability pages are checked by cli-matches-bench-*.test.ts, which analyze them anyway).
 */
import { describe, expect, it } from 'vitest';
import { describeChanges, digestChanges, digestPages, pageDigest, type DigestSet } from '../../bench/digests';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';

warnIfCorpusMissing('report digests (health-real)');

function expectUnchanged(set: DigestSet): number {
  const computed = Object.fromEntries(digestPages(set).map((page) => [page.key, pageDigest(page)]));
  const changes = digestChanges(computed, [set]);
  expect(changes, describeChanges(changes)).toEqual({ changed: [], added: [], missing: [] });
  return Object.keys(computed).length;
}

describe('report digests', { timeout: 600_000 }, () => {
  it('every fixture page gives the report it gave when the digests were written', () => {
    expect(expectUnchanged('fixtures')).toBe(39);
  });

  it.skipIf(!corpusPresent)('every health-real page too', () => {
    expect(expectUnchanged('health-real')).toBe(19);
  });
});
