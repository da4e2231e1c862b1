/**
 * Extension pages hold English alone and load a page's other language tables when the page turns out to be in
 * that language (lib/vocabulary/load.ts). This file never imports lib/index.ts (which registers every table for
 * Node), so it sees what the popup sees.
 */
import { describe, expect, it } from 'vitest';
import { leaveUnsanitized, outlineSteps, type OutlineAnalysis, type PipelineStep } from '../../lib/outline-phase';
import { missingLanguageTables } from '../../lib/vocabulary/index';
import { loadLanguageTables } from '../../lib/vocabulary/load';
import { jsdomDocument, readFixture } from '../support/dom';

interface Expected {
  url: string;
  title: string;
  outline: { level: number; text: string }[];
}

const expectedOf = (page: string): Expected => JSON.parse(readFixture(`${page}.expected.json`)) as Expected;

/** Runs the steps to the end, loading tables when asked; returns the analysis and every load request. */
async function runLoading(steps: Generator<PipelineStep, OutlineAnalysis | null>): Promise<{ analysis: OutlineAnalysis | null; requests: string[][] }> {
  const requests: string[][] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { analysis: step.value, requests };
    if (typeof step.value === 'object') {
      requests.push(step.value.loadLanguages);
      await loadLanguageTables(step.value.loadLanguages);
    }
  }
}

const outlineOf = (analysis: OutlineAnalysis | null) => analysis?.report.outline.map(({ level, text }) => ({ level, text }));

describe('language tables loaded for the page', () => {
  it('an English page asks for none', async () => {
    const expected = expectedOf('page-kinds-en');
    const { analysis, requests } = await runLoading(outlineSteps(jsdomDocument(readFixture('page-kinds-en.html'), expected.url), { sanitize: leaveUnsanitized }));
    expect(requests).toEqual([]);
    expect(outlineOf(analysis)).toEqual(expected.outline);
  });

  it('a German page asks for German, refuses to read on without it, and reads as the CLI does once it is loaded', async () => {
    const expected = expectedOf('page-kinds-de');
    const html = readFixture('page-kinds-de.html');
    expect(missingLanguageTables(['de'])).toEqual(['de']);
    const refused = outlineSteps(jsdomDocument(html, expected.url), { sanitize: leaveUnsanitized });
    let step = refused.next();
    while (!step.done && typeof step.value !== 'object') step = refused.next();
    expect(step.value).toEqual({ loadLanguages: ['de'] });
    expect(() => refused.next()).toThrow('vocabulary tables not loaded: de');

    const { analysis, requests } = await runLoading(outlineSteps(jsdomDocument(html, expected.url), { sanitize: leaveUnsanitized }));
    expect(requests).toEqual([['de']]);
    expect(missingLanguageTables(['de', 'es'])).toEqual(['es']);
    expect(analysis?.report.title).toBe(expected.title);
    expect(outlineOf(analysis)).toEqual(expected.outline);
  });
});
