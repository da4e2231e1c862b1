/** The local test site: serves tests/fixtures on 127.0.0.1 and records every request it gets. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from '../../support/dom';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.css': 'text/css' };

export interface TestSite {
  origin: string;
  /** Paths requested so far, in order (query strings kept). */
  requests: string[];
  /** Ends the responses held back so far: a request with `?hold` gets half its page, then waits for this. */
  release(): void;
  close(): Promise<void>;
}

export async function startTestSite(): Promise<TestSite> {
  const requests: string[] = [];
  let release = () => {};
  let released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const file = path.normalize(path.join(FIXTURES, decodeURIComponent(url.split('?')[0]!)));
    if (!file.startsWith(FIXTURES)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      if (new URLSearchParams(url.split('?')[1]).has('hold')) {
        // A page still loading: the browser has its first half and waits for the rest.
        const half = Math.floor(body.length / 2);
        response.write(body.subarray(0, half));
        await released;
        return void response.end(body.subarray(half));
      }
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    release() {
      release();
      released = new Promise<void>((resolve) => (release = resolve));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
