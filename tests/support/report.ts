/** Reports of fixture pages, and what every list of extracted key points must satisfy. */
import { expect } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { MIN_KEY_POINTS } from '../../lib/health/keypoints';
import { MAX_KEY_POINT_WORDS, MAX_KEY_POINTS } from '../../lib/health/takeaways';
import { countWords } from '../../lib/page/text';
import type { ArticleReport } from '../../lib/types';
import { readFixture } from './dom';

/** The report of a fixture page opened at `url` in the DOM `makeDocument` makes; throws when it has no article. */
export function analyzeFixture(makeDocument: (html: string, url: string) => Document, fixture: string, url: string): ArticleReport {
  const report = analyzeArticle(makeDocument(readFixture(fixture), url));
  if (!report) throw new Error(`${fixture}: no article`);
  return report;
}

/** 3–5 points, each a passage of the clean article text, in article order, none repeated, none over 50 words, each in an outline section or before the first. */
export function expectKeyPointsFromBody(report: ArticleReport): void {
  const points = report.keyPoints;
  expect(points.length).toBeGreaterThanOrEqual(MIN_KEY_POINTS);
  expect(points.length).toBeLessThanOrEqual(MAX_KEY_POINTS);
  const positions = points.map((point) => report.text.indexOf(point.text));
  expect(points.filter((_point, index) => positions[index]! < 0)).toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(new Set(points.map((point) => point.text)).size).toBe(points.length);
  expect(points.filter((point) => countWords(point.text) > MAX_KEY_POINT_WORDS)).toEqual([]);
  const outlineIds = report.outline.map((entry) => entry.id);
  expect(points.filter((point) => point.sectionId !== null && !outlineIds.includes(point.sectionId))).toEqual([]);
}
