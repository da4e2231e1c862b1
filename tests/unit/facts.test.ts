/**
 * Reviewer and dates: one fixture per source of each fact (JSON-LD only, meta only, visible text only), one
 * where all three disagree, and pages that name no reviewer. Every expected value is read off the fixture's
 * markup (see the comments in each fixture), not taken from our output.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { collectFacts, otherContentTest, type PageFacts } from '../../lib/health/facts';
import { analyzeArticle } from '../../lib/index';
import { indexPage } from '../../lib/page/page-index';
import { vocabularyFor } from '../../lib/vocabulary/index';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';
import { analyzeFixture } from '../support/report';

afterAll(closeDocuments);

const facts = (report: Omit<PageFacts, 'author'> | null) =>
  report && { reviewedBy: report.reviewedBy, published: report.published, modified: report.modified, lastReviewed: report.lastReviewed, nextReview: report.nextReview };

describe.each([
  ['happy-dom', happyDocument],
  ['jsdom', jsdomDocument],
])('health facts under %s', (_dom, makeDocument) => {
  const analyze = (fixture: string, url: string) => facts(analyzeFixture(makeDocument, fixture, url));

  it('JSON-LD only: the MedicalWebPage node for this page, its reviewer resolved by @id, not the other page’s node', () => {
    expect(analyze('facts-jsonld.html', 'https://northfieldhealth.example/vaccines/shingles-vaccine-adults')).toEqual({
      reviewedBy: 'Maya Lindqvist, MD, MPH',
      published: '2023-05-16',
      modified: '2024-11-04',
      lastReviewed: '2024-11-02',
      nextReview: null,
    });
  });

  it('JSON-LD naming another address (a saved copy) still counts when no node names this page', () => {
    expect(analyze('facts-jsonld.html', 'file:///home/reader/saved/shingles.html')).toMatchObject({ reviewedBy: 'Maya Lindqvist, MD, MPH', published: '2023-05-16' });
  });

  it('meta tags only: article:published_time, article:modified_time and itemprop reviewedBy / lastReviewed', () => {
    expect(analyze('facts-meta.html', 'https://clearviewclinic.example/eyes/dry-eye-screen-time')).toEqual({
      reviewedBy: 'Hannah Osei, OD',
      published: '2024-02-08',
      modified: '2024-06-21',
      lastReviewed: '2024-06-20',
      nextReview: null,
    });
  });

  it('visible text only: the byline, "Published", NHS-style review dates; never the cards, menu, sidebar or site footer', () => {
    expect(analyze('facts-visible.html', 'https://greenleafhealth.example/nutrition/iron-for-vegetarians')).toEqual({
      reviewedBy: 'Amara Okafor, MD, MPH',
      published: '2022-01-10',
      modified: '2024-03-04',
      lastReviewed: '2024-02-12',
      nextReview: '2027-02-12',
    });
  });

  describe('all three disagreeing: JSON-LD, then microdata and meta tags, then visible text, fact by fact', () => {
    const url = 'https://riverbendmedical.example/neurology/migraine-diary';
    const withoutJsonLd = readFixture('facts-disagree.html').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const visibleOnly = withoutJsonLd.replace(/<meta (property|itemprop)=[^>]*>/g, '');

    it('JSON-LD wins where it has the fact; only the visible text names the next review', () => {
      expect(analyze('facts-disagree.html', url)).toEqual({
        reviewedBy: 'Priya Raman, MD',
        published: '2021-09-01',
        modified: '2023-03-15',
        lastReviewed: '2023-03-10',
        nextReview: '2026-04-05',
      });
    });

    it('without JSON-LD the meta tags win over the visible text', () => {
      expect(facts(analyzeArticle(makeDocument(withoutJsonLd, url)))).toEqual({
        reviewedBy: 'Grace Whitlow, NP',
        published: '2021-08-30',
        modified: '2023-04-02',
        lastReviewed: '2023-04-01',
        nextReview: '2026-04-05',
      });
    });

    it('with neither, the visible byline: the reviewer line’s own date is the last review', () => {
      expect(facts(analyzeArticle(makeDocument(visibleOnly, url)))).toEqual({
        reviewedBy: 'Daniel Stroud, DO',
        published: '2021-08-29',
        modified: '2023-04-06',
        lastReviewed: '2023-04-05',
        nextReview: '2026-04-05',
      });
    });
  });

  it('names no reviewer when the page has none: prose about reviewing and other stories’ cards are not one', () => {
    expect(analyze('facts-no-reviewer.html', 'https://harborhealthnews.example/heart/blood-pressure-guideline')).toEqual({
      reviewedBy: null,
      published: '2025-03-18',
      modified: null,
      lastReviewed: null,
      nextReview: null,
    });
  });

  it('ignores other stories’ cards on its own, without the related-list collector’s help', () => {
    const doc = makeDocument(readFixture('facts-no-reviewer.html'), 'https://harborhealthnews.example/heart/blood-pressure-guideline');
    expect(collectFacts(doc, otherContentTest([])).reviewedBy).toBeNull();
  });

  it('the sample article names no reviewer: null, and its visible date', () => {
    expect(analyze('seed-model.html', 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing')).toEqual({
      reviewedBy: null,
      published: '2025-07-19',
      modified: null,
      lastReviewed: null,
      nextReview: null,
    });
  });

  it('an "Updated" date is not a publication date, and reader comments’ dates are neither', () => {
    expect(analyze('boilerplate-gauntlet.html', 'https://wellnessdesk.example/nutrition/iron-deficiency-teen-athletes')).toEqual({
      reviewedBy: null,
      published: null,
      modified: '2025-09-03',
      lastReviewed: null,
      nextReview: null,
    });
  });
});

describe('visible reviewer lines', () => {
  const reviewer = (body: string, head = '') => collectFacts(happyDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), otherContentTest([])).reviewedBy;
  const longArticle = '<p>' + 'Peanut allergy research moved quickly this decade, and families now hear very different advice. '.repeat(30) + '</p>';

  it('a short label in a large article container is read in its own element (the WebMD byline)', () => {
    expect(reviewer(`<div id="textArea"><h2>Babies who eat peanuts early</h2><div class="author">By <a href="/a">Dana Roe, MA</a></div><div class="reviewedBy">Reviewed by <a href="/r">Hansa D. Bhargava, MD</a></div>${longArticle}</div>`)).toBe(
      'Hansa D. Bhargava, MD',
    );
  });

  it('a byline whose parts are sibling spans of one class keeps its reviewer (a three-word author link is no headline)', () => {
    expect(
      reviewer('<h1>Title</h1><p class="byline"><span class="part">Written by <a href="/staff/leo">Leo J. Brandt</a></span> <span class="part">Medically reviewed by <a href="/r/amara">Amara Okafor, MD</a></span></p>'),
    ).toBe('Amara Okafor, MD');
  });

  it('the label and the name in separate blocks', () => {
    expect(reviewer('<h1>Title</h1><div class="reviewer"><div class="label">Medically reviewed by</div><div class="name">Sun-Hee Park, PharmD</div></div>')).toBe('Sun-Hee Park, PharmD');
  });

  it('"Fact checked by" is a reviewer; "Last reviewed:" and "reviewed by a panel" are not', () => {
    expect(reviewer('<h1>Title</h1><p>Fact checked by <a href="/fc">Jonah Weiss</a> · Updated March 1, 2024</p>')).toBe('Jonah Weiss');
    expect(reviewer('<h1>Title</h1><p>Last reviewed: <span>12 March 2024</span></p>')).toBeNull();
    expect(reviewer('<h1>Title</h1><p>The guidance was reviewed by a panel of <a href="/p">independent experts</a>.</p>')).toBeNull();
  });

  it('the byline after the title wins over a reviewer line above it', () => {
    expect(reviewer('<p>Medically reviewed by Early Person, MD</p><h1>Title</h1><p>Medically reviewed by Right Person, MD</p>')).toBe('Right Person, MD');
  });

  it('the visible line keeps credentials JSON-LD leaves out, for the same person only', () => {
    const jsonLd = (name: string) => `<script type="application/ld+json">{"@type":"MedicalWebPage","reviewedBy":{"@type":"Person","name":"${name}"}}</script>`;
    const byline = '<h1>Title</h1><p>Medically reviewed by Priya Raman, MD, FACP</p>';
    expect(reviewer(byline, jsonLd('Priya Raman'))).toBe('Priya Raman, MD, FACP');
    expect(reviewer(byline, jsonLd('Tomás Ortega'))).toBe('Tomás Ortega');
  });
});

describe('meta tags', () => {
  it('match their names without case ("DC.Date.Issued")', () => {
    const doc = happyDocument('<!doctype html><html><head><meta name="DC.Date.Issued" content="2014-12-15"></head><body><p>Text.</p></body></html>');
    expect(collectFacts(doc, otherContentTest([])).published).toBe('2014-12-15');
  });
});

describe('visible dates', () => {
  const dates = (body: string) => {
    const found = collectFacts(happyDocument(`<!doctype html><html><body>${body}</body></html>`), otherContentTest([]));
    return { published: found.published, modified: found.modified, lastReviewed: found.lastReviewed, nextReview: found.nextReview };
  };

  it('a news dateline opening a paragraph is the publication date', () => {
    expect(dates('<h1>Title</h1><p></p><p>Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.</p>')).toEqual({
      published: '2015-02-23',
      modified: null,
      lastReviewed: null,
      nextReview: null,
    });
  });

  it('a paragraph that merely starts with a date is no dateline', () => {
    expect(dates('<h1>Title</h1><p>March 2, 2025 was the day the clinic reopened after the flood.</p>').published).toBeNull();
  });

  it('<time> elements are filed under the label before them', () => {
    expect(
      dates('<h1>Title</h1><p>Posted <time datetime="2024-01-02">Jan 2</time> · Updated <time datetime="2024-02-03T10:00:00Z">Feb 3</time></p><p>Medically reviewed by Ana Ruiz, MD on <time datetime="2024-02-01">Feb 1</time></p>'),
    ).toEqual({ published: '2024-01-02', modified: '2024-02-03', lastReviewed: '2024-02-01', nextReview: null });
  });

  it('WordPress bylines: <time> elements inside the "Posted on" link, the second one classed "updated"', () => {
    expect(
      dates(
        '<h1>Title</h1><p class="entry-meta"><span class="posted-on">Posted on <a href="/2024/05/02/x/" rel="bookmark"><time class="entry-date published" datetime="2024-05-02T09:00:00+00:00">May 2, 2024</time><time class="updated" datetime="2024-06-10T12:00:00+00:00">June 10, 2024</time></a></span></p>',
      ),
    ).toEqual({ published: '2024-05-02', modified: '2024-06-10', lastReviewed: null, nextReview: null });
  });

  it('a post never updated is classed "published updated": a publication date', () => {
    expect(dates('<h1>Title</h1><p>Posted on <time class="entry-date published updated" datetime="2024-05-02T09:00:00+00:00">May 2, 2024</time></p>').published).toBe('2024-05-02');
  });

  it('"Last medically reviewed on" and "Next review due" read as review dates, not updates', () => {
    expect(dates('<h1>Title</h1><p>Last medically reviewed on November 14, 2019</p><p>Next review due: 14 November 2022</p>')).toEqual({
      published: null,
      modified: null,
      lastReviewed: '2019-11-14',
      nextReview: '2022-11-14',
    });
  });
});

describe('the author (byline), read before cleaning removes byline lines', () => {
  const byline = (body: string, head = '') =>
    analyzeArticle(jsdomDocument(`<!doctype html><html><head><title>Title</title>${head}</head><body><article><h1>Title</h1>${body}${LONG_TEXT}</article></body></html>`, 'https://example.test/a'))?.byline;
  const LONG_TEXT = '<p>Iron carries oxygen in the blood, and teenagers who train hard lose more of it than they think. </p>'.repeat(8);

  it.each([
    ['facts-jsonld.html', 'https://northfieldhealth.example/vaccines/shingles-vaccine-adults', 'Carla Jensen'],
    ['facts-visible.html', 'https://example.test/visible', 'Leo Brandt'],
    ['reviewed-article.html', 'https://example.test/reviewed', 'Lena Ortiz'],
    ['facts-disagree.html', 'https://example.test/disagree', null],
  ])('%s names %s', (fixture, url, author) => {
    expect(analyzeFixture(jsdomDocument, fixture, url).byline).toBe(author);
  });

  it('takes the JSON-LD author first, then a rel="author" link, then the "By …" part of a byline element', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Ines Duarte"}}</script>';
    expect(byline('<p class="byline">By Jane Roe</p>', jsonLd)).toBe('Ines Duarte');
    expect(byline('<div class="byline">Story by <a rel="author" href="/p">Sam Okoro</a> · Updated May 3, 2024</div>')).toBe('Sam Okoro');
    expect(byline('<p class="article-byline">By Jane Roe on May 3, 2024</p>')).toBe('Jane Roe');
    // The separator between name and date goes with the date, whichever the site uses.
    expect(byline('<div class="byline-container">By <span>Jane Roe</span><span>/</span>June 12, 2020 9:49 am EST</div>')).toBe('Jane Roe');
  });

  it('ignores a profile address in meta tags, an author biography, and prose', () => {
    expect(byline('<p>By the way, iron matters.</p>', '<meta property="article:author" content="https://social.example/jane">')).toBeNull();
    expect(byline('<div class="author-bio">Jane Roe writes about sports nutrition for teenagers and their parents.</div>')).toBeNull();
  });
});


describe('facts as the page shows them, in its language', () => {
  const read = (body: string, head = '', lang = 'en') => {
    const doc = happyDocument(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
    return collectFacts(doc, otherContentTest([]), indexPage(doc, undefined, doc.baseURI, vocabularyFor([lang])));
  };
  const prose = '<p>' + 'Families who keep a regular bedtime report calmer mornings and fewer arguments about screens. '.repeat(3) + '</p>';

  it('an update declared on the day of publication is no update, unless the page shows it', () => {
    const jsonLd = (modified: string) =>
      `<script type="application/ld+json">{"@type":"Article","datePublished":"2024-03-05T08:00:00Z","dateModified":"${modified}"}</script>`;
    expect(read('<h1>Bedtime</h1>', jsonLd('2024-03-05T17:30:00Z')).modified).toBeNull();
    expect(read('<h1>Bedtime</h1>', jsonLd('2024-04-01T09:00:00Z')).modified).toBe('2024-04-01');
    // Shown in parts: label, time of day, date.
    const shown = '<h1>Bedtime</h1><ul class="times"><li><time datetime="2024-03-05T08:00:00Z"><span><span>Published</span>: 8:00, </span><span>5 Mar 2024</span></time></li>' +
      '<li><time datetime="2024-03-05T17:30:00Z"><span><span>Updated</span>: 17:30, </span><span>5 Mar 2024</span></time></li></ul>';
    expect(read(shown, jsonLd('2024-03-05T17:30:00Z'))).toMatchObject({ published: '2024-03-05', modified: '2024-03-05' });
  });

  it('a publisher credited as the author is no byline; the shown byline names people, without their job title', () => {
    const organization = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Clinic Notes"}}</script>';
    expect(read('<h1>Bedtime</h1>', organization).author).toBeNull();
    expect(read(`<h1>Bedtime</h1><div class="byline">by Priya Raman, Staff Writer | March 5, 2024</div>${prose}`).author).toBe('Priya Raman');
  });

  it('the shown byline wins when it names the structured author at greater length', () => {
    expect(read('<h1>Bedtime</h1><p class="byline">By Priya Raman</p>', '<meta name="author" content="Priya">').author).toBe('Priya Raman');
  });

  it('a line that is only a byline, in the page\'s language, whatever its class; not a box signed inside the story', () => {
    expect(read(`<h1>Schlafenszeit</h1><p class="zeile">Von Jonas Albrecht</p>${prose}`, '', 'de').author).toBe('Jonas Albrecht');
    expect(read(`<h1>Waktu tidur</h1><div>Oleh Dewi Anggraini</div>${prose}`, '', 'id').author).toBe('Dewi Anggraini');
    expect(read(`<h1>Bedtime</h1>${prose}${prose}${prose}<h2>Analysis</h2><p><b>By Noor Haddad, Clinic Notes</b></p>${prose}`).author).toBeNull();
  });

  it('a journal\'s author list, all names with their degrees', () => {
    expect(read('<h1>Salt and sleep</h1><ul class="authors-list"><li>Ana M. Ruiz, MD,</li><li>Tom Berg, PhD</li></ul>').author).toBe('Ana M. Ruiz, MD, Tom Berg, PhD');
  });

  it('an agency\'s closing credit names the reporters when no byline opens the story', () => {
    expect(read(`<h1>Bedtime</h1>${prose}<p>(Reporting by Ana Ruiz in Madrid and Tom Berg in Oslo; Editing by Lee Park)</p>`).author).toBe('Ana Ruiz, Tom Berg');
  });

  it('a date in the byline or the story\'s info line is its publication date, in the page\'s words', () => {
    expect(read('<h1>Bedtime</h1><p class="articleInfo">By Priya Raman | March 5, 2024 | 12</p>').published).toBe('2024-03-05');
    expect(read('<h1>Waktu tidur</h1><div class="article-date">Kamis, 06 Mar 2025 09:15 WIB</div>', '', 'id').published).toBe('2025-03-06');
    expect(read('<h1>Hora de dormir</h1><p>Publicado el 4 de marzo de 2025</p>', '', 'es').published).toBe('2025-03-04');
  });
});
