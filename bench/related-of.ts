/** Diagnosis: `npx tsx bench/related-of.ts FILE URL`: the related list and outline our analysis finds on a saved page. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyzeArticle } from '../lib/index';
import { loadPage } from '../cli/load-page';
const [file, url] = process.argv.slice(2);
const bytes = readFileSync(file!);
const page = loadPage((file!.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), url!);
const report = analyzeArticle(page.document, { url, window: page.window });
console.log(JSON.stringify({ outline: report?.outline, related: report?.related }, null, 1));
