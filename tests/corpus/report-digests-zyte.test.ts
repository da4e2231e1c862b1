/**
 * Every Zyte page's full report is byte for byte what it was when tests/corpus/report-digests.json was last
 * written (bench/digests.ts): a change made for speed must change no output. An intended output change rewrites
 * the file with `npm run bench:digests` in the same commit, saying why. (The other pages are in
 * report-digests.test.ts: two files, so they run side by side.)
 */
import { describe, expect, it } from 'vitest';
import { describeChanges, digestChanges, digestPages, pageDigest } from '../../bench/digests';
import { corpusPresent, warnIfCorpusMissing } from '../support/corpus';

warnIfCorpusMissing('report digests (Zyte)');

describe.skipIf(!corpusPresent)('report digests', { timeout: 600_000 }, () => {
  it('every Zyte page gives the report it gave when the digests were written', () => {
    const computed = Object.fromEntries(digestPages('zyte').map((page) => [page.key, pageDigest(page)]));
    const changes = digestChanges(computed, ['zyte']);
    expect(changes, describeChanges(changes)).toEqual({ changed: [], added: [], missing: [] });
    expect(Object.keys(computed)).toHaveLength(181);
  });
});
