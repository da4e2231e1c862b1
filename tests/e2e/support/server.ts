/**
 * The local test site: serves tests/fixtures on 127.0.0.1 and records every request it gets.
 * Hostile pages (tests/fixtures/hostile/) get the site's address for their payloads' beacon (`/hit`), and a
 * CSP that stops their payloads in the page itself: any `/hit` request then comes from where the page's
 * content was shown again (the reader view), never from the page.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from '../../support/dom';
import { HOSTILE_DIR, ORIGIN_PLACEHOLDER } from '../../support/hostile';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.css': 'text/css' };

export interface TestSite {
  origin: string;
  /** Paths requested so far, in order (query strings kept). */
  requests: string[];
  /** The `vector` of every `/hit` request so far: a hostile payload that ran or a forbidden load. */
  hits(): string[];
  /** Ends the responses held back so far: a request with `?hold` gets half its page, then waits for this. */
  release(): void;
  close(): Promise<void>;
}

function hostilePageHeaders(origin: string): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'none'",
      `img-src ${origin}/hostile/`,
      "style-src 'unsafe-inline'",
      "form-action 'none'",
      "base-uri 'none'",
    ].join('; '),
  };
}

export async function startTestSite(): Promise<TestSite> {
  const requests: string[] = [];
  let origin = '';
  let release = () => {};
  let released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    if (url.startsWith('/hit?')) return void response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    const file = path.normalize(path.join(FIXTURES, decodeURIComponent(url.split('?')[0]!)));
    if (!file.startsWith(FIXTURES)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (url.startsWith(`/${HOSTILE_DIR}/`) && type.startsWith('text/html')) {
        const page = body.toString('utf8').replace(ORIGIN_PLACEHOLDER, origin);
        return void response.writeHead(200, { 'content-type': type, ...hostilePageHeaders(origin) }).end(page);
      }
      response.writeHead(200, { 'content-type': type });
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
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    hits: () => requests.filter((url) => url.startsWith('/hit?')).map((url) => new URLSearchParams(url.slice(5)).get('vector') ?? url),
    release() {
      release();
      released = new Promise<void>((resolve) => (release = resolve));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
