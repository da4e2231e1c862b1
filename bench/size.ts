/**
 * Size section of the benchmark: the built extension's content script and popup beside a floor — Readability and
 * DOMPurify bundled alone, by rolldown (the bundler Vite 8 and so WXT use) with its minifier. The popup is
 * measured as it loads: the scripts it needs before the outline shows (its HTML's scripts and all they import),
 * what a page in another language adds to them (that language's table), and what loads once the outline is up.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { LANGUAGES } from '../lib/vocabulary/index';

export interface SizeRow {
  name: 'content script' | 'popup before the outline' | 'popup: a language table besides' | 'popup after the outline' | 'floor';
  file: string;
  minKb: number;
  gzipKb: number;
}

const ROOT = path.join(import.meta.dirname, '..');
const OUTPUT = path.join(ROOT, '.output', 'chrome-mv3');

function row(name: SizeRow['name'], file: string, code: Buffer | string): SizeRow {
  const bytes = Buffer.from(code);
  return { name, file, minKb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 };
}

/** Readability + DOMPurify as a minified ES module, nothing else. */
async function floor(): Promise<SizeRow> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hao-floor-'));
  try {
    const entry = path.join(dir, 'floor.js');
    writeFileSync(
      entry,
      "import { Readability } from '@mozilla/readability';\nimport DOMPurify from 'dompurify';\nglobalThis.floor = { Readability, DOMPurify };\n",
    );
    const result = await build({
      input: entry,
      cwd: ROOT,
      resolve: { modules: [path.join(ROOT, 'node_modules')] },
      output: { format: 'esm', minify: true, dir: path.join(dir, 'out') },
      write: false,
      logLevel: 'silent',
    });
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('rolldown produced no chunk for the floor');
    return row('floor', 'Readability 0.6 + DOMPurify 3 bundled alone by rolldown, minified ESM', chunk.code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Popup scripts before the outline, in gzip KB: 1.5× the floor (issue 13). */
export const POPUP_TARGET_GZIP_KB = 36;

/** The chunks a chunk imports at once (`import … from "./x.js"`, `import "./x.js"`) and on demand (`import("./x.js")`). */
function chunkImports(file: string): { now: string[]; later: string[] } {
  const code = readFileSync(path.join(OUTPUT, file), 'utf8');
  const resolve = (specifier: string) => path.posix.join(path.posix.dirname(file), specifier);
  return {
    now: Array.from(code.matchAll(/\bimport\s*(?:[\w$\s{},*]+?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g), (match) => resolve(match[1]!)),
    later: Array.from(code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g), (match) => resolve(match[1]!)),
  };
}

/** `entries` and every chunk they import at once, transitively; and the chunks any of them imports on demand. */
function loadedWith(entries: readonly string[]): { files: string[]; onDemand: string[] } {
  const files = new Set<string>();
  const onDemand = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (files.has(file)) continue;
    files.add(file);
    const { now, later } = chunkImports(file);
    queue.push(...now);
    later.forEach((chunk) => onDemand.add(chunk));
  }
  return { files: [...files], onDemand: [...onDemand].filter((chunk) => !files.has(chunk)) };
}

function sumRow(name: SizeRow['name'], label: string, files: readonly string[]): SizeRow {
  const parts = files.map((file) => row(name, file, readFileSync(path.join(OUTPUT, file))));
  return {
    name,
    file: `${label}: ${files.map((file) => path.basename(file)).join(' + ') || 'none'}`,
    minKb: parts.reduce((sum, part) => sum + part.minKb, 0),
    gzipKb: parts.reduce((sum, part) => sum + part.gzipKb, 0),
  };
}

/**
 * The chunk of the popup's analysis (utils/analyze-tab.ts and the pipeline it imports): the popup imports it on
 * demand, but at once, so it loads while the popup asks the page for its snapshot; the outline waits for it.
 * Rolldown names an on-demand chunk after its module.
 */
const isPopupAnalysis = (file: string) => path.basename(file).startsWith('analyze-tab-');

/**
 * The popup's scripts by when they load. Before the outline: popup.html's scripts and all they import at once,
 * and the analysis with all it imports. A page in another language also loads that language's table first (the
 * largest one is reported). After the outline: the rest of the analysis and the parts it shows, and the copy's
 * formatter. Sizes add up; gzip is measured on each file, as each is read on its own.
 */
function popupRows(): SizeRow[] {
  const html = readFileSync(path.join(OUTPUT, 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  if (!entries.length) throw new Error(`no script found in ${OUTPUT}/popup.html`);
  const analysis = loadedWith(entries).onDemand.filter(isPopupAnalysis);
  if (analysis.length !== 1) throw new Error(`expected one analyze-tab chunk imported by the popup, found ${analysis.length}`);
  const first = loadedWith([...entries, ...analysis]);
  const isTable = (file: string) => LANGUAGES.some((lang) => path.basename(file).startsWith(`${lang}-`));
  const tables = first.onDemand.filter(isTable).map((file) => sumRow('popup: a language table besides', 'the largest', loadedWith([file]).files.filter((chunk) => !first.files.includes(chunk))));
  const largestTable = tables.sort((a, b) => b.gzipKb - a.gzipKb)[0];
  const later = loadedWith(first.onDemand.filter((file) => !isTable(file))).files.filter((file) => !first.files.includes(file));
  return [
    sumRow('popup before the outline', "popup.html's scripts, the analysis and their imports", first.files),
    ...(largestTable ? [largestTable] : []),
    sumRow('popup after the outline', 'loaded once the outline shows or on first copy', later),
  ];
}

/** The size rows of the benchmark's table: each popup row and the content script against the floor. */
export function sizeLines(sizes: readonly SizeRow[], contentScriptLimit: number, mark: (ok: boolean) => string): string[] {
  const floor = sizes.find((row) => row.name === 'floor');
  const show = (row: SizeRow | undefined) => (row ? `${row.minKb.toFixed(1)} KB min, ${row.gzipKb.toFixed(1)} KB gzip` : 'n/a');
  return sizes
    .filter((row) => row.name !== 'floor')
    .map((row) => {
      const ratios = floor ? `${(row.minKb / floor.minKb).toFixed(2)}× floor min, ${(row.gzipKb / floor.gzipKb).toFixed(2)}× gzip` : 'no floor';
      const [target, met] =
        row.name === 'content script'
          ? [`≤ ${contentScriptLimit}× floor`, mark(!!floor && row.minKb / floor.minKb <= contentScriptLimit)]
          : row.name === 'popup before the outline'
            ? [`≤ ${POPUP_TARGET_GZIP_KB} KB gzip`, mark(row.gzipKb <= POPUP_TARGET_GZIP_KB)]
            : ['', ''];
      return `| Size: ${row.name} (${row.file}) | ${show(row)} (${ratios}) | floor: ${show(floor)} | ${target} | ${met} |`;
    });
}

/** Builds the production Chrome extension (`wxt build`) and measures it beside the floor. */
export async function measureSizes(): Promise<SizeRow[]> {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  return [row('content script', '.output/chrome-mv3/page-agent.js', readFileSync(path.join(OUTPUT, 'page-agent.js'))), ...popupRows(), await floor()];
}
