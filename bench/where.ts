/** Diagnosis: `npx tsx bench/where.ts ID_PREFIX "phrase"` prints the ancestor chain of each text node holding the phrase. */
import { loadPage } from '../cli/load-page';
import { loadZytePages } from './corpus';
const [prefix, phrase] = process.argv.slice(2);
const page = loadZytePages().find((p) => p.id.startsWith(prefix!))!;
const { document } = loadPage(page.html, page.url);
const walker = document.createTreeWalker(document.body, 4);
let shown = 0;
for (let node = walker.nextNode(); node && shown < 4; node = walker.nextNode()) {
  if (!node.nodeValue?.includes(phrase!)) continue;
  shown++;
  const chain: string[] = [];
  for (let el = node.parentElement; el; el = el.parentElement) {
    const attrs = ['class', 'id', 'role', 'itemprop', 'aria-hidden', 'data-type'].map((a) => (el!.getAttribute(a) ? `[${a}=${el!.getAttribute(a)!.slice(0, 40)}]` : '')).join('');
    chain.push(`${el.localName}${attrs}`);
  }
  console.log(chain.reverse().join(' > '));
}
