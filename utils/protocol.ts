/**
 * The one protocol between extension pages (popup, reader, background) and the page agent, the script
 * injected into the tab on demand. Requests travel as `scripting.executeScript` arguments and replies as its
 * result, so the agent needs no extension API and no listener: it is a plain object in the isolated world.
 */
import type { OutlineEntry } from '../lib/types';

/** Where the agent installs itself in the isolated world; its presence also guards against double injection. */
export const AGENT_GLOBAL = '__healthArticleOutlineAgent';
/** The agent's bundle, as WXT names unlisted scripts. */
export const AGENT_SCRIPT = '/page-agent.js';

/** The page as it is now, serialized: analysis runs in the extension page, off the page's thread. */
export interface PageSnapshot {
  html: string;
  url: string;
  /** `application/pdf` when the tab shows the browser's PDF viewer. */
  contentType: string;
}

export interface AgentRequests {
  snapshot: { request: { type: 'snapshot' }; reply: PageSnapshot };
  scrollTo: { request: { type: 'scrollTo'; entry: Pick<OutlineEntry, 'id' | 'text'> }; reply: boolean };
}
export type AgentRequest = AgentRequests[keyof AgentRequests]['request'];
export type AgentReply<R extends AgentRequest> = AgentRequests[R['type']]['reply'];

/** What crosses back: the agent never throws across the boundary, it reports. */
export type AgentEnvelope<T> = { ok: true; value: T } | { ok: false; error: string };

export interface PageAgent {
  handle(request: AgentRequest): AgentEnvelope<AgentReply<AgentRequest>>;
}

/**
 * Runtime messages to the background: the popup's reader button (the background does the work because a
 * popup closes as soon as a new tab takes focus, which would cut its own request short), and a reader page
 * saying which document it shows, so the background knows it as its reader (after a restart too).
 */
export type ReaderMessage =
  | { type: 'open-reader'; tabId: number }
  | { type: 'close-reader'; readerTabId: number }
  | { type: 'reader-shown'; page: string | null };

export function isReaderMessage(message: unknown): message is ReaderMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, tabId, readerTabId, page } = message as Record<string, unknown>;
  return (
    (type === 'open-reader' && Number.isInteger(tabId)) ||
    (type === 'close-reader' && Number.isInteger(readerTabId)) ||
    (type === 'reader-shown' && (page === null || typeof page === 'string'))
  );
}
