/**
 * `npm run bench`: extraction quality, speed and size, ours against plain Mozilla Readability 0.6, on public
 * pages no one here wrote. Prints one table and writes it as Markdown to bench/RESULTS.md.
 *
 *   npm run bench                       # everything; corpus from ../shared/bench (or $HEALTH_BENCH_DIR)
 *   npm run bench -- --dir=PATH         # corpus elsewhere (folder holding zyte/ and readability-pages/)
 *   npm run bench -- --pages            # also print per-page Zyte scores, worst first (diagnosis only)
 *   npm run bench -- --only=zyte,chromium,cold,readability,health,size,popup,large,fuzz,cli   # a subset (the Markdown file is then not written)
 *   npm run bench -- --chromium-rounds=N  # interleaved rounds of the Chromium speed table (5 by default)
 *   npm run bench -- --only=health --in-sample   # health-real on the tuned pages only (held-aside files not read)
 *   npm run bench -- --held-aside-pages           # also the per-page rows of the held-aside pages
 *   npm run bench -- --fuzz-cases=N --fuzz-seed=S   # how many fuzz cases, from which seed (2000 from 1 by default)
 *   npm run bench -- --out=FILE         # write the Markdown table elsewhere
 *
 * Quality is measured in jsdom; speed twice: in jsdom (ours and the baseline on the same parsed document,
 * interleaved page by page, in one process) and, as the extension really runs, in Debian's Chromium
 * (bench/chromium-speed.ts; skipped with a loud warning when Chromium is missing). The Chromium table is warm code;
 * a popup's first analysis, in a fresh page, is the cold row (bench/cold-speed.ts, Chromium and Firefox).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ArticleReport, StepTimings } from '../lib/index';
import { isFurnitureHeading, vocabularyFor } from '../lib/vocabulary/index';
import { textSimilarity } from '../lib/page/text';
import { loadPage } from '../cli/load-page';
import { BENCH_DIR_ENV, benchRoot, loadReadabilityPages, loadZytePages } from './corpus';
import { ours, plainReadability, type OursRun } from './extractors';
import { aggregateScores, f1, loadExpectations, observeReadability, observeReport, readHealthRealPage, scorePage, type GroupScore, type HealthPageScore, type PageGroup } from './health-real';
import { aggregate, pageScore, tokenF1, type PageScore } from './metrics';
import { coldSpeedLines, coldSpeedUnavailable, measureColdSpeed } from './cold-speed';
import { chromiumSpeedUnavailable, DEFAULT_ROUNDS as CHROMIUM_ROUNDS, measureChromiumSpeed, median, percentile, x } from './chromium-speed';
import { formatPopupSpeed, measurePopupSpeed, popupSpeedLines } from './popup-speed';
import { measureSizes, sizeLines } from './size';
import { formatLargePage, LARGE_PAGE_TARGET_MS, measureLargePage } from './large-page';
import { fuzzLine, HANG_MS, runFuzz, seedPages } from '../tests/fuzz/run';
import { measureCliSpeed } from './cli-speed';

const SECTIONS = ['zyte', 'chromium', 'cold', 'readability', 'health', 'size', 'popup', 'large', 'fuzz', 'cli'] as const;
type Section = (typeof SECTIONS)[number];

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    out: { type: 'string' },
    pages: { type: 'boolean' },
    only: { type: 'string' },
    filter: { type: 'string' },
    quick: { type: 'boolean' },
    'fuzz-cases': { type: 'string' },
    'fuzz-seed': { type: 'string' },
    'in-sample': { type: 'boolean' },
    'held-aside-pages': { type: 'boolean' },
    'chromium-rounds': { type: 'string' },
  },
});
if (args.dir) process.env[BENCH_DIR_ENV] = path.resolve(args.dir);
const only = new Set((args.only?.split(',') ?? SECTIONS) as Section[]);
const OUT = args.out ?? path.join(import.meta.dirname, 'RESULTS.md');
/** How many times each extractor runs per page for timing; the fastest run counts (less noise from GC). */
const TIMING_RUNS = args.quick ? 1 : 3;
const TARGETS = {
  zyteF1: 0.97,
  zyteRecall: 0.975,
  readabilityF1: 0.98,
  speedMedian: 1.15,
  chromiumSpeedMedian: 1.1,
  cliTwoWorkers: 1.7,
  contentScript: 1.1,
  health: { outlineF1: 0.97, relatedF1: 0.95, leaks: 0, facts: 0.95, fragments: 0.99 },
};

const fmt3 = (x: number) => x.toFixed(3);
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));


/**
 * Runs both extractors on one parsed page, alternating which goes first, TIMING_RUNS times each; returns the
 * fastest run of each. Both see the same document: each works on its own clone of it.
 */
function runBoth(document: Document, url: string, window: Window, index: number) {
  let base: { text: string; ms: number } | undefined;
  let mine: OursRun | undefined;
  for (let run = 0; run < TIMING_RUNS; run++) {
    const baseFirst = (index + run) % 2 === 0;
    if (baseFirst) {
      const b = plainReadability(document);
      if (!base || b.ms < base.ms) base = b;
    }
    const m = ours(document, url, window);
    if (!mine || m.ms < mine.ms) mine = m;
    if (!baseFirst) {
      const b = plainReadability(document);
      if (!base || b.ms < base.ms) base = b;
    }
  }
  return { base: base!, mine: mine! };
}

/** Outline health: the article kept headings (other than its title and furniture) but the outline is empty. */
function outlineMissing(report: ArticleReport | null): boolean {
  if (!report || report.outline.length) return false;
  // Not the headings the outline leaves out on purpose: deks (marked in the HTML) and headings that are one link.
  const headings = (report.html.match(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi) ?? []).filter(
    (heading) => !/data-hao-dek/.test(heading) && !/^<h[1-6][^>]*>\s*<a\b[^>]*>[^<]*<\/a>\s*<\/h[1-6]>$/i.test(heading),
  );
  return headings.some((heading) => {
    const text = heading.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    // The outline leaves out a heading that repeats the title, as buildOutline does.
    return text && textSimilarity(text, report.title) <= 0.75 && !isFurnitureHeading(vocabularyFor(report.lang ? [report.lang] : []), text);
  });
}

interface ZytePageResult {
  id: string;
  url: string;
  ours: PageScore;
  baseline: PageScore;
  ratio: number;
  oursMs: number;
  baseMs: number;
  timings: StepTimings;
  outlineMissing: boolean;
  error?: string;
}

async function runZyte() {
  const pages = loadZytePages().filter((page) => !args.filter || page.id.startsWith(args.filter));
  const results: ZytePageResult[] = [];
  const stylesEmptied: string[] = [];
  for (const [index, page] of pages.entries()) {
    const loaded = loadPage(page.bytes, page.url);
    if (loaded.stylesEmptied) stylesEmptied.push(page.id.slice(0, 8));
    try {
      const { base, mine } = runBoth(loaded.document, page.url, loaded.window, index);
      results.push({
        id: page.id,
        url: page.url,
        ours: pageScore(mine.text, page.articleBody),
        baseline: pageScore(base.text, page.articleBody),
        ratio: mine.ms / base.ms,
        oursMs: mine.ms,
        baseMs: base.ms,
        timings: mine.timings,
        outlineMissing: outlineMissing(mine.report),
        error: mine.error,
      });
    } finally {
      loaded.dispose();
    }
    await nextTurn();
  }
  return { results, stylesEmptied };
}

interface ReadabilityPageResult {
  name: string;
  ours: number;
  baseline: number;
  ratio: number;
  outlineMissing: boolean;
  error?: string;
}

async function runReadabilityPages() {
  const results: ReadabilityPageResult[] = [];
  for (const [index, page] of loadReadabilityPages().entries()) {
    const source = loadPage(page.sourceBytes, page.url);
    const expected = loadPage(page.expectedBytes, page.url);
    try {
      const expectedText = expected.document.body?.textContent ?? '';
      const { base, mine } = runBoth(source.document, page.url, source.window, index);
      results.push({
        name: page.name,
        ours: tokenF1(mine.text, expectedText),
        baseline: tokenF1(base.text, expectedText),
        ratio: mine.ms / base.ms,
        outlineMissing: outlineMissing(mine.report),
        error: mine.error,
      });
    } finally {
      source.dispose();
      expected.dispose();
    }
    await nextTurn();
  }
  return results;
}

interface HealthPageResult {
  ours: HealthPageScore;
  baseline: HealthPageScore;
  error?: string;
}

/** Both extractors on each page of one group of health-real, scored against its expected report. */
async function runHealthReal(group: PageGroup): Promise<HealthPageResult[]> {
  const results: HealthPageResult[] = [];
  for (const expected of loadExpectations(group)) {
    const loaded = loadPage(readHealthRealPage(expected.page), expected.url);
    try {
      const mine = ours(loaded.document, expected.url, loaded.window);
      results.push({
        ours: scorePage(observeReport(mine.report), expected),
        baseline: scorePage(observeReadability(loaded.document, expected.url), expected),
        error: mine.error,
      });
    } finally {
      loaded.dispose();
    }
    await nextTurn();
  }
  return results;
}

const share = (x: number) => x.toFixed(3).replace(/^0(?=\.)/, '');

function healthRow(label: string, score: GroupScore, withTargets: boolean): string {
  const t = TARGETS.health;
  const met = [score.outlineF1 >= t.outlineF1, score.relatedF1 >= t.relatedF1, score.leaks <= t.leaks, score.facts >= t.facts, score.fragments >= t.fragments];
  return `| ${label} | ${score.pages} | ${share(score.outlineF1)} (${share(score.outlineLevels)}) | ${share(score.relatedF1)} | ${score.leaks} of ${score.leakStrings} | ${share(score.facts)} | ${share(score.fragments)} | ${withTargets ? (met.every(Boolean) ? 'yes' : `**no** (${['outline', 'related', 'leaks', 'facts', 'fragments'].filter((_, index) => !met[index]).join(', ')})`) : ''} |`;
}

function healthPageRow(result: HealthPageResult): string {
  const cell = (pick: (score: HealthPageScore) => string) => `${pick(result.ours)} / ${pick(result.baseline)}`;
  return `| ${result.ours.page} | ${cell((score) => share(f1(score.outline)))} | ${cell((score) => share(f1(score.related)))} | ${cell((score) => String(score.leakCount))} | ${cell((score) => `${score.factsRight}/6`)} | ${cell((score) => `${score.fragments - score.missingFragments.length}/${score.fragments}`)} |`;
}

const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

async function main(): Promise<void> {
  const started = performance.now();
  const lines: string[] = [];
  const notes: string[] = [];
  const add = (line: string) => lines.push(line);
  add('| measure | ours | plain Readability 0.6 | target | met |');
  add('|---|---|---|---|---|');

  let zyte: Awaited<ReturnType<typeof runZyte>> | undefined;
  if (only.has('zyte')) {
    zyte = await runZyte();
    const mine = aggregate(zyte.results.map((r) => r.ours));
    const base = aggregate(zyte.results.map((r) => r.baseline));
    const n = zyte.results.length;
    add(`| Zyte F1 (${n} pages) | **${fmt3(mine.f1)}** | ${fmt3(base.f1)} | ≥ ${TARGETS.zyteF1.toFixed(3)} | ${mark(mine.f1 >= TARGETS.zyteF1)} |`);
    add(`| Zyte precision | ${fmt3(mine.precision)} | ${fmt3(base.precision)} | | |`);
    add(`| Zyte recall | ${fmt3(mine.recall)} | ${fmt3(base.recall)} | ≥ ${TARGETS.zyteRecall.toFixed(3)} | ${mark(mine.recall >= TARGETS.zyteRecall)} |`);
    const better = zyte.results.filter((r) => pageF1(r.ours) > pageF1(r.baseline) + 0.005).length;
    const worse = zyte.results.filter((r) => pageF1(r.ours) < pageF1(r.baseline) - 0.005).length;
    add(`| Zyte pages better / worse than baseline (page F1 ± .005) | ${better} / ${worse} | | | |`);
    const crashed = zyte.results.filter((r) => r.error);
    const noArticle = zyte.results.filter((r) => !r.error && r.ours.tp + r.ours.fp === 0);
    const missing = zyte.results.filter((r) => r.outlineMissing);
    add(`| Zyte pages: crash / no article / headings but empty outline | ${crashed.length} / ${noArticle.length} / ${missing.length} | | 0 / – / 0 | ${mark(!crashed.length && !missing.length)} |`);
    if (crashed.length) notes.push(`Crashed: ${crashed.map((r) => `${r.id.slice(0, 8)} (${r.error?.split('\n')[0]})`).join('; ')}`);
    if (noArticle.length) notes.push(`No article found (scored as empty text): ${noArticle.map((r) => r.id.slice(0, 8)).join(', ')}`);
    if (missing.length) notes.push(`Empty outline despite headings: ${missing.map((r) => r.id.slice(0, 8)).join(', ')}`);
    if (zyte.stylesEmptied.length) notes.push(`jsdom loaded ${zyte.stylesEmptied.join(', ')} only with its <style> text emptied (cannot change either output).`);
  }

  let readability: ReadabilityPageResult[] | undefined;
  if (only.has('readability')) {
    readability = await runReadabilityPages();
    const meanOf = (pick: (r: ReadabilityPageResult) => number) => readability!.reduce((sum, r) => sum + pick(r), 0) / readability!.length;
    const mine = meanOf((r) => r.ours);
    add(
      `| Readability test pages: mean token F1 vs expected (${readability.length} pages) | **${mine.toFixed(4)}** | ${meanOf((r) => r.baseline).toFixed(4)} | ≥ ${TARGETS.readabilityF1.toFixed(2)} | ${mark(mine >= TARGETS.readabilityF1)} |`,
    );
    const crashed = readability.filter((r) => r.error);
    const missing = readability.filter((r) => r.outlineMissing);
    add(`| Readability pages: crash / headings but empty outline | ${crashed.length} / ${missing.length} | | 0 / 0 | ${mark(!crashed.length && !missing.length)} |`);
    if (crashed.length) notes.push(`Crashed: ${crashed.map((r) => `${r.name} (${r.error?.split('\n')[0]})`).join('; ')}`);
    if (missing.length) notes.push(`Empty outline despite headings: ${missing.map((r) => r.name).join(', ')}`);
    const low = readability.filter((r) => r.ours < 0.9).sort((a, b) => a.ours - b.ours);
    if (low.length) notes.push(`Readability pages below token F1 .90: ${low.map((r) => `${r.name} ${r.ours.toFixed(2)}`).join(', ')}`);
  }

  const healthLines: string[] = [];
  if (only.has('health')) {
    const groups: PageGroup[] = args['in-sample'] ? ['in-sample'] : ['in-sample', 'held-aside'];
    if (args['in-sample']) notes.push('health-real: held-aside pages not measured in this run (--in-sample).');
    healthLines.push(
      '',
      'health-real (real health pages, expected reports in tests/corpus/health-real; the in-sample pages are the ones the rules were tuned on, the held-aside ones were not read while tuning):',
      '',
      `| pages | n | outline F1 (levels right) | related F1 | leaks | facts right | fragments kept | targets met (outline ≥ ${TARGETS.health.outlineF1}, related ≥ ${TARGETS.health.relatedF1}, 0 leaks, facts ≥ ${TARGETS.health.facts}, fragments ≥ ${TARGETS.health.fragments}) |`,
      '|---|---|---|---|---|---|---|---|',
    );
    const perPage: string[] = [];
    for (const group of groups) {
      const results = await runHealthReal(group);
      healthLines.push(healthRow(`${group}, ours`, aggregateScores(results.map((r) => r.ours)), true));
      healthLines.push(healthRow(`${group}, plain Readability`, aggregateScores(results.map((r) => r.baseline)), false));
      const crashed = results.filter((r) => r.error);
      if (crashed.length) notes.push(`health-real ${group}: crashed on ${crashed.length} page(s)${group === 'in-sample' ? `: ${crashed.map((r) => r.ours.page).join(', ')}` : ''}`);
      if (group === 'in-sample' || args['held-aside-pages']) perPage.push(...results.map(healthPageRow));
    }
    healthLines.push(
      '',
      `Per page${args['held-aside-pages'] ? '' : ' (in-sample only)'}, ours / plain Readability:`,
      '',
      '| page | outline F1 | related F1 | leaks | facts | fragments |',
      '|---|---|---|---|---|---|',
      ...perPage,
    );
  }

  if (zyte) {
    const ratios = zyte.results.map((r) => r.ratio);
    const med = median(ratios);
    add(`| Speed in jsdom: time ratio to plain Readability, median (Zyte pages) | **${med.toFixed(2)}×** | 1 | ≤ ${TARGETS.speedMedian.toFixed(2)}× | ${mark(med <= TARGETS.speedMedian)} |`);
    add(`| Speed in jsdom: time ratio, p95 | ${percentile(ratios, 95).toFixed(2)}× | 1 | | |`);
    add(
      `| Speed in jsdom: median ms per page | ${median(zyte.results.map((r) => r.oursMs)).toFixed(1)} | ${median(zyte.results.map((r) => r.baseMs)).toFixed(1)} | | |`,
    );
    // One line per pipeline step: a new step (facts, key points) shows up here by itself.
    const steps = [...new Set(zyte.results.flatMap((r) => Object.keys(r.timings)))];
    add(
      `| Speed in jsdom: median ms per step (ours) | ${steps.map((step) => `${step} ${median(zyte.results.map((r) => r.timings[step] ?? 0)).toFixed(1)}`).join(', ')} | | | |`,
    );
  }

  if (only.has('chromium')) {
    // Where the extension really runs: the bundled lib in a Chromium page, both sides on one DOMParser document.
    const missing = chromiumSpeedUnavailable();
    if (missing) {
      add(`| Speed in Chromium | **not measured** | | ≤ ${TARGETS.chromiumSpeedMedian.toFixed(2)}× | **no** |`);
      notes.push(`CHROMIUM SPEED NOT MEASURED: ${missing}.`);
    } else {
      const speed = await measureChromiumSpeed({ rounds: Number(args['chromium-rounds'] ?? CHROMIUM_ROUNDS), filter: args.filter, inSampleOnly: args['in-sample'], log: (line) => console.error(line) });
      for (const [group, result] of Object.entries(speed.groups)) {
        const target = group === 'zyte';
        add(
          `| Speed in Chromium ${speed.browserVersion}: time ratio to plain Readability (${group} pages, ${result.pages}), median / p95 / total | **${x(result.medianRatio)}** / ${x(result.p95Ratio)} / ${x(result.totalRatio)} | 1 | ${target ? `median ≤ ${x(TARGETS.chromiumSpeedMedian)}` : ''} | ${target ? mark(result.medianRatio <= TARGETS.chromiumSpeedMedian) : ''} |`,
        );
        add(`| Speed in Chromium: median ms per page (${group}) | ${result.medianOursMs.toFixed(1)} | ${result.medianPlainMs.toFixed(1)} | | |`);
        add(`| Speed in Chromium: median ms per step (ours, ${group}) | ${result.steps.map(([step, ms]) => `${step} ${ms.toFixed(1)}`).join(', ')} | | | |`);
        notes.push(`Chromium ${group}: median ratio of each of the ${speed.rounds} interleaved rounds alone (the noise; the row uses each page's fastest run): ${result.roundMedians.map((ratio) => ratio.toFixed(2)).join(', ')}.`);
      }
      const crashed = speed.timings.filter((timing) => timing.error);
      if (crashed.length) notes.push(`Crashed in Chromium: ${crashed.map((timing) => `${timing.page.name.slice(0, 12)} (${timing.error!.split('\n')[0]})`).join('; ')}`);
    }
  }

  if (only.has('cold')) {
    // A popup's first analysis: a fresh page for every run, in both browsers (bench/cold-speed.ts).
    const browsers = (['chromium', 'firefox'] as const).filter((name) => {
      const missing = coldSpeedUnavailable(name);
      if (missing) notes.push(`COLD SPEED NOT MEASURED in ${name}: ${missing}.`);
      return !missing;
    });
    coldSpeedLines(await measureColdSpeed(browsers, (line) => console.error(line))).forEach(add);
  }

  if (only.has('size')) {
    const sizes = await measureSizes();
    sizeLines(sizes, TARGETS.contentScript, mark).forEach(add);
    const floor = sizes.find((row) => row.name === 'floor');
    if (floor) notes.push(`Size floor: ${floor.file}.`);
  }

  let popupRows = '';
  if (only.has('popup')) {
    // In real Chromium and Firefox: opening the popup to the outline shown, against the same popup path with plain Readability.
    const popup = await measurePopupSpeed();
    popupSpeedLines(popup, mark).forEach(add);
    popupRows = popup.map(formatPopupSpeed).join('\n\n');
  }

  if (only.has('large')) {
    // In real Chromium: a generated 5 MB page, from opening the popup to its outline on screen.
    const large = await measureLargePage();
    add(
      `| Large page in the popup, Chromium (${large.megabytes.toFixed(1)} MB, ${large.elements.toLocaleString('en')} elements): ms to the outline | **${large.outlineShownMs.toFixed(0)}** | | ≤ ${LARGE_PAGE_TARGET_MS} | ${mark(large.outlineShownMs <= LARGE_PAGE_TARGET_MS)} |`,
    );
    notes.push(`Large page: ${formatLargePage(large)}.`);
  }

  if (only.has('fuzz')) {
    // The CLI's path on broken pages: every case a report or one line of reason, none crashing or hanging.
    const summary = await runFuzz({ seed: Number(args['fuzz-seed'] ?? 1), cases: Number(args['fuzz-cases'] ?? 2000), pages: seedPages(true) });
    const clean = !summary.crashes.length && !summary.hangs.length && !summary.multiLine.length;
    add(
      `| Fuzz: mutated fixture and corpus pages through the CLI path (${summary.cases} cases, seed ${summary.seed}): crashes / hangs over ${HANG_MS / 1000} s / multi-line errors | ${summary.crashes.length} / ${summary.hangs.length} / ${summary.multiLine.length} | | 0 / 0 / 0 | ${mark(clean)} |`,
    );
    notes.push(fuzzLine(summary));
    for (const failure of [...summary.crashes, ...summary.hangs.map((hang) => `hang: ${hang}`)].slice(0, 10)) notes.push(`Fuzz ${failure}`);
  }

  if (only.has('cli')) {
    // `npm run outline` over the Zyte pages with 1 worker, 2 and every core: wall clock, noisy on a shared machine.
    const files = loadZytePages().map((page) => page.file);
    const speeds = await measureCliSpeed(files);
    const ratio = (jobs: number) => speeds.find((speed) => speed.jobs === jobs)!.pagesPerSecond / speeds[0]!.pagesPerSecond;
    add(
      `| CLI batch (\`npm run outline -- --json\`, ${files.length} Zyte pages, startup included): pages/s with ${speeds.map((speed) => `${speed.jobs} worker${speed.jobs > 1 ? 's' : ''}`).join(' / ')}; 2 workers vs 1 | ${speeds.map((speed) => speed.pagesPerSecond.toFixed(1)).join(' / ')}; **${ratio(2).toFixed(2)}×** | | ≥ ${TARGETS.cliTwoWorkers}× | ${mark(ratio(2) >= TARGETS.cliTwoWorkers)} |`,
    );
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const header = [
    `Benchmark run ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, quality and the jsdom speed rows in jsdom, the Chromium rows in a Chromium page (both extractors on the same parsed page, interleaved), ${seconds} s.`,
    '',
  ];
  const popupDetail = popupRows ? ['', 'Popup speed per page (medians, ms):', '', '```', popupRows, '```'] : [];
  const markdown = [...header, ...lines, ...healthLines, '', ...notes.map((note) => `- ${note}`), ...popupDetail].join('\n') + '\n';
  process.stdout.write(`\n${markdown}`);

  if (args.pages && zyte) printZytePages(zyte.results);
  if (args.pages && readability) {
    console.log('\nReadability pages, ours below .99 (token F1 ours / baseline):');
    for (const r of [...readability].sort((a, b) => a.ours - b.ours).filter((r) => r.ours < 0.99)) {
      console.log(`  ${r.name.padEnd(40)} ${r.ours.toFixed(3)} / ${r.baseline.toFixed(3)}`);
    }
  }
  if (only.size === SECTIONS.length && !args.filter) {
    writeFileSync(OUT, `# Benchmark results\n\nWritten by \`npm run bench\`; see README "Benchmark".\n\n${markdown}`);
    console.log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
  }
}

function pageF1(score: PageScore): number {
  return score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
}

function printZytePages(results: readonly ZytePageResult[]): void {
  console.log('\nZyte pages, worst ours first: id  ours P/R  baseline P/R  time ratio  url');
  for (const r of [...results].sort((a, b) => pageF1(a.ours) - pageF1(b.ours))) {
    console.log(
      `  ${r.id.slice(0, 8)}  ${fmt3(r.ours.precision)}/${fmt3(r.ours.recall)}  ${fmt3(r.baseline.precision)}/${fmt3(r.baseline.recall)}  ${r.ratio.toFixed(2)}  ${r.url}`,
    );
  }
}

console.log(`corpus: ${benchRoot()}`);
await main();
