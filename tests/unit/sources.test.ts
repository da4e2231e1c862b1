/**
 * The article's references / sources: found as a list under a heading, as a label-led block, or as numbered
 * inline citations; removed from the article text only when the list closes the article; never lost from
 * the report. Expected entries are read off each fixture.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { findDoi, findPubmedId } from '../../lib/health/sources';
import { closeDocuments, happyDocument, jsdomDocument } from '../support/dom';
import { analyzeFixture } from '../support/report';

afterAll(closeDocuments);

describe.each([
  ['happy-dom', happyDocument],
  ['jsdom', jsdomDocument],
])('sources under %s', (_dom, makeDocument) => {
  const analyze = (fixture: string, url: string) => analyzeFixture(makeDocument, fixture, url);

  describe('a "References" list closing the article', () => {
    const report = analyze('sources-references.html', 'https://lakesidehealth.example/evidence/vitamin-d-respiratory-infections');

    it('lists every entry with its link, DOI (brackets kept) and PubMed id, from a link or a "PMID:" mention', () => {
      expect(report.sources).toEqual([
        {
          text: 'Jolliffe DA, Camargo CA, Sluyter JD, et al. Vitamin D supplementation to prevent acute respiratory infections: a systematic review and meta-analysis of aggregate data from randomised controlled trials. Lancet Diabetes Endocrinol. 2021;9(5):276-292. doi:10.1016/S2213-8587(21)00051-6. Link',
          url: 'https://doi.org/10.1016/S2213-8587(21)00051-6',
          doi: '10.1016/S2213-8587(21)00051-6',
        },
        {
          text: 'Martineau AR, Jolliffe DA, Hooper RL, et al. Vitamin D supplementation to prevent acute respiratory tract infections. BMJ. 2017;356:i6583. PubMed',
          url: 'https://pubmed.ncbi.nlm.nih.gov/28202713/',
          pubmedId: '28202713',
        },
        {
          text: 'Aglipay M, Birken CS, Parkin PC, et al. Effect of high-dose vs standard-dose wintertime vitamin D supplementation on viral upper respiratory tract infections in young healthy children. JAMA. 2017;318(3):245-254. PMID: 28719693.',
          pubmedId: '28719693',
        },
        {
          text: 'Vitamin D: fact sheet for health professionals. Office of Dietary Supplements, National Institutes of Health.',
          url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
        },
      ]);
    });

    it('leaves the list and its heading out of the text, the outline and the reader HTML', () => {
      expect(report.outline.map((entry) => entry.text)).toEqual(['What the trials show', 'Practical advice']);
      expect(report.text.split('\n\n').at(-1)).toBe(
        'Adults who get little sun, have darker skin, are housebound or are over 65 are most likely to be low, and a daily supplement of 10 to 25 micrograms is a safe option for them.',
      );
      expect(report.html).not.toContain('Jolliffe');
      expect(report.html).not.toContain('References');
    });
  });

  it('a "SOURCES:" block of citation lines (the WebMD style): one entry per line, the block out of the text', () => {
    const report = analyze('sources-label.html', 'https://metrohealthwire.example/news/measles-cases-vaccination');
    expect(report.sources).toEqual([
      { text: 'Centers for Disease Control and Prevention: "Measles Cases and Outbreaks," updated Feb. 28, 2025.' },
      {
        text: 'Patel M, Lee AD, Clemmons NS, et al. "National update on measles cases and outbreaks." MMWR, 2019. doi:10.15585/mmwr.mm6840e2',
        url: 'https://doi.org/10.15585/mmwr.mm6840e2',
        doi: '10.15585/mmwr.mm6840e2',
      },
      { text: 'State health department press briefing, March 2, 2025.' },
    ]);
    expect(report.text).not.toMatch(/SOURCES|Centers for Disease Control/);
  });

  it('a sources list amid the article stays in the text and is still reported', () => {
    const report = analyze('sources-midlist.html', 'https://brightsidederm.example/skin/sunscreen-sensitive-skin');
    expect(report.sources).toEqual([
      {
        text: 'Sunscreen: how to help protect your skin from the sun, U.S. Food and Drug Administration.',
        url: 'https://www.fda.gov/drugs/understanding-over-counter-medicines/sunscreen-how-help-protect-your-skin-sun',
      },
      { text: 'American Academy of Dermatology: "Sunscreen FAQs."' },
    ]);
    expect(report.outline.map((entry) => entry.text)).toEqual(['What the labels mean', 'Sources', 'How to apply it']);
    expect(report.text).toContain('American Academy of Dermatology: "Sunscreen FAQs."');
  });

  it('without a list, numbered inline citations to other sites, once each, in citing order', () => {
    const paragraph = (text: string) => `<p>${text} ${'Steady habits matter more than any single rule for most people. '.repeat(4)}</p>`;
    const page = `<!doctype html><html><head><title>Sleep and appetite</title></head><body><article><h1>Sleep and appetite</h1>
      ${paragraph('Short sleep raises hunger hormones (<a href="https://pubmed.ncbi.nlm.nih.gov/15602591/">1</a>).')}
      ${paragraph('Sleeping longer reduced snacking in one trial (<a href="https://doi.org/10.1001/jamainternmed.2021.8098">2</a>).')}
      ${paragraph('As noted earlier (<a href="https://pubmed.ncbi.nlm.nih.gov/15602591/">1</a>), hormones shift; see <a href="/sleep/page/2">2</a> of our guide.')}
      </article></body></html>`;
    expect(analyzeArticle(makeDocument(page, 'https://healthsite.example/sleep/appetite'))!.sources).toEqual([
      { text: 'https://pubmed.ncbi.nlm.nih.gov/15602591/', url: 'https://pubmed.ncbi.nlm.nih.gov/15602591/', pubmedId: '15602591' },
      { text: 'https://doi.org/10.1001/jamainternmed.2021.8098', url: 'https://doi.org/10.1001/jamainternmed.2021.8098', doi: '10.1001/jamainternmed.2021.8098' },
    ]);
  });

  it('a page with no sources reports none', () => {
    expect(analyze('seed-model.html', 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing').sources).toEqual([]);
  });
});

describe('DOI and PubMed ids', () => {
  it.each([
    ['doi:10.1016/S0140-6736(20)30183-5.', '10.1016/S0140-6736(20)30183-5'],
    ['(see doi:10.1001/jama.2020.1234)', '10.1001/jama.2020.1234'],
    ['https://doi.org/10.1093%2Fajcn%2Fnqab123', '10.1093/ajcn/nqab123'],
  ])('finds the DOI in %s', (text, doi) => {
    expect(findDoi([text])).toBe(doi);
  });

  it('reads PubMed ids from PubMed links and "PMID" mentions, not from PMC archive ids', () => {
    expect(findPubmedId('', ['https://www.ncbi.nlm.nih.gov/pubmed/24854811'])).toBe('24854811');
    expect(findPubmedId('Nutrients. 2020;12(3):E1. PMID 32120841', [])).toBe('32120841');
    expect(findPubmedId('', ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2850570/'])).toBeNull();
  });
});
