/**
 * Scores what the CLI printed for the Zyte pages with the benchmark's own metric, so the number users get from
 * `npm run outline` can be set beside `npm run bench`'s:
 *
 *   npm run outline -- --json ../shared/bench/zyte/html/*.html.gz | npx tsx bench/score-cli.ts
 *
 * Reads JSON reports (one per line, with their "file") on stdin; a Zyte page the CLI gave no report for
 * (no article, an error) scores as empty text, as in the benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchRoot } from './corpus';
import { aggregate, pageScore } from './metrics';

const truth = JSON.parse(readFileSync(path.join(benchRoot(), 'zyte', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
const texts = new Map<string, string>();
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const report = JSON.parse(line) as { file: string; text: string };
  texts.set(path.basename(report.file).replace(/\.html(\.gz)?$/, ''), report.text);
}
const ids = Object.keys(truth);
const score = aggregate(ids.map((id) => pageScore(texts.get(id) ?? '', truth[id]?.articleBody ?? '')));
console.log(`CLI on Zyte: F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}), ${texts.size} reports for ${ids.length} pages`);
