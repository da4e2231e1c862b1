/** cli/pool.ts: results in input order whatever order the workers finish in; a hung or crashed worker loses its task only. */
import { describe, expect, it } from 'vitest';
import { runInWorkers, type Outcome } from '../../cli/pool';

const WORKER = new URL('../support/pool-worker.ts', import.meta.url);

async function run(tasks: string[], jobs: number, module = WORKER) {
  const outcomes: [number, Outcome<string>][] = [];
  const settled: [count: number, index: number][] = [];
  await runInWorkers<string, string>(
    tasks,
    { module, workerData: { prefix: 'done: ' }, jobs, timeoutMs: 2000 },
    (index, outcome) => outcomes.push([index, outcome]),
    (count, index) => settled.push([count, index]),
  );
  return { outcomes, settled };
}

// Each test starts worker threads that load TypeScript through tsx: seconds on a busy machine.
describe('runInWorkers', { timeout: 60_000 }, () => {
  it('hands results back in input order when an early task finishes last', async () => {
    const { outcomes, settled } = await run(['slow 1500', 'a', 'b', 'c'], 2);
    expect(settled).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 0],
    ]);
    expect(outcomes).toEqual([
      [0, { result: 'done: slow 1500' }],
      [1, { result: 'done: a' }],
      [2, { result: 'done: b' }],
      [3, { result: 'done: c' }],
    ]);
  });

  it('stops a task that runs past the time allowed and one whose worker crashes, and runs the rest', async () => {
    const { outcomes } = await run(['a', 'hang', 'b', 'crash', 'c'], 2);
    expect(outcomes).toEqual([
      [0, { result: 'done: a' }],
      [1, { timedOut: 'took longer than 2 s; stopped' }],
      [2, { result: 'done: b' }],
      [3, { crashed: new Error('boom') }],
      [4, { result: 'done: c' }],
    ]);
  });

  it('gives the same results with one worker', async () => {
    const { outcomes } = await run(['a', 'crash', 'b'], 1);
    expect(outcomes).toEqual([
      [0, { result: 'done: a' }],
      [1, { crashed: new Error('boom') }],
      [2, { result: 'done: b' }],
    ]);
  });

  it('says so for every task when no worker can start, without starting workers again and again', async () => {
    const { outcomes } = await run(['a', 'b', 'c'], 2, new URL('../support/pool-worker-broken.ts', import.meta.url));
    expect(outcomes).toEqual([0, 1, 2].map((index) => [index, { crashed: new Error('a worker could not start (cannot load)') }]));
  });

  it('has nothing to do for no tasks', async () => {
    expect(await run([], 2)).toEqual({ outcomes: [], settled: [] });
  });
});
