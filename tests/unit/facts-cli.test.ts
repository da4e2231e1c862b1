import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/dom';

const ROOT = path.join(import.meta.dirname, '..', '..');

function outline(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run outline -- --json', { timeout: 60_000 }, () => {
  it('carries the reviewer, the four dates, the sources and the key points (the JSON-LD and references fixtures)', () => {
    const run = outline('--json', path.join(FIXTURES, 'facts-jsonld.html'), path.join(FIXTURES, 'sources-references.html'));
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

  it('reads the page in the charset it declares after its first 1024 bytes (webmd-1 declares UTF-8 after 2 KB of scripts)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'outline-')), 'late-charset.html');
    const paragraph = '<p>Children who didn’t eat peanut snacks early were more likely to develop an allergy by age five, the study found.</p>';
    writeFileSync(file, `<!doctype html><html><head><script>${'/* setup */ '.repeat(150)}</script><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Peanuts</title></head><body><article>${paragraph.repeat(8)}</article></body></html>`);
    const run = outline('--json', file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).text.split('\n\n')[0]).toBe('Children who didn’t eat peanut snacks early were more likely to develop an allergy by age five, the study found.');
  });
});
