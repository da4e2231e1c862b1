/**
 * Health facts, sources and key points on the real health pages of the public benchmark corpus. Reviewer and
 * dates of webmd-1, webmd-2, medicalnewstoday and healthline are asserted in health-pages.test.ts; this file
 * adds the other health pages that carry dates, the sources, and the key points. Expected values come from
 * each page's source, as the comments say. A missing corpus is handled by health-pages.test.ts (skip with a
 * warning locally, fail under CI=true).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleReport } from '../../lib/index';
import { analyzeCorpusPage, corpusPresent as present, disposeCorpusPages, loadCorpusPage } from '../support/corpus';
import { expectKeyPointsFromBody } from '../support/report';

afterAll(disposeCorpusPages);

interface HealthPage {
  name: string;
  file: string;
  url: string;
}

const WEBMD_1: HealthPage = {
  name: 'webmd-1',
  file: 'readability-pages/webmd-1/source.html',
  url: 'http://www.webmd.com/allergies/news/20150220/child-peanut-allergy-findings',
};
const WEBMD_2: HealthPage = {
  name: 'webmd-2',
  file: 'readability-pages/webmd-2/source.html',
  url: 'http://www.webmd.com/a-to-z-guides/news/20150417/superbugs-what-they-are',
};
const MEDICAL_NEWS_TODAY: HealthPage = {
  name: 'medicalnewstoday',
  file: 'readability-pages/medicalnewstoday/source.html',
  url: 'https://www.medicalnewstoday.com/articles/318674.php',
};
const BUZZFEED: HealthPage = {
  name: 'buzzfeed-1 (a health news story)',
  file: 'readability-pages/buzzfeed-1/source.html',
  url: 'http://www.buzzfeed.com/markdistefano/diet-pills-burns-up',
};
const HEALTHLINE: HealthPage = {
  name: 'healthline (zyte e593d7fe)',
  file: 'zyte/html/e593d7fe88f9f5cd6587ac172be2db6055d40b6f071023f97ab1ce373534261e.html.gz',
  url: 'https://www.healthline.com/nutrition/how-to-overcome-binge-eating',
};
const MSN_HEALTH: HealthPage = {
  name: 'msn health (zyte 9eef8162)',
  file: 'zyte/html/9eef8162bbb67b0bd73792313b91b87dc9304f43f85f479e67e71c166417451e.html.gz',
  url: 'https://www.msn.com/en-us/health/other/the-man-whose-duvet-nearly-killed-him-how-this-medical-mystery-was-solved/ar-BBWXwNX',
};

describe.skipIf(!present)('health facts on the corpus health pages', () => {
  const reports = new Map<string, ArticleReport>();
  const report = (page: HealthPage): ArticleReport => {
    const found = reports.get(page.name);
    if (!found) throw new Error(`${page.name}: analyzeArticle returned null`);
    return found;
  };

  beforeAll(() => {
    for (const page of [WEBMD_1, WEBMD_2, MEDICAL_NEWS_TODAY, BUZZFEED, HEALTHLINE, MSN_HEALTH]) {
      const analyzed = analyzeCorpusPage(page.file, page.url);
      if (analyzed) reports.set(page.name, analyzed);
    }
  });

  const facts = (page: HealthPage) => {
    const { reviewedBy, published, modified, lastReviewed, nextReview } = report(page);
    return { reviewedBy, published, modified, lastReviewed, nextReview };
  };

  it('msn health: no reviewer; published from <time datetime="2019-11-19T11:45:59.000Z"> (shown as "1 day ago")', () => {
    expect(facts(MSN_HEALTH)).toEqual({ reviewedBy: null, published: '2019-11-19', modified: null, lastReviewed: null, nextReview: null });
  });

  it('buzzfeed-1: no reviewer; published from the visible "posted on April 21, 2015, at 11:29 a.m."', () => {
    expect(facts(BUZZFEED)).toEqual({ reviewedBy: null, published: '2015-04-21', modified: null, lastReviewed: null, nextReview: null });
  });

  it('webmd-1 and webmd-2 name no review date, next review or update: only the reviewer and the dateline', () => {
    expect(facts(WEBMD_1)).toEqual({ reviewedBy: 'Hansa D. Bhargava, MD', published: '2015-02-23', modified: null, lastReviewed: null, nextReview: null });
    expect(facts(WEBMD_2)).toEqual({ reviewedBy: 'Hansa D. Bhargava, MD', published: '2015-04-17', modified: null, lastReviewed: null, nextReview: null });
  });

  it('healthline: its numbered inline citations are the sources — 43 links to 39 distinct addresses, 26 of them PubMed records', () => {
    const { sources } = report(HEALTHLINE);
    expect(sources).toHaveLength(39);
    expect(sources.filter((source) => source.pubmedId)).toHaveLength(26);
    // The first citation: "…eating disorder in the United States (1)" → PubMed Health, not a PubMed record.
    expect(sources[0]).toEqual({ text: 'https://www.ncbi.nlm.nih.gov/pubmedhealth/PMHT0029718/', url: 'https://www.ncbi.nlm.nih.gov/pubmedhealth/PMHT0029718/' });
    expect(sources[2]).toEqual({ text: 'https://www.ncbi.nlm.nih.gov/pubmed/16261600', url: 'https://www.ncbi.nlm.nih.gov/pubmed/16261600', pubmedId: '16261600' });
  });

  it('the other health pages cite no sources list (page 1 of WebMD’s five has no "SOURCES" yet)', () => {
    expect([WEBMD_1, WEBMD_2, MEDICAL_NEWS_TODAY, BUZZFEED, MSN_HEALTH].map((page) => report(page).sources.length)).toEqual([0, 0, 0, 0, 0]);
  });

  it.each([WEBMD_1, WEBMD_2, MEDICAL_NEWS_TODAY, BUZZFEED, HEALTHLINE, MSN_HEALTH].map((page) => [page.name, page] as const))(
    '%s: 3–5 key points from the article body, in order, none repeated, none over 50 words',
    (_name, page) => {
      expectKeyPointsFromBody(report(page));
    },
  );

  it('healthline: every key point is a sentence of one of the article’s own per-section "Summary" boxes', () => {
    const html = loadCorpusPage(HEALTHLINE.file, HEALTHLINE.url).document.documentElement.outerHTML;
    const summaries = Array.from(html.matchAll(/<blockquote[^>]*><strong>Summary<\/strong>(.*?)<\/blockquote>/g), (match) => match[1]!.trim());
    expect(summaries).toHaveLength(15);
    expect(report(HEALTHLINE).keyPoints.filter((point) => !summaries.some((summary) => summary.includes(point.text)))).toEqual([]);
  });

  it('webmd-1: the dateline "Feb. 23, 2015 --" is not part of the first key point', () => {
    expect(report(WEBMD_1).keyPoints[0]).toEqual({ text: 'Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope for a cure.', sectionId: null });
  });
});
