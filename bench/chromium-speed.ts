/**
 * Analysis speed where the extension runs it: real Chromium (Debian's, driven by playwright-core), our `lib`
 * bundled by rolldown into a page (bench/chromium-page.ts) beside plain Readability 0.6, on the Zyte pages and
 * the health-real pages.
 *
 * Per page, one `DOMParser` document for both sides (the popup parses the page's snapshot so): plain Readability
 * parses a `cloneNode(true)` of it (the copy is timed, as it needs one), ours is given the document and makes its
 * own lean copy inside (timed too). A warm-up pass over every page first, then ROUNDS interleaved rounds: every
 * page in turn, each side going first on every other page and round. Per page the fastest run of each side counts (noise from a shared machine only adds
 * time); the ratio is ours ÷ plain. Reported: median, p95 and total of the ratios, median ms of each side and
 * of each pipeline step (`analyzeArticleTimed`), and the median ratio of each round alone (the spread).
 *
 * The page is served from localhost with cross-origin isolation, so `performance.now()` is precise to microseconds.
 *
 *   npm run bench:chromium -- [--rounds=N] [--filter=ID-PREFIX] [--in-sample] [--pages]
 *   npm run bench:chromium -- --profile=N [--profile-dir=DIR]   # also CPU profiles (CDP Profiler) of the N
 *                                                                      # pages with the highest ratio, or all
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { build } from 'rolldown';
import { decodePage, unpackPage } from '../cli/load-page';
import { benchRoot, loadZytePages } from './corpus';
import { loadExpectations, readHealthRealPage, type PageGroup } from './health-real';
import type { ChromiumSpeedPage, RunResult } from './chromium-page';
import { browserUnavailable, EXECUTABLES } from '../tests/e2e/support/browsers';

const ROOT = path.join(import.meta.dirname, '..');
const ORIGIN = 'http://localhost:9';
export const DEFAULT_ROUNDS = 5;

export interface SpeedPage {
  group: 'zyte' | 'health-real';
  /** Zyte id or health-real page name. */
  name: string;
  url: string;
  html: string;
}

export interface PageTiming {
  page: SpeedPage;
  /** Fastest run of each side, ms. */
  plainMs: number;
  oursMs: number;
  ratio: number;
  /** Step times of ours' fastest run. */
  timings: Record<string, number>;
  error?: string;
  /** Ratio of each round alone. */
  roundRatios: number[];
}

export interface GroupSpeed {
  pages: number;
  medianRatio: number;
  p95Ratio: number;
  /** Sum of ours' times ÷ sum of plain Readability's. */
  totalRatio: number;
  medianOursMs: number;
  medianPlainMs: number;
  /** Median ms of each pipeline step, in pipeline order. */
  steps: [string, number][];
  /** The median ratio of each round measured alone. */
  roundMedians: number[];
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
export const median = (values: readonly number[]) => percentile(values, 50);

/**
 * The benchmark's pages as the popup would get them: HTML text (decoded as the CLI decodes saved pages) and
 * the page's address. `inSampleOnly` leaves the held-aside health-real pages unread.
 */
export function speedPages({ filter, inSampleOnly = false }: { filter?: string; inSampleOnly?: boolean } = {}): SpeedPage[] {
  const html = (bytes: Uint8Array) => decodePage(unpackPage(bytes)).text;
  const zyte = loadZytePages()
    .filter((page) => !filter || page.id.startsWith(filter))
    .map((page): SpeedPage => ({ group: 'zyte', name: page.id, url: page.url, html: html(page.bytes) }));
  const groups: PageGroup[] = inSampleOnly ? ['in-sample'] : ['in-sample', 'held-aside'];
  const health = filter
    ? []
    : groups.flatMap((group) => loadExpectations(group)).map((expected): SpeedPage => ({ group: 'health-real', name: expected.page, url: expected.url, html: html(readHealthRealPage(expected.page)) }));
  return [...zyte, ...health].sort((a, b) => (a.group === b.group ? 0 : a.group === 'zyte' ? -1 : 1));
}

/** bench/chromium-page.ts and everything it imports (lib, Readability, DOMPurify) as one script, unminified (readable profiles). */
export async function bundle(): Promise<string> {
  const result = await build({
    input: path.join(import.meta.dirname, 'chromium-page.ts'),
    cwd: ROOT,
    platform: 'browser',
    // ESM, as Vite builds the popup: CommonJS dependencies (pluralize, under syllable) then see a `require`.
    output: { format: 'esm', minify: false },
    write: false,
    logLevel: 'silent',
  });
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('rolldown produced no chunk for the Chromium speed page');
  return chunk.code;
}

/** Why the Chromium benchmark cannot run here (said loudly), or null; under CI=true a missing piece throws. */
export function chromiumSpeedUnavailable(): string | null {
  const zyte = path.join(benchRoot(), 'zyte', 'ground-truth.json');
  return browserUnavailable('chromium', { path: zyte, hint: 'the benchmark corpus: set HEALTH_BENCH_DIR to the folder holding zyte/ and health-real/' });
}

interface Session {
  page: Page;
  script: string;
  close(): Promise<void>;
}

async function openSession(pages: readonly SpeedPage[]): Promise<Session> {
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  // localhost is a secure context: with these headers the page is cross-origin isolated, and its clock precise.
  const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  await page.route(`${ORIGIN}/**`, (route) =>
    route.request().url().endsWith('/bench.js')
      ? route.fulfill({ status: 200, headers: { ...isolation, 'content-type': 'text/javascript' }, body: script })
      : route.fulfill({ status: 200, headers: { ...isolation, 'content-type': 'text/html' }, body: '<!doctype html><meta charset="utf-8"><title>speed</title><script type="module" src="/bench.js"></script>' }),
  );
  await page.goto(`${ORIGIN}/`);
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the Chromium speed page is not cross-origin isolated: its clock would be coarse');
  for (const speedPage of pages) {
    await page.evaluate(([html, url]) => (globalThis as unknown as { speedBench: ChromiumSpeedPage }).speedBench.add(html, url), [speedPage.html, speedPage.url] as const);
  }
  return { page, script, close: () => browser.close() };
}

const runInPage = (page: Page, index: number, plainFirst: boolean): Promise<RunResult> =>
  page.evaluate(([i, first]) => (globalThis as unknown as { speedBench: ChromiumSpeedPage }).speedBench.run(i, first), [index, plainFirst] as const);

export interface ChromiumSpeed {
  timings: PageTiming[];
  groups: Partial<Record<SpeedPage['group'], GroupSpeed>>;
  rounds: number;
  browserVersion: string;
  profile?: string[];
}

export async function measureChromiumSpeed({
  rounds = DEFAULT_ROUNDS,
  filter,
  inSampleOnly,
  profile = 0,
  profileDir,
  log = () => {},
}: { rounds?: number; filter?: string; inSampleOnly?: boolean; profile?: number; profileDir?: string; log?: (line: string) => void } = {}): Promise<ChromiumSpeed> {
  const pages = speedPages({ filter, inSampleOnly });
  const session = await openSession(pages);
  try {
    const browserVersion = session.page.context().browser()?.version() ?? '?';
    log(`Chromium ${browserVersion}: ${pages.length} pages, warm-up pass`);
    const timings: PageTiming[] = [];
    for (const [index, page] of pages.entries()) {
      const warm = await runInPage(session.page, index, index % 2 === 0);
      timings.push({ page, plainMs: Infinity, oursMs: Infinity, ratio: NaN, timings: {}, error: warm.error, roundRatios: [] });
    }
    for (let round = 0; round < rounds; round++) {
      log(`round ${round + 1} of ${rounds}`);
      for (const [index, timing] of timings.entries()) {
        const run = await runInPage(session.page, index, (index + round) % 2 === 0);
        timing.roundRatios.push(run.oursMs / run.plainMs);
        timing.plainMs = Math.min(timing.plainMs, run.plainMs);
        if (run.oursMs < timing.oursMs) {
          timing.oursMs = run.oursMs;
          timing.timings = run.timings;
        }
        timing.error ??= run.error;
      }
    }
    for (const timing of timings) timing.ratio = timing.oursMs / timing.plainMs;
    const groups: ChromiumSpeed['groups'] = {};
    for (const group of ['zyte', 'health-real'] as const) {
      const members = timings.filter((timing) => timing.page.group === group);
      if (members.length) groups[group] = summarize(members, rounds);
    }
    const result: ChromiumSpeed = { timings, groups, rounds, browserVersion };
    if (profile > 0) result.profile = await profilePages(session, timings, profile, profileDir ?? path.join(ROOT, '.output', 'profiles'), log);
    return result;
  } finally {
    await session.close();
  }
}

function summarize(members: readonly PageTiming[], rounds: number): GroupSpeed {
  const ratios = members.map((timing) => timing.ratio);
  const stepNames = [...new Set(members.flatMap((timing) => Object.keys(timing.timings)))];
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    pages: members.length,
    medianRatio: median(ratios),
    p95Ratio: percentile(ratios, 95),
    totalRatio: sum(members.map((timing) => timing.oursMs)) / sum(members.map((timing) => timing.plainMs)),
    medianOursMs: median(members.map((timing) => timing.oursMs)),
    medianPlainMs: median(members.map((timing) => timing.plainMs)),
    steps: stepNames.map((step) => [step, median(members.map((timing) => timing.timings[step] ?? 0))]),
    roundMedians: Array.from({ length: rounds }, (_, round) => median(members.map((timing) => timing.roundRatios[round]!))),
  };
}

// ---- CPU profiles -------------------------------------------------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * CPU profiles (CDP `Profiler`, 100 µs sampling) of ours and of plain Readability on the `count` pages with the
 * highest ratio (all pages when `count` is at least their number), each page run PROFILE_REPEATS times.
 * Writes both .cpuprofile files into `dir` and returns a summary: self time by source file and the costliest
 * functions.
 */
const PROFILE_REPEATS = 5;
async function profilePages(session: Session, timings: readonly PageTiming[], count: number, dir: string, log: (line: string) => void): Promise<string[]> {
  const chosen = [...timings.keys()].sort((a, b) => timings[b]!.ratio - timings[a]!.ratio).slice(0, count);
  log(`profiling ${chosen.length} page(s)`);
  const cdp = await session.page.context().newCDPSession(session.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const record = async (side: 'oursOnly' | 'plainOnly'): Promise<CpuProfile> => {
    await cdp.send('Profiler.start');
    for (const index of chosen) {
      await session.page.evaluate(([method, i, times]) => (globalThis as unknown as { speedBench: ChromiumSpeedPage }).speedBench[method](i, times), [side, index, PROFILE_REPEATS] as const);
    }
    return (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
  };
  const oursProfile = await record('oursOnly');
  const plainProfile = await record('plainOnly');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'ours.cpuprofile'), JSON.stringify(oursProfile));
  writeFileSync(path.join(dir, 'plain-readability.cpuprofile'), JSON.stringify(plainProfile));
  const regions = bundleRegions(session.script);
  const pageNames = chosen.map((index) => timings[index]!.page.name.slice(0, 12)).join(', ');
  return [
    `CPU profiles of ${chosen.length} page(s) × ${PROFILE_REPEATS} runs (${pageNames}), written to ${path.relative(process.cwd(), dir)}/`,
    ...summarizeProfile('ours', oursProfile, regions),
    ...summarizeProfile('plain Readability', plainProfile, regions),
  ];
}

/** The source file of each line of the bundle, from the `// FILE` comment rolldown writes where each module starts. */
function bundleRegions(script: string): (string | undefined)[] {
  const files: (string | undefined)[] = [];
  let current: string | undefined;
  for (const line of script.split('\n')) {
    const opened = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json))$/.exec(line);
    if (opened) current = opened[1]!.replace(/^.*node_modules\//, '');
    files.push(current);
  }
  return files;
}

function summarizeProfile(label: string, profile: CpuProfile, regions: readonly (string | undefined)[]): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  for (const [index, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  // A native DOM call (getAttribute, cloneNode…) has no script of its own: it counts for the caller's file.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const fileOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url.endsWith('/bench.js')) return regions[frame.lineNumber] ?? 'bench.js';
    }
    return byId.get(id)!.callFrame.functionName || '(other)';
  };
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    total += ms;
    const file = fileOf(id);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const where = frame.url.endsWith('/bench.js') ? regions[frame.lineNumber] ?? '' : 'native';
    const name = `${frame.functionName || '(anonymous)'} [${where}${frame.url.endsWith('/bench.js') ? `:${frame.lineNumber + 1}` : ''}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `    ${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  return [`  ${label}: ${total.toFixed(0)} ms sampled; self time by file (native calls count for the file that called them):`, ...top(byFile, 15), `  ${label}: costliest functions (self time):`, ...top(byFunction, 30)];
}

// ---- report ---------------------------------------------------------------------------------------------------

export const x = (ratio: number) => `${ratio.toFixed(2)}×`;

/** One line per pipeline step, and the round-by-round spread, for a group. */
export function formatGroup(label: string, speed: GroupSpeed): string[] {
  return [
    `${label} (${speed.pages} pages): ratio median ${x(speed.medianRatio)}, p95 ${x(speed.p95Ratio)}, total ${x(speed.totalRatio)}; median ms ours ${speed.medianOursMs.toFixed(1)}, plain Readability ${speed.medianPlainMs.toFixed(1)}`,
    `  median ms per step: ${speed.steps.map(([step, ms]) => `${step} ${ms.toFixed(2)}`).join(', ')}`,
    `  median ratio of each round alone: ${speed.roundMedians.map((ratio) => ratio.toFixed(2)).join(', ')}`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, filter: { type: 'string' }, 'in-sample': { type: 'boolean' }, profile: { type: 'string' }, 'profile-dir': { type: 'string' }, pages: { type: 'boolean' } } });
  const missing = chromiumSpeedUnavailable();
  if (missing) {
    console.log(`Chromium speed benchmark skipped: ${missing}`);
  } else {
    const speed = await measureChromiumSpeed({
      rounds: Number(values.rounds ?? DEFAULT_ROUNDS),
      filter: values.filter,
      inSampleOnly: values['in-sample'],
      profile: values.profile === 'all' ? Infinity : Number(values.profile ?? 0),
      profileDir: values['profile-dir'] && path.resolve(values['profile-dir']),
      log: (line) => console.error(line),
    });
    console.log(`Chromium ${speed.browserVersion}, ${speed.rounds} rounds after a warm-up pass:`);
    if (speed.groups.zyte) console.log(formatGroup('Zyte', speed.groups.zyte).join('\n'));
    if (speed.groups['health-real']) console.log(formatGroup('health-real', speed.groups['health-real']).join('\n'));
    const failed = speed.timings.filter((timing) => timing.error);
    if (failed.length) console.log(`crashed: ${failed.map((timing) => `${timing.page.name.slice(0, 12)} (${timing.error!.split('\n')[0]})`).join('; ')}`);
    if (values.pages) {
      for (const timing of [...speed.timings].sort((a, b) => b.ratio - a.ratio)) {
        console.log(`  ${timing.page.name.slice(0, 12).padEnd(12)} ${timing.ratio.toFixed(2)}  ours ${timing.oursMs.toFixed(1)}  plain ${timing.plainMs.toFixed(1)}  ${Object.entries(timing.timings).map(([step, ms]) => `${step} ${ms.toFixed(1)}`).join(' ')}`);
      }
    }
    if (speed.profile) console.log(speed.profile.join('\n'));
  }
}
