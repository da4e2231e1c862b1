/** Diagnosis: `npx tsx bench/outline-of.ts ID_PREFIX`: the outline, the headings left in the clean HTML, the title. */
import { analyzeArticle } from '../lib/index';
import { loadPage } from '../cli/load-page';
import { loadZytePages } from './corpus';
const page = loadZytePages().find((p) => p.id.startsWith(process.argv[2]!))!;
const loaded = loadPage(page.html, page.url);
const report = analyzeArticle(loaded.document, { url: page.url, window: loaded.window });
console.log(page.url, '\ntitle:', report?.title, '\noutline:', JSON.stringify(report?.outline));
console.log((report?.html.match(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g) ?? []).slice(0, 10).join('\n'));
