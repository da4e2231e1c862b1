/**
 * Batch speed of the command line: `npm run outline -- --json --jobs N` over the Zyte pages, timed from start to
 * exit (startup included, output discarded), with 1 worker, 2, and every core when there are more. Wall-clock
 * numbers: on a machine other work shares they are noise.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const CLI = path.join(import.meta.dirname, '..', 'cli', 'outline.ts');

export interface CliSpeed {
  jobs: number;
  pagesPerSecond: number;
}

function timeCli(files: readonly string[], jobs: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--json', '--jobs', String(jobs), ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      // 1 is a page with no article, printed as one line; anything else means the run itself failed.
      if (status === 0 || status === 1) resolve((performance.now() - started) / 1000);
      else reject(new Error(`npm run outline -- --jobs ${jobs} exited with ${status}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

/** Pages per second of the CLI on `files` with 1 worker, 2 workers and (when more) every core, one run each. */
export async function measureCliSpeed(files: readonly string[]): Promise<CliSpeed[]> {
  const speeds: CliSpeed[] = [];
  for (const jobs of new Set([1, 2, availableParallelism()])) speeds.push({ jobs, pagesPerSecond: files.length / (await timeCli(files, jobs)) });
  return speeds;
}
