/**
 * A pool of worker threads that runs tasks on every core and hands their results back in input order: the
 * CLI's batch mode (`cli/outline-worker.ts`). A worker that throws out, runs out of memory or takes longer than
 * the time allowed for one task is ended and replaced; only its task is lost, every other result still arrives.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * What became of one task: the worker's result; or none, because it ran out of time (`timedOut` says so in
 * words) or its worker crashed (`crashed` is the worker's error).
 */
export type Outcome<Result> = { result: Result } | { timedOut: string } | { crashed: Error };

export interface PoolOptions {
  /** The worker module (TypeScript is fine): it calls `serveTasks`. */
  module: URL;
  /** Handed to every worker as `workerData`. */
  workerData?: unknown;
  /** How many workers run at once. */
  jobs: number;
  /** How long one task may take before its worker is ended. */
  timeoutMs: number;
}

/**
 * Results held back for an earlier, slower task are kept in memory: at most this many tasks are started past
 * the first one not yet handed back, however long that one takes.
 */
const MAX_AHEAD = 64;

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Worker threads do not see tsx's hooks under Node 20, so each one registers tsx before loading `module`. */
const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/** What worker-boot.mjs is given: the module to load, and the pool's own `workerData` for it. */
interface BootData {
  module: string;
  data: unknown;
}

type WorkerMessage<Result> = { ready: true } | { index: number; result: Result };

interface Running {
  worker: Worker;
  ready: boolean;
  /** The task it is on and its timer; whether the timer ended it; the error it crashed with. */
  task?: { index: number; timer: NodeJS.Timeout };
  timedOut?: boolean;
  error?: Error;
}

/**
 * Runs `handle` (in `module`, see `serveTasks`) on each task, in `jobs` workers. `onOutcome` is called once per
 * task, in input order; `onSettled` as each task settles, in any order (for progress), with how many have. Resolves when all have.
 */
export function runInWorkers<Task, Result>(
  tasks: readonly Task[],
  options: PoolOptions,
  onOutcome: (index: number, outcome: Outcome<Result>) => void,
  onSettled: (settled: number, index: number) => void = () => {},
): Promise<void> {
  const outcomes = new Map<number, Outcome<Result>>();
  const workers = new Set<Running>();
  let nextTask = 0;
  let nextOutcome = 0;
  let settled = 0;
  let startupFailure: Error | undefined;

  return new Promise((resolve) => {
    const settle = (index: number, outcome: Outcome<Result>) => {
      outcomes.set(index, outcome);
      onSettled(++settled, index);
      for (let ready = outcomes.get(nextOutcome); ready; ready = outcomes.get(nextOutcome)) {
        outcomes.delete(nextOutcome);
        onOutcome(nextOutcome++, ready);
      }
      if (nextOutcome === tasks.length) {
        for (const running of workers) void running.worker.terminate();
        resolve();
      }
    };

    const dispatch = (running: Running) => {
      if (!running.ready || running.task || nextTask >= tasks.length || nextTask >= nextOutcome + MAX_AHEAD) return;
      const index = nextTask++;
      const timer = setTimeout(() => {
        running.timedOut = true;
        void running.worker.terminate();
      }, Math.min(options.timeoutMs, MAX_TIMER_MS));
      running.task = { index, timer };
      running.worker.postMessage({ index, task: tasks[index] });
    };
    const dispatchAll = () => {
      for (const running of workers) dispatch(running);
    };

    const start = () => {
      const running: Running = { worker: new Worker(BOOT, { workerData: { module: options.module.href, data: options.workerData } satisfies BootData }), ready: false };
      workers.add(running);
      running.worker.on('message', (message: WorkerMessage<Result>) => {
        if ('ready' in message) {
          running.ready = true;
        } else if (running.task?.index === message.index) {
          clearTimeout(running.task.timer);
          running.task = undefined;
          settle(message.index, { result: message.result });
        }
        dispatchAll();
      });
      running.worker.on('error', (error) => {
        running.error = error;
      });
      running.worker.on('exit', () => {
        workers.delete(running);
        if (nextOutcome === tasks.length) return;
        const crash = running.error ?? new Error('the worker exited');
        if (!running.ready) startupFailure ??= new Error(`a worker could not start (${crash.message})`);
        const lost = running.task;
        if (lost) {
          clearTimeout(lost.timer);
          settle(lost.index, running.timedOut ? { timedOut: `took longer than ${options.timeoutMs / 1000} s; stopped` } : { crashed: crash });
        }
        if (nextOutcome === tasks.length) return;
        // A worker that cannot even start would fail again: the tasks not yet started are lost with it.
        if (startupFailure && !workers.size) {
          while (nextTask < tasks.length) settle(nextTask++, { crashed: startupFailure });
          return;
        }
        if (!startupFailure && nextTask < tasks.length) start();
        dispatchAll();
      });
    };

    if (!tasks.length) return resolve();
    for (let count = 0; count < Math.min(options.jobs, tasks.length); count++) start();
  });
}

/** The worker's side: answers each task with `handle(task, data)`, `data` being the pool's `workerData`. Call it once, from the worker module. */
export function serveTasks<Task, Result, Data = undefined>(handle: (task: Task, data: Data) => Result): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  const data = (workerData as BootData).data as Data;
  port.on('message', ({ index, task }: { index: number; task: Task }) => {
    port.postMessage({ index, result: handle(task, data) });
  });
  port.postMessage({ ready: true });
}
