/**
 * Pages nested far deeper than any real one (broken or hostile markup): the CLI's DOM holds them as
 * browsers do (nesting capped at 512 levels, cli/load-page.ts), and the pipeline's own walks are loops, so
 * neither overflows the stack. Real pages nest 30–60 levels (52 at most in the benchmark corpus).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage, PARSER_MAX_DEPTH } from '../../cli/load-page';
import { blockText, descendantsWhere, firstDescendant } from '../../lib/page/text';
import { closeDocuments, happyDocument } from '../support/dom';

afterAll(closeDocuments);

const ROOT = path.join(import.meta.dirname, '..', '..');
const DEPTH = 10_000;
const PARAGRAPH = 'Sleep is when the body repairs itself, and most adults need seven to nine hours of it every night to stay well.';
const DEEP_PARAGRAPH = 'Deep inside the page, the advice is the same: keep a regular bedtime, and keep screens out of the bedroom.';

function deepPage(depth: number): string {
  return (
    `<!doctype html><html><head><title>Sleep and health</title></head><body><article><h1>Sleep and health</h1><p>${PARAGRAPH.repeat(3)}</p>` +
    `${'<div>'.repeat(depth)}<h2>Keeping a routine</h2><p>${DEEP_PARAGRAPH.repeat(3)}</p>${'</div>'.repeat(depth)}` +
    `<h2>When to see a doctor</h2><p>${PARAGRAPH.repeat(3)}</p></article></body></html>`
  );
}

function depthOf(document: Document): number {
  let deepest = 0;
  const walker = document.createTreeWalker(document.documentElement, 1);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    let depth = 0;
    for (let parent: Node | null = node; parent && parent !== document; parent = parent.parentNode) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('pages nested 10,000 levels deep', { timeout: 60_000 }, () => {
  it('the CLI outlines them: the deep section keeps its heading and text', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'outline-')), 'deep.html');
    writeFileSync(file, deepPage(DEPTH));
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'outline.ts'), '--json', file], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(run.stdout);
    expect(report.outline.map((entry: { text: string }) => entry.text)).toEqual(['Keeping a routine', 'When to see a doctor']);
    expect(report.text.split('\n\n')).toEqual([PARAGRAPH.repeat(3), 'Keeping a routine', DEEP_PARAGRAPH.repeat(3), 'When to see a doctor', PARAGRAPH.repeat(3)]);
  });

  it('the loader nests them no deeper than browsers do, keeping every element and text', () => {
    const page = loadPage(Buffer.from(deepPage(DEPTH)), 'https://example.test/sleep');
    expect(depthOf(page.document)).toBe(PARSER_MAX_DEPTH + 1);
    expect(page.document.getElementsByTagName('div')).toHaveLength(DEPTH);
    expect(page.document.querySelector('h2')?.textContent).toBe('Keeping a routine');
    expect(page.document.querySelectorAll('p')[1]?.textContent).toBe(DEEP_PARAGRAPH.repeat(3));
    page.dispose();
  });

  it('the pipeline walks a 10,000-deep tree by loops (block text, descendants, first match)', () => {
    // happy-dom nests without limit (and builds deep trees faster than jsdom): the walks alone are under test.
    const document = happyDocument(`<body><main>${'<div>'.repeat(DEPTH)}<p>${DEEP_PARAGRAPH}<a href="/more">More</a></p></main>`);
    // (Selectors and textContent are left out: happy-dom's own recurse.)
    const main = document.body.firstElementChild!;
    const link = firstDescendant(main, (element) => element.localName === 'a');
    let linkDepth = 0;
    for (let node: Node | null = link; node && node !== document; node = node.parentNode) linkDepth++;
    expect([main.localName, link?.textContent, linkDepth]).toEqual(['main', 'More', DEPTH + 5]);
    expect(blockText(main)).toBe(`${DEEP_PARAGRAPH}More`);
    expect(descendantsWhere(main, (element) => element.localName === 'div')).toHaveLength(DEPTH);
  });
});
