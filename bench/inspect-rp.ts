/** Diagnosis: `npx tsx bench/inspect-rp.ts NAME`: Readability test page, tokens we lose or add against expected. */
import { analyzeArticle } from '../lib/index';
import { loadPage } from '../cli/load-page';
import { loadReadabilityPages } from './corpus';
import { tokenF1, tokenize } from './metrics';
const page = loadReadabilityPages().find((p) => p.name === process.argv[2])!;
const src = loadPage(page.sourceHtml, page.url);
const exp = loadPage(page.expectedHtml, page.url);
const text = analyzeArticle(src.document, { url: page.url, window: src.window })?.text ?? '';
const expected = exp.document.body.textContent ?? '';
console.log('F1', tokenF1(text, expected).toFixed(3), 'ours', tokenize(text).length, 'expected', tokenize(expected).length);
const count = (t: string) => { const m = new Map<string, number>(); for (const w of tokenize(t)) m.set(w, (m.get(w) ?? 0) + 1); return m; };
const a = count(text), b = count(expected);
const missing = [...b].filter(([w, n]) => n > (a.get(w) ?? 0)).map(([w, n]) => `${w}×${n - (a.get(w) ?? 0)}`);
const extra = [...a].filter(([w, n]) => n > (b.get(w) ?? 0)).map(([w, n]) => `${w}×${n - (b.get(w) ?? 0)}`);
console.log('missing:', missing.slice(0, 60).join(' '));
console.log('extra:', extra.slice(0, 60).join(' '));
