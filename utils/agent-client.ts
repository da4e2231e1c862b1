import { browser } from 'wxt/browser';
import { t } from './ui';
import { AGENT_GLOBAL, AGENT_SCRIPT, type AgentEnvelope, type AgentReply, type AgentRequest, type PageAgent } from './protocol';

const MISSING = 'agent-missing';

/** Sends one request to the tab's page agent, injecting it first if this tab has not got it yet. */
export async function callAgent<R extends AgentRequest>(tabId: number, request: R): Promise<AgentReply<R>> {
  let envelope = await send(tabId, request);
  if (!envelope.ok && envelope.error === MISSING) {
    await browser.scripting.executeScript({ target: { tabId }, files: [AGENT_SCRIPT] });
    envelope = await send(tabId, request);
  }
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

async function send<R extends AgentRequest>(tabId: number, request: R): Promise<AgentEnvelope<AgentReply<R>>> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world: it may only use its arguments, not this module's scope.
    func: (globalName: string, pageRequest: AgentRequest, missing: string) => {
      // Own property only: the page may have named an element after the global (DOM clobbering).
      const agent = Object.hasOwn(globalThis, globalName) ? (globalThis as unknown as Record<string, PageAgent>)[globalName] : undefined;
      return agent ? agent.handle(pageRequest) : { ok: false, error: missing };
    },
    args: [AGENT_GLOBAL, request, MISSING],
  });
  return (injection?.result ?? { ok: false, error: t('errorNoAnswer') }) as AgentEnvelope<AgentReply<R>>;
}
