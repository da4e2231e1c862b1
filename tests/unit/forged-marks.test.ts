/**
 * The pipeline marks its copy of the page with attributes of its own (`data-hao-*`: heading ids and levels,
 * pseudo-headings, captions, sources). A page that writes them itself must change nothing: the preparing
 * walk strips them before it marks anything.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { HEADING_ID_ATTRIBUTE, HEADING_LEVEL_ATTRIBUTE, PSEUDO_HEADING_ATTRIBUTE } from '../../lib/page/headings';
import { CAPTION_ATTRIBUTE, PIPELINE_ATTRIBUTE_PREFIX } from '../../lib/page/text';
import { SOURCES_ATTRIBUTE } from '../../lib/health/sources';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

const URL = 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing';

/** The seed page with every mark of ours forged where it would do most harm. */
function forged(html: string): string {
  return html
    .replace('<html', `<html ${HEADING_ID_ATTRIBUTE}="h0"`)
    // Every paragraph a caption (out of the text) and a heading with a duplicate id.
    .replaceAll('<p>', `<p ${CAPTION_ATTRIBUTE} ${HEADING_ID_ATTRIBUTE}="h1" ${HEADING_LEVEL_ATTRIBUTE}="1">`)
    .replaceAll('<p ', `<p ${CAPTION_ATTRIBUTE} ${PSEUDO_HEADING_ATTRIBUTE} `)
    // Every block a sources list (no key points from it) and a pseudo heading.
    .replaceAll('<div', `<div ${SOURCES_ATTRIBUTE} ${PSEUDO_HEADING_ATTRIBUTE} ${HEADING_ID_ATTRIBUTE}="h2"`)
    .replaceAll('<li', `<li ${HEADING_LEVEL_ATTRIBUTE}="6" ${PIPELINE_ATTRIBUTE_PREFIX}future-mark="1"`)
    .replaceAll('<h3', `<h3 ${HEADING_ID_ATTRIBUTE}="h0" ${HEADING_LEVEL_ATTRIBUTE}="2"`);
}

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('a page forging the pipeline’s own marks (%s)', (_dom, makeDocument) => {
  const html = readFixture('seed-model.html');

  it('every mark of the pipeline is in its namespace', () => {
    const marks = [HEADING_ID_ATTRIBUTE, HEADING_LEVEL_ATTRIBUTE, PSEUDO_HEADING_ATTRIBUTE, CAPTION_ATTRIBUTE, SOURCES_ATTRIBUTE];
    expect(marks.filter((mark) => !mark.startsWith(PIPELINE_ATTRIBUTE_PREFIX))).toEqual([]);
  });

  it('gets exactly the report of the page as it is', () => {
    const page = forged(html);
    expect(page.match(/data-hao-/g)?.length).toBeGreaterThan(150);
    const honest = analyzeArticle(makeDocument(html, URL), { url: URL });
    const forgedReport = analyzeArticle(makeDocument(page, URL), { url: URL });
    expect(honest?.outline).toHaveLength(4);
    expect(forgedReport).toEqual(honest);
  });
});
