import { analyzeArticle } from '../lib/index';
import type { ArticleReport } from '../lib/types';
import { callAgent } from './agent-client';

export type TabAnalysis = { status: 'article'; report: ArticleReport } | { status: 'no-article' } | { status: 'pdf' };

/**
 * Analyzes what the tab shows now: a snapshot from the page agent, parsed here (inert: no scripts run, no
 * images load) and analyzed with the page's own address for links.
 */
export async function analyzeTab(tabId: number): Promise<TabAnalysis> {
  const snapshot = await callAgent(tabId, { type: 'snapshot' });
  if (snapshot.contentType === 'application/pdf') return { status: 'pdf' };
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const report = analyzeArticle(doc, { url: snapshot.url, window });
  return report ? { status: 'article', report } : { status: 'no-article' };
}
