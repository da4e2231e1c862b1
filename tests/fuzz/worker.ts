/**
 * One fuzz case at a time, in a process of its own so a hang can be ended: the CLI's path for one file
 * (`outlineBytes`), answering with what the user would see.
 */
import { failureLine, outlineBytes } from '../../cli/outline';
import { PageError } from '../../cli/load-page';

export interface FuzzRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface FuzzReply {
  id: number;
  /** A report, a one-line reason the CLI gives (PageError), or a crash (any other error). */
  outcome: 'report' | 'error' | 'crash';
  line?: string;
}

process.on('message', (request: FuzzRequest) => {
  let reply: FuzzReply;
  try {
    outlineBytes(request.bytes, request.name);
    reply = { id: request.id, outcome: 'report' };
  } catch (error) {
    reply = { id: request.id, outcome: error instanceof PageError ? 'error' : 'crash', line: failureLine(request.name, error) };
  }
  process.send!(reply);
});
process.send!({ id: -1, outcome: 'report' } satisfies FuzzReply);
