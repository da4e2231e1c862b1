import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/dom';

const ROOT = path.join(import.meta.dirname, '..', '..');

describe('npm run outline -- --json', () => {
  it('carries the reviewer, the four dates, the sources and the key points (the JSON-LD and references fixtures)', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), '--json', path.join(FIXTURES, 'facts-jsonld.html'), path.join(FIXTURES, 'sources-references.html')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const [jsonLd, references] = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect({ reviewedBy: jsonLd.reviewedBy, published: jsonLd.published, modified: jsonLd.modified, lastReviewed: jsonLd.lastReviewed, nextReview: jsonLd.nextReview }).toEqual({
      reviewedBy: 'Maya Lindqvist, MD, MPH',
      published: '2023-05-16',
      modified: '2024-11-04',
      lastReviewed: '2024-11-02',
      nextReview: null,
    });
    expect(jsonLd.sources).toEqual([]);
    expect(jsonLd.keyPoints.map((point: { sectionId: string | null }) => point.sectionId)).toEqual([null, jsonLd.outline[0].id, jsonLd.outline[1].id]);
    expect(references.sources.map((source: { doi?: string; pubmedId?: string }) => [source.doi ?? null, source.pubmedId ?? null])).toEqual([
      ['10.1016/S2213-8587(21)00051-6', null],
      [null, '28202713'],
      [null, '28719693'],
      [null, null],
    ]);
  });
});
