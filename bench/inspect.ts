/**
 * Diagnosis for one benchmark page: `npx tsx bench/inspect.ts ID_PREFIX [--base]` prints our clean text (or
 * plain Readability's with --base) with the scores, and the 4-grams each side has that the other lacks.
 */
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '../lib/index';
import { loadPage } from '../cli/load-page';
import { loadZytePages } from './corpus';
import { pageScore, shingles, tokenize } from './metrics';

const [prefix, ...flags] = process.argv.slice(2);
const page = loadZytePages().find((p) => p.id.startsWith(prefix ?? '-'));
if (!page) throw new Error(`no Zyte page ${prefix}`);
const loaded = loadPage(page.bytes, page.url);
const text = flags.includes('--base')
  ? new Readability(loaded.document.cloneNode(true) as Document).parse()?.textContent ?? ''
  : analyzeArticle(loaded.document, { url: page.url, window: loaded.window })?.text ?? '';
console.log(page.url, pageScore(text, page.articleBody));
process.stdout.on('error', () => process.exit(0));
if (flags.includes('--text')) console.log(text);
const mine = shingles(tokenize(text));
const truth = shingles(tokenize(page.articleBody));
const only = (a: Map<string, number>, b: Map<string, number>) =>
  [...a].filter(([k, n]) => n > (b.get(k) ?? 0)).map(([k]) => k.split('\u0001').join(' '));
console.log('\n--- extra (fp):\n' + collapse(only(mine, truth)));
console.log('\n--- missing (fn):\n' + collapse(only(truth, mine)));

/** Consecutive 4-grams overlap by 3 tokens: print them as runs of text. */
function collapse(grams: string[]): string {
  const runs: string[] = [];
  for (const gram of grams) {
    const words = gram.split(' ');
    const last = runs.at(-1);
    if (last && last.split(' ').slice(-3).join(' ') === words.slice(0, 3).join(' ')) runs[runs.length - 1] = `${last} ${words.slice(3).join(' ')}`;
    else runs.push(gram);
  }
  return runs.map((run) => `  · ${run}`).join('\n');
}
