/** `node --cpu-prof --import tsx bench/profile.ts [N]`: our pipeline alone over the first N Zyte pages, for a CPU profile. */
import { analyzeArticleTimed } from '../lib/index';
import { loadPage } from '../cli/load-page';
import { loadZytePages } from './corpus';
const pages = loadZytePages().slice(0, Number(process.argv[2] ?? 40));
const loaded = pages.map((page) => ({ page, doc: loadPage(page.html, page.url) }));
const totals: Record<string, number> = {};
for (let round = 0; round < 2; round++)
  for (const { page, doc } of loaded) {
    const { timings } = analyzeArticleTimed(doc.document, { url: page.url, window: doc.window });
    if (round) for (const [k, v] of Object.entries(timings)) totals[k] = (totals[k] ?? 0) + v;
  }
console.log(Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)])));
