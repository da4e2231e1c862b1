/**
 * Size section of the benchmark: the built extension's content script and popup (all the script it loads) beside a floor —
 * Readability and DOMPurify bundled alone, by rolldown (the bundler Vite 8 and so WXT use) with its minifier.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';

export interface SizeRow {
  name: 'content script' | 'popup' | 'floor';
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

/**
 * Every script popup.html loads: its entry and the chunks it preloads (the code it shares with the reader).
 * Their sizes add up; gzip is measured on each file, as each is read on its own.
 */
function popupRow(): SizeRow {
  const html = readFileSync(path.join(OUTPUT, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  if (!files.length) throw new Error(`no script found in ${OUTPUT}/popup.html`);
  const parts = files.map((file) => row('popup', file, readFileSync(path.join(OUTPUT, file))));
  return {
    name: 'popup',
    file: `.output/chrome-mv3/popup.html's scripts: ${files.map((file) => path.basename(file)).join(' + ')}`,
    minKb: parts.reduce((sum, part) => sum + part.minKb, 0),
    gzipKb: parts.reduce((sum, part) => sum + part.gzipKb, 0),
  };
}

/** Builds the production Chrome extension (`wxt build`) and measures it beside the floor. */
export async function measureSizes(): Promise<SizeRow[]> {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  return [row('content script', '.output/chrome-mv3/page-agent.js', readFileSync(path.join(OUTPUT, 'page-agent.js'))), popupRow(), await floor()];
}
