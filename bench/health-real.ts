/**
 * The health-real benchmark: real health-article pages (`<bench>/health-real/<page>/source.html`, never copied
 * here) against the expected reports written by reading them (`tests/corpus/health-real/<page>.json`, format in
 * that folder's README). One scorer for `npm run bench` and the corpus suite.
 *
 * Six pages are held aside (HELD-ASIDE.md): rules are tuned on the other thirteen, and the held-aside files are
 * read only when asked for, so a tuning run never even loads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import type { ArticleReport } from '../lib/index';
import { benchRoot } from './corpus';

export const EXPECTED_DIR = path.join(import.meta.dirname, '..', 'tests', 'corpus', 'health-real');

export interface ExpectedReport {
  page: string;
  heldAside: boolean;
  lang: string;
  url: string;
  title: string;
  byline: string | null;
  reviewedBy: string | null;
  published: string | null;
  modified: string | null;
  lastReviewed: string | null;
  outline: { level: number; text: string }[];
  related: { url: string; title: string }[];
  leaks: string[];
  fragments: string[];
  notes: string;
}

export const FACT_FIELDS = ['title', 'byline', 'reviewedBy', 'published', 'modified', 'lastReviewed'] as const;
type FactField = (typeof FACT_FIELDS)[number];

/** What a reader of either extractor sees, in the expected files' terms. */
export interface Observed extends Record<FactField, string | null> {
  outline: { level: number; text: string }[];
  related: { url: string }[];
  text: string;
}

export type PageGroup = 'in-sample' | 'held-aside';

/** The held-aside pages' names, from HELD-ASIDE.md (its "- name" lines under "Held aside"). */
export function heldAsideNames(): Set<string> {
  const listing = readFileSync(path.join(EXPECTED_DIR, 'HELD-ASIDE.md'), 'utf8');
  const section = listing.split(/^Held aside.*$/m)[1]?.split(/^Tuned on/m)[0] ?? '';
  return new Set(Array.from(section.matchAll(/^- (\S+)$/gm), (match) => match[1]!));
}

/** The expected reports of one group, sorted by page name; the other group's files are not read. */
export function loadExpectations(group: PageGroup): ExpectedReport[] {
  const held = heldAsideNames();
  return readdirSync(EXPECTED_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((name) => held.has(name) === (group === 'held-aside'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(path.join(EXPECTED_DIR, `${name}.json`), 'utf8')) as ExpectedReport;
      if (expected.page !== name || expected.heldAside !== held.has(name)) throw new Error(`${name}.json: its page or heldAside disagrees with HELD-ASIDE.md`);
      return expected;
    });
}

/** The saved page's bytes (decoded by the page's own charset declaration, as the CLI does). */
export function readHealthRealPage(name: string, root = benchRoot()): Buffer {
  return readFileSync(path.join(root, 'health-real', name, 'source.html'));
}

// ---- what each extractor shows ----------------------------------------------------------------------------

export function observeReport(report: ArticleReport | null): Observed {
  return {
    title: report?.title ?? null,
    byline: report?.byline ?? null,
    reviewedBy: report?.reviewedBy ?? null,
    published: report?.published ?? null,
    modified: report?.modified ?? null,
    lastReviewed: report?.lastReviewed ?? null,
    outline: report?.outline.map(({ level, text }) => ({ level, text })) ?? [],
    related: report?.related.map(({ url }) => ({ url })) ?? [],
    text: report?.text ?? '',
  };
}

/**
 * Plain Readability as a reader sees it: its title, byline and published time, the headings of its article as
 * the outline, and the links left in its article as the related reading it offers (it has no related list).
 */
export function observeReadability(document: Document, url: string): Observed {
  const article = new Readability(document.cloneNode(true) as Document, { serializer: (node) => node }).parse();
  const content = article?.content as unknown as Element | undefined;
  const headings = content ? Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6')) : [];
  const links = content ? Array.from(content.querySelectorAll('a[href]')) : [];
  return {
    title: collapse(article?.title ?? '') || null,
    byline: collapse(article?.byline ?? '').replace(/^by\s+/i, '') || null,
    reviewedBy: null,
    published: article?.publishedTime ? article.publishedTime.slice(0, 10) : null,
    modified: null,
    lastReviewed: null,
    outline: headings.map((heading) => ({ level: Number(heading.localName[1]), text: collapse(heading.textContent ?? '') })).filter((entry) => entry.text),
    related: links.flatMap((link) => {
      try {
        return [{ url: new URL(link.getAttribute('href') ?? '', url).href }];
      } catch {
        return [];
      }
    }),
    text: article?.textContent ?? '',
  };
}

// ---- scoring (see tests/corpus/health-real/README.md) -----------------------------------------------------

export interface Counts {
  matched: number;
  found: number;
  expected: number;
}

export interface HealthPageScore {
  page: string;
  outline: Counts;
  /** Matched outline entries whose level is the expected one. */
  outlineLevelsRight: number;
  related: Counts;
  /** Leak strings found in the text (each must be absent). */
  leaks: string[];
  leakCount: number;
  /** How many leak strings the page lists. */
  leakStrings: number;
  /** Fact fields that differ from the expectation, as "field: got ≠ expected". */
  factsWrong: string[];
  factsRight: number;
  missingFragments: string[];
  fragments: number;
  /** Outline texts expected but not found, and found but not expected. */
  outlineMissing: string[];
  outlineExtra: string[];
  relatedMissing: string[];
  relatedExtra: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const headingKey = (text: string) => collapse(text).toLowerCase();
/** Related items match by URL, hash dropped and a trailing slash ignored. */
export const relatedKey = (url: string) => url.replace(/#.*$/, '').replace(/\/$/, '');

export function scorePage(observed: Observed, expected: ExpectedReport): HealthPageScore {
  const outline = matchMultiset(
    observed.outline.map((entry) => headingKey(entry.text)),
    expected.outline.map((entry) => headingKey(entry.text)),
  );
  // Levels of matched entries, paired in order of appearance.
  const expectedLevels = new Map<string, number[]>();
  for (const entry of expected.outline) expectedLevels.set(headingKey(entry.text), [...(expectedLevels.get(headingKey(entry.text)) ?? []), entry.level]);
  let outlineLevelsRight = 0;
  for (const entry of observed.outline) {
    const levels = expectedLevels.get(headingKey(entry.text));
    if (levels?.length && levels.shift() === entry.level) outlineLevelsRight++;
  }
  const related = matchMultiset([...new Set(observed.related.map((item) => relatedKey(item.url)))], [...new Set(expected.related.map((item) => relatedKey(item.url)))]);
  const text = collapse(observed.text);
  const lower = text.toLowerCase();
  const leaks = expected.leaks.filter((leak) => lower.includes(collapse(leak).toLowerCase()));
  const factsWrong = FACT_FIELDS.filter((field) => (observed[field] === null ? null : collapse(observed[field]!)) !== (expected[field] === null ? null : collapse(expected[field]!))).map(
    (field) => `${field}: ${JSON.stringify(observed[field])} ≠ ${JSON.stringify(expected[field])}`,
  );
  const missingFragments = expected.fragments.filter((fragment) => !text.includes(collapse(fragment)));
  return {
    page: expected.page,
    outline: outline.counts,
    outlineLevelsRight,
    related: related.counts,
    leaks,
    leakCount: leaks.length,
    leakStrings: expected.leaks.length,
    factsWrong,
    factsRight: FACT_FIELDS.length - factsWrong.length,
    missingFragments,
    fragments: expected.fragments.length,
    outlineMissing: outline.missing,
    outlineExtra: outline.extra,
    relatedMissing: related.missing,
    relatedExtra: related.extra,
  };
}

function matchMultiset(found: readonly string[], expected: readonly string[]): { counts: Counts; missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const key of expected) left.set(key, (left.get(key) ?? 0) + 1);
  const extra: string[] = [];
  let matched = 0;
  for (const key of found) {
    const count = left.get(key) ?? 0;
    if (count) {
      matched++;
      left.set(key, count - 1);
    } else extra.push(key);
  }
  const missing = [...left].flatMap(([key, count]) => Array<string>(count).fill(key));
  return { counts: { matched, found: found.length, expected: expected.length }, missing, extra };
}

/** F1 of matched items; nothing expected and nothing found is a perfect 1. */
export function f1(counts: Counts): number {
  if (!counts.found && !counts.expected) return 1;
  return (2 * counts.matched) / (counts.found + counts.expected);
}

export interface GroupScore {
  pages: number;
  /** Pooled over the pages: every expected and found entry counts once. */
  outlineF1: number;
  outlineLevels: number;
  relatedF1: number;
  /** Leak strings found in the text, of `leakStrings` listed. */
  leaks: number;
  leakStrings: number;
  facts: number;
  fragments: number;
}

export function aggregateScores(scores: readonly HealthPageScore[]): GroupScore {
  const sum = (pick: (score: HealthPageScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const pooled = (pick: (score: HealthPageScore) => Counts): Counts => ({
    matched: sum((score) => pick(score).matched),
    found: sum((score) => pick(score).found),
    expected: sum((score) => pick(score).expected),
  });
  const outline = pooled((score) => score.outline);
  return {
    pages: scores.length,
    outlineF1: f1(outline),
    outlineLevels: outline.matched ? sum((score) => score.outlineLevelsRight) / outline.matched : 1,
    relatedF1: f1(pooled((score) => score.related)),
    leaks: sum((score) => score.leakCount),
    leakStrings: sum((score) => score.leakStrings),
    facts: sum((score) => score.factsRight) / (scores.length * FACT_FIELDS.length || 1),
    fragments: sum((score) => score.fragments - score.missingFragments.length) / (sum((score) => score.fragments) || 1),
  };
}
