/** Diagnosis: `npx tsx bench/bisect-rp.ts NAME`: which removal group costs tokens on a Readability test page. */
import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from '../lib/clean';
import { prepareDocument } from '../lib/normalize';
import { REMOVAL_GROUPS } from '../lib/removals';
import { loadPage } from '../cli/load-page';
import { loadReadabilityPages } from './corpus';
import { tokenF1 } from './metrics';
const page = loadReadabilityPages().find((p) => p.name === process.argv[2])!;
const { document } = loadPage(page.sourceHtml, page.url);
const expected = loadPage(page.expectedHtml, page.url).document.body.textContent ?? '';
const score = (doc: Document) => tokenF1(new Readability(doc).parse()?.textContent ?? '', expected).toFixed(3);
const fresh = () => document.cloneNode(true) as Document;
console.log('plain', score(fresh()));
let doc = fresh(); prepareDocument(doc); console.log('prepare', score(doc));
for (const group of REMOVAL_GROUPS) {
  doc = fresh(); prepareDocument(doc);
  const counts = removeBoilerplate(doc, [], [group]);
  console.log(group.name, score(doc), JSON.stringify(counts));
}
