/** Which way the article's text runs: as the page says, else as its language is written. */
import type { ArticleReport } from '../lib/types';

/** Languages written right to left (their primary subtags): Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi, Sindhi, Uyghur, Sorani Kurdish. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ug', 'ckb']);

export function articleDirection(report: Pick<ArticleReport, 'dir' | 'lang'>): 'ltr' | 'rtl' | undefined {
  const given = report.dir?.toLowerCase();
  if (given === 'rtl' || given === 'ltr') return given;
  const language = (report.lang ?? '').toLowerCase().split(/[-_]/)[0]!;
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : undefined;
}
