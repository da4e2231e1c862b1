/** Diagnosis: which preparation step changes Readability's choice on a page. `npx tsx bench/bisect.ts ID_PREFIX` */
import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from '../lib/clean';
import { prepareDocument } from '../lib/normalize';
import { collectRelated } from '../lib/related';
import { REMOVAL_GROUPS } from '../lib/removals';
import { loadPage } from '../cli/load-page';
import { loadZytePages } from './corpus';
import { pageScore } from './metrics';
const page = loadZytePages().find((p) => p.id.startsWith(process.argv[2]!))!;
const { document } = loadPage(page.html, page.url);
const score = (doc: Document) => {
  const s = pageScore(new Readability(doc).parse()?.textContent ?? '', page.articleBody);
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`;
};
const fresh = () => document.cloneNode(true) as Document;
console.log('plain        ', score(fresh()));
let doc = fresh(); prepareDocument(doc); console.log('prepare      ', score(doc));
doc = fresh(); let scan = prepareDocument(doc); let rel = collectRelated(doc, doc.baseURI, page.url, scan);
removeBoilerplate(doc, rel.containers.map((element) => ({ element, group: 'related' as const }))); console.log('all groups   ', score(doc));
for (const group of REMOVAL_GROUPS) {
  doc = fresh(); scan = prepareDocument(doc); rel = collectRelated(doc, doc.baseURI, page.url, scan);
  const counts = removeBoilerplate(doc, [], [group]);
  console.log(`only ${group.name.padEnd(14)}`, score(doc), JSON.stringify(counts));
}
doc = fresh(); scan = prepareDocument(doc); rel = collectRelated(doc, doc.baseURI, page.url, scan);
removeBoilerplate(doc, rel.containers.map((element) => ({ element, group: 'related' as const })), []);
console.log('only related containers', score(doc), rel.containers.length);
