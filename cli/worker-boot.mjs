// A worker thread of cli/pool.ts. Under Node 20 worker threads do not get the tsx hooks the main thread runs
// with (`tsx cli/outline.ts`, `node --import tsx`), so a TypeScript worker module would not load: register tsx
// here, then load the module the pool names.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
