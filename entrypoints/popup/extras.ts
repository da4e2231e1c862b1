/**
 * What the popup adds once the outline is on screen: when to get care, how fresh the review is and how hard the
 * text reads, and the key points (with the on-device summary where the browser has one). Loaded after the
 * outline, with the analysis's second phase (lib/health-phase.ts) it shows.
 */
import type { ArticleReport, OutlineEntry } from '../../lib/types';
import { t } from '../../utils/ui';
import { renderArticleHealth, renderCareBox } from './health';
import { renderKeyPoints, section } from './sections';
import { offerOnDeviceSummary } from './summarize';

/** The parts in the order they stand under the header; the key points only when `showKeyPoints`. */
export function renderExtras(
  report: ArticleReport,
  { locale, showKeyPoints, goTo, announce }: { locale: string; showKeyPoints: boolean; goTo: (entry: OutlineEntry) => void; announce: (message: string) => void },
): HTMLElement[] {
  const keyPoints = showKeyPoints && report.keyPoints.length > 0 && section('key-points', t('keyPointsHeading'), renderKeyPoints(report.keyPoints, report.outline, goTo));
  if (keyPoints) void offerOnDeviceSummary(keyPoints, report.text, report.lang, announce);
  return [renderCareBox(report, goTo), renderArticleHealth(report, locale, new Date()), keyPoints].filter((part): part is HTMLElement => !!part);
}
