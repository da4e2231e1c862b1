/**
 * Articles inside open shadow roots (web-component sites): the page agent's snapshot carries them as
 * declarative shadow DOM (utils/snapshot.ts) and the analysis shows what they render (lib/page/shadow.ts).
 * Here in jsdom, which runs the fixture's components but has no `getHTML`: the snapshot's own serializer.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { flattenShadowRoots } from '../../lib/page/shadow';
import { childrenHtml, openShadowRoots, pageHtml } from '../../utils/snapshot';
import { readFixture } from '../support/dom';

const URL = 'https://component-health.example/ankle';

/** The fixture with its components running; their connected callbacks come in a later task. */
async function renderedFixture(): Promise<Document> {
  const { document } = new JSDOM(readFixture('web-component-article.html'), { url: URL, runScripts: 'dangerously', virtualConsole: new VirtualConsole() }).window;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return document;
}

describe('the snapshot of a web-component page', () => {
  it('finds its open shadow roots, nested ones too', async () => {
    const doc = await renderedFixture();
    expect(openShadowRoots(doc).map((root) => root.host.localName)).toEqual(['health-article', 'health-tips']);
  });

  it('writes each open shadow root as a declarative template, and the rest exactly as outerHTML', async () => {
    const doc = await renderedFixture();
    const html = pageHtml(doc, false);
    expect(html.match(/<template shadowrootmode="open">/g)).toHaveLength(2);
    expect(html).toContain('<health-article><template shadowrootmode="open"><article><h1>Caring for a sprained ankle</h1>');
    const plain = new JSDOM('<!doctype html><p title="a &amp; &quot;b&quot;">x &lt; y&nbsp;<br>z</p><script>if (a < b) {}</script><!-- note -->', { virtualConsole: new VirtualConsole() }).window.document;
    expect(childrenHtml(plain.documentElement, new Set())).toBe(plain.documentElement.innerHTML);
  });

  it('is analyzed as the page shows it: shadow headings in the outline, slotted text in place', async () => {
    const snapshot = pageHtml(await renderedFixture(), false);
    const window = new JSDOM('', { url: URL, virtualConsole: new VirtualConsole() }).window;
    const doc = new window.DOMParser().parseFromString(snapshot, 'text/html');
    flattenShadowRoots(doc);
    expect(doc.querySelector('template')).toBeNull();
    const report = analyzeArticle(doc, { url: URL, window: window as unknown as Window })!;
    expect(report.title).toBe('Caring for a sprained ankle');
    expect(report.outline.map((entry) => entry.text)).toEqual(['The first two days', 'Quick tips for the first two days', 'Getting moving again', 'When to see a doctor']);
    const paragraphs = report.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^A sprain happens when the ligaments/);
    expect(paragraphs.at(-1)).toMatch(/^Get medical help if you cannot put any weight on the foot/);
    expect(report.text).toContain('Keep the ankle raised above the level of your heart');
  });

  it('without shadow roots, is the page as before and analyzes the same', () => {
    const doc = new JSDOM(readFixture('seed-model.html'), { url: URL, virtualConsole: new VirtualConsole() }).window.document;
    expect(pageHtml(doc)).toBe(doc.documentElement.outerHTML);
  });
});
