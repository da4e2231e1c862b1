/**
 * The fuzz suite: mutated fixtures and corpus pages through the CLI's path, each case in a child process
 * watched by a clock. `npm run bench` runs thousands of cases; `npm test` a short seeded run
 * (tests/unit/fuzz.test.ts). Any error that is not the CLI's own one-line reason is a crash, any case past
 * the time bound a hang.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchRoot } from '../../bench/corpus';
import { FIXTURES } from '../support/dom';
import { drawCases, mutate } from './mutations';
import type { FuzzReply, FuzzRequest } from './worker';

/** A case running longer than this is a hang. */
export const HANG_MS = 5000;
/** Corpus pages up to this size join the seeds (bigger ones make every case slow without finding more). */
const MAX_SEED_BYTES = 400_000;

export interface FuzzSummary {
  seed: number;
  cases: number;
  /** A case with no answer after this long is a hang. */
  hangMs: number;
  reports: number;
  /** Distinct one-line reasons and how often each came. */
  errors: Map<string, number>;
  crashes: string[];
  hangs: string[];
  /** Failures whose message took more than one line (must stay empty). */
  multiLine: string[];
}

/** The pages the cases mutate: every fixture page, and the corpus pages (when the corpus is there) up to MAX_SEED_BYTES. */
export function seedPages(withCorpus: boolean): string[] {
  const pages = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(FIXTURES, file));
  const root = benchRoot();
  if (withCorpus && existsSync(root)) {
    const readability = path.join(root, 'readability-pages');
    const zyte = path.join(root, 'zyte', 'html');
    const corpus = [
      ...readdirSync(readability).map((name) => path.join(readability, name, 'source.html')),
      ...readdirSync(zyte).filter((file) => file.endsWith('.gz')).map((file) => path.join(zyte, file)),
    ];
    pages.push(...corpus.filter((file) => existsSync(file) && statSync(file).size <= MAX_SEED_BYTES));
  }
  return pages.sort();
}

/** Runs `cases` cases drawn from `seed` over `pages`; `onProgress` hears after each case. */
export async function runFuzz({ seed, cases, pages, onProgress, hangMs = HANG_MS }: { seed: number; cases: number; pages: string[]; onProgress?: (done: number) => void; hangMs?: number }): Promise<FuzzSummary> {
  const summary: FuzzSummary = { seed, cases: 0, hangMs, reports: 0, errors: new Map(), crashes: [], hangs: [], multiLine: [] };
  const bytesOf = new Map<string, Buffer>();
  let child: ChildProcess | null = null;
  let ready: Promise<void> = Promise.resolve();
  let answer: ((reply: FuzzReply) => void) | null = null;
  const start = () => {
    child = fork(path.join(import.meta.dirname, 'worker.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    ready = new Promise((resolve) => {
      child!.once('message', () => resolve());
    });
    child.on('message', (reply: FuzzReply) => answer?.(reply));
  };
  start();
  try {
    for (const [index, fuzzCase] of drawCases(seed, cases, pages.length).entries()) {
      const file = pages[fuzzCase.page]!;
      // Gzipped corpus pages are mutated unpacked, as the page's own bytes.
      if (!bytesOf.has(file)) bytesOf.set(file, file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file));
      const bytes = mutate(bytesOf.get(file)!, fuzzCase.mutations);
      const name = `case-${index}-${path.basename(file).replace(/\.gz$/, '')}`;
      await ready;
      const reply = await new Promise<FuzzReply | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), hangMs);
        answer = (message) => {
          if (message.id !== index) return;
          clearTimeout(timer);
          resolve(message);
        };
        child!.send({ id: index, name, bytes } satisfies FuzzRequest);
      });
      answer = null;
      summary.cases++;
      const label = `${name} (${fuzzCase.mutations.map((mutation) => mutation.kind).join(', ')})`;
      if (!reply) {
        summary.hangs.push(label);
        child!.kill('SIGKILL');
        start();
      } else if (reply.outcome === 'report') {
        summary.reports++;
      } else {
        const line = reply.line ?? '';
        if (line.includes('\n')) summary.multiLine.push(line);
        if (reply.outcome === 'crash') summary.crashes.push(`${label}: ${line}`);
        else {
          const reason = line.slice(line.indexOf(': ', 'outline: '.length) + 2);
          summary.errors.set(reason, (summary.errors.get(reason) ?? 0) + 1);
        }
      }
      onProgress?.(summary.cases);
    }
  } finally {
    (child as ChildProcess | null)?.kill('SIGKILL');
  }
  return summary;
}

/** One line for a summary, as the bench and the test print it. */
export function fuzzLine(summary: FuzzSummary): string {
  const errors = [...summary.errors.values()].reduce((sum, count) => sum + count, 0);
  return `fuzz (seed ${summary.seed}): ${summary.cases} cases, ${summary.crashes.length} crashes, ${summary.hangs.length} hangs over ${summary.hangMs / 1000} s; ${summary.reports} reports, ${errors} one-line errors (${summary.errors.size} kinds)`;
}
