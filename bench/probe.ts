/** Diagnosis: `npx tsx bench/probe.ts ID_PREFIX "css selector"`: text length and link density of matches. */
import { loadPage } from '../cli/load-page';
import { linkDensity, textOf } from '../lib/text';
import { loadZytePages } from './corpus';
const [prefix, selector] = process.argv.slice(2);
const page = loadZytePages().find((p) => p.id.startsWith(prefix!))!;
const { document } = loadPage(page.html, page.url);
for (const el of Array.from(document.querySelectorAll(selector!)).slice(0, 10)) {
  const t = textOf(el);
  console.log(el.localName, el.className, t.length, linkDensity(el).toFixed(2), t.slice(0, 150));
}
