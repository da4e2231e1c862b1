/**
 * Speed diagnosis: `npx tsx bench/profile.ts [N] [RUNS]` runs ours and plain Readability interleaved over the
 * first N Zyte pages (RUNS each, fastest counts) and prints median step times and the median ratio.
 * Add `node --cpu-prof --import tsx` for a CPU profile.
 */
import { Readability } from '@mozilla/readability';
import { analyzeArticleTimed, type StepTimings } from '../lib/index';
import { loadPage } from '../cli/load-page';
import { loadZytePages } from './corpus';
const pages = loadZytePages().slice(0, Number(process.argv[2] ?? 60));
const runs = Number(process.argv[3] ?? 3);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const ratios: number[] = [];
const steps: Record<string, number[]> = {};
const base: number[] = [];
for (const page of pages) {
  const doc = loadPage(page.bytes, page.url);
  let bestOurs = Infinity, bestBase = Infinity, bestTimings: StepTimings = {};
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    new Readability(doc.document.cloneNode(true) as Document).parse();
    const t1 = performance.now();
    const { timings } = analyzeArticleTimed(doc.document, { url: page.url, window: doc.window });
    const t2 = performance.now();
    bestBase = Math.min(bestBase, t1 - t0);
    if (t2 - t1 < bestOurs) { bestOurs = t2 - t1; bestTimings = timings; }
  }
  doc.dispose();
  ratios.push(bestOurs / bestBase);
  base.push(bestBase);
  for (const [k, v] of Object.entries(bestTimings)) (steps[k] ??= []).push(v);
}
console.log('median ratio', median(ratios).toFixed(2), 'base', median(base).toFixed(1), Object.entries(steps).map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join(', '));
