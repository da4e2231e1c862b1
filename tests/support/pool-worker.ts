/**
 * A stand-in worker for tests/unit/pool.test.ts: each task names what the worker does with it, so the pool's
 * handling of slow, hung and crashing workers is tested without a page that really hangs or crashes.
 */
import { serveTasks } from '../../cli/pool';

serveTasks<string, string, { prefix: string }>((task, { prefix }) => {
  if (task === 'hang') for (;;);
  if (task === 'crash') throw new Error('boom');
  const slow = /^slow (\d+)$/.exec(task);
  if (slow) {
    const until = Date.now() + Number(slow[1]);
    while (Date.now() < until);
  }
  return `${prefix}${task}`;
});
