/**
 * The kinds of page issue 11 names, each in our own words and in several languages (tests/fixtures/page-kinds-*):
 * a related list under a heading outside the article, inline related boxes, sidebar lists, Most read charts in
 * the body, newsletter prompts worded as questions, video placeholders, shop and affiliate boxes, ad labels
 * and prompts in the page's language, bold-paragraph Q&A headings, a dek that is no heading, and a journal's
 * structured abstract with its references. Each page's expected file (the health-real format) is checked with
 * the benchmark's own scorer: outline, related URLs, no leak in the text, the facts, every fragment kept.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FACT_FIELDS, observeReport, relatedKey, scorePage, type ExpectedReport } from '../../bench/health-real';
import { analyzeArticle, type ArticleReport } from '../../lib/index';
import { closeDocuments, FIXTURES, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

const PAGES = readdirSync(FIXTURES)
  .filter((file) => /^page-kinds-.*\.html$/.test(file))
  .sort();

describe.each(PAGES)('%s', (file) => {
  const expected = JSON.parse(readFixture(file.replace(/\.html$/, '.expected.json'))) as ExpectedReport;
  let report: ArticleReport | null | undefined;
  const analyzed = () => (report ??= analyzeArticle(jsdomDocument(readFixture(file), expected.url), { url: expected.url }));

  it('outline: the article\'s own headings at the level they act as', () => {
    expect(analyzed()?.outline.map(({ level, text }) => ({ level, text }))).toEqual(expected.outline);
  });

  it('related: every related item once, nothing else', () => {
    const urls = (items: readonly { url: string }[]) => items.map((item) => relatedKey(item.url)).sort();
    expect(urls(analyzed()?.related ?? [])).toEqual(urls(expected.related));
  });

  it('no boilerplate in the text, every fragment of the article kept', () => {
    const score = scorePage(observeReport(analyzed() ?? null), expected);
    expect({ leaks: score.leaks, missing: score.missingFragments }).toEqual({ leaks: [], missing: [] });
  });

  if (file.includes('abstract')) it('sources: every entry of the journal page\'s reference list, with its DOI', () => {
    const references = readFixture(file).match(/class="ref-item"/g)?.length ?? 0;
    expect(references).toBeGreaterThan(10);
    expect(analyzed()?.sources.filter((source) => source.doi)).toHaveLength(references);
  });

  it('facts: title, byline, reviewer and dates', () => {
    const facts = (source: Record<(typeof FACT_FIELDS)[number], string | null>) => Object.fromEntries(FACT_FIELDS.map((field) => [field, source[field]]));
    expect(facts(observeReport(analyzed() ?? null))).toEqual(facts(expected));
  });
});
