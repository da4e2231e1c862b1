/**
 * Ground truth for the four health pages of the public benchmark corpus, established by reading each page's
 * source (not by trusting our output). Every expectation below says where on the page it comes from.
 *
 * The corpus is read-only data outside this repository (see /work/shared/bench/README.md); point
 * HEALTH_BENCH_DIR at it when it lives elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleReport, RelatedItem } from '../../lib/index';
import { analyzeCorpusPage, BENCH_DIR, corpusPresent as present, disposeCorpusPages, warnIfCorpusMissing } from '../support/corpus';

const inCI = process.env.CI === 'true';
warnIfCorpusMissing('health-pages corpus tests');

describe('health bench corpus', () => {
  it('is present (a missing corpus fails under CI=true, and is only skipped with a warning locally)', () => {
    if (!present && inCI) {
      throw new Error(
        `Health benchmark corpus not found at ${BENCH_DIR}. Under CI it is required: set HEALTH_BENCH_DIR to the folder ` +
          'holding readability-pages/ and zyte/.',
      );
    }
  });
});

interface PageTruth {
  name: string;
  /** Path under BENCH_DIR. */
  file: string;
  url: string;
  outline: { level: number; text: string }[];
  /** Page furniture visible (or in the DOM) on the page; none may appear in the clean text. */
  boilerplate: string[];
  /** Distinctive sentences of the article body (first, middle, last paragraphs); all must appear. */
  mustHave: string[];
  /** The author the byline names ("By …", a rel="author" link). */
  byline: string;
  reviewedBy: string | null;
  published: string | null;
  modified: string | null;
  /** Only asserted where given. */
  related?: RelatedItem[];
}

const PAGES: PageTruth[] = [
  {
    name: 'webmd-1',
    file: 'readability-pages/webmd-1/source.html',
    // No canonical/og:url; <link rel="alternate" media="only screen…"> gives the m.webmd.com twin of this path and
    // s_furl = "/allergies/news/20150220/child-peanut-allergy-findings".
    url: 'http://www.webmd.com/allergies/news/20150220/child-peanut-allergy-findings',
    // #textArea: <h2> title (excluded), an empty <h3></h3> (no text), then <h3>A Change in Guidelines?</h3>.
    // Page 1 of 5; later pages' titles live only in a pagination script. The h3 is the article's top section: level 2.
    outline: [{ level: 2, text: 'A Change in Guidelines?' }],
    boilerplate: [
      'Continue reading below', // .conta ad label above #remoteAd_fmt
      'Next Page', // .pagination_fmt
      'Font Size', // .font_sizer_fmt
      'Print Article', // #headerLinks_print
      'Email a Friend', // #headerLinks_email
      'Allergies Health Center', // <h1> of the section banner
      'Tools & Resources', // .pop_toolst promo box above the article
      'Think You Have a Food Allergy?',
      'Top Picks', // .related_reading_rdr: generic Allergy-center promos, not related to this story
      'Insect Sting Allergies',
      'Cold or Allergy? Quiz Yourself',
      'Related to Allergies', // #lln-rltdto topic navigation
      'More Related Topics',
      'Today on WebMD', // right-rail slideshow promos
      '12 Natural Ways to Defeat Allergies',
      'Make these tweaks to your diet, home, and lifestyle.',
      'WebMD Special Sections',
    ],
    mustHave: [
      'Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope for a cure.',
      'But a groundbreaking new study may offer a way to stem that rise, while another may offer some hope for those who are already allergic.',
      'A new skin patch called Viaskin allowed people with peanut allergies to eat tiny amounts of peanuts after they wore it for a year.',
      'Nuts are the main reason people get a life-threatening problem called anaphylaxis.',
    ],
    // <div class="reviewedBy_fmt">Reviewed by <a …>Hansa D. Bhargava, MD</a></div> (no review date shown).
    byline: 'Brenda Goodman, MA',
    reviewedBy: 'Hansa D. Bhargava, MD',
    // Dateline opening the first paragraph: "Feb. 23, 2015 -- Life-threatening…". No updated date anywhere.
    published: '2015-02-23',
    modified: null,
  },
  {
    name: 'webmd-2',
    file: 'readability-pages/webmd-2/source.html',
    // No canonical/og:url; the mobile alternate in <head> is www.m.webmd.com/a-to-z-guides/news/20150417/superbugs-what-they-are.
    url: 'http://www.webmd.com/a-to-z-guides/news/20150417/superbugs-what-they-are',
    // #textArea: <h2> title (excluded), empty <h3></h3>, empty <h4></h4> of the slideshow promo, then the one section
    // (an h3 acting as the top section: level 2).
    outline: [{ level: 2, text: "But First: What's a Superbug?" }],
    boilerplate: [
      'A Closer Look at MRSA', // .slideshow_links_rdr.contextual_links_fmt: slideshow promo between paragraphs
      'Continue reading below',
      'Next Page',
      'Font Size',
      'Print Article',
      'Information and Resources', // <h1> of the section banner
      'WebMD Video: Now Playing', // right-rail video promo
      'Dirty Truth About Hand Washing',
      'Health Solutions', // "Health Solutions From Our Sponsors" sponsor block
      'From Our Sponsors',
      'Controlling Heart Disease',
      'Fecal Transplant', // top-12 news list in the nav column
      'Morgellons', // top-12 A–Z list
    ],
    mustHave: [
      "Imagine being sick in the hospital with a bacterial infection and doctors can't stop it from spreading.",
      'Every year, about 2 million people get sick from a superbug, according to the CDC.',
      "It's a term coined by the media to describe bacteria that cannot be killed using multiple antibiotics.",
      'Any species of bacteria can turn into a superbug.',
      'Here are some of the growing superbug threats identified in the 2015 White House report.',
    ],
    // <div class="reviewedBy_fmt"> Reviewed by <a …>Hansa D. Bhargava, MD</a></div>
    byline: 'Kelli Miller',
    reviewedBy: 'Hansa D. Bhargava, MD',
    // Dateline: "April 17, 2015 -- Imagine being sick…".
    published: '2015-04-17',
    modified: null,
  },
  {
    name: 'medicalnewstoday',
    file: 'readability-pages/medicalnewstoday/source.html',
    // <link rel="canonical"> and og:url.
    url: 'https://www.medicalnewstoday.com/articles/318674.php',
    // The three <h2> inside [itemprop=articleBody]. The bold <p><strong>…</strong></p> lines are full emphasized
    // sentences, not subheadings. "Related coverage", "Recommended related news", "Latest news", "Popular in: …"
    // are furniture h2s outside the article body.
    outline: [
      { level: 2, text: 'The hypothesis' },
      { level: 2, text: "Examining the 'a-ha!' moment" },
      { level: 2, text: "'A-ha' moment similar to making a decision" },
    ],
    boilerplate: [
      'Read now', // "Read now" of the inline promo and of the Related coverage cards
      'Scientists find new mechanism for memory formation', // .related_inline promo between paragraphs
      'How do we form memories? New research uncovers key brain area.',
      'Related coverage',
      "It's official: Pets benefit our mental health",
      'Why facial recognition is the future of diagnostics',
      'Recommended related news', // TrendMD heading (widget empty without JS)
      'Latest news', // sidebar feed
      'Simple drug formula regenerates brain cells',
      'Popular in:', // sidebar tabs
      'Why are my legs and feet numb?',
      'Published Thu 27 Jul 2017', // mobile-only dateline
      'Neurology / Neuroscience', // category links under the article
      'Scroll to top',
    ],
    mustHave: [
      // <header> standfirst inside itemprop=articleBody.
      'Neuroscience tells us that most of the work done by our brains happens on an unconscious level, but when does that "a-ha!" moment occur?',
      "Many of us have noticed that we seem to get our best ideas when we're in the shower, or that we can find the answer to a difficult question when we least think about it.",
      // The paragraph right after the inline promo.
      'This process of making a decision once the brain has accumulated enough evidence bears the name of "bounded evidence accumulation."',
      'The researchers wondered whether or not this threshold is also responsible for our "eureka!" moments.',
      'Essentially, the act of becoming consciously aware of a decision conforms to the same process that the brain goes through to complete a decision',
      'The findings provide unique insights into the biology of consciousness, say the researchers, and they bring us closer to understanding the biological basis of decisions, ethics, and, generally, the human mind.',
    ],
    // mntDataLayer says "reviewer":"", "dateReviewed":""; no reviewer line on the page.
    byline: 'Ana Sandoiu',
    reviewedBy: null,
    // <time itemprop="datePublished" datetime="2017-07-27">Thursday 27 July 2017</time>; "dateUpdated":"".
    published: '2017-07-27',
    modified: null,
    // "Related coverage": five .suggested_item cards, each one <a> wrapping <span class="title">, <span
    // class="summary"> and <span class="more">Read now</span>. The inline "Scientists find new mechanism…" promo
    // is a single promo, not the list.
    related: [
      {
        title: "It's official: Pets benefit our mental health",
        url: "https://www.medicalnewstoday.com/articles/320950.php?sr",
        summary:
          "A systematic review of existing studies lists the many ways in which pets provide people with mental health issues some much-needed comfort.",
      },
      {
        title: "Consciousness 'restored' using nerve stimulation",
        url: "https://www.medicalnewstoday.com/articles/319529.php?sr",
        summary:
          "One month after a vagus nerve stimulator was implanted in his chest, a patient who had spent 15 years in a vegetative state showed signs of consciousness.",
      },
      {
        title: "Cannabis for pain and PTSD 'lacks high-quality evidence'",
        url: "https://www.medicalnewstoday.com/articles/318965.php?sr",
        summary:
          "Systematic reviews of the scientific evidence suggest that it is of insufficient quality to support the use of cannabis for the treatment of PTSD and pain.",
      },
      {
        title: "Pancreatic cancer: Modified flu virus destroys tumors",
        url: "https://www.medicalnewstoday.com/articles/320725.php?sr",
        summary:
          "Scientists destroyed pancreatic cancer cells using a modified flu virus. If confirmed in clinical trials, the findings could offer new treatments.",
      },
      {
        title: "Why facial recognition is the future of diagnostics",
        url: "https://www.medicalnewstoday.com/articles/320316.php?sr",
        summary:
          "New research uses facial recognition analysis to accurately predict health. The findings also show that the human brain has similar abilities.",
      },
    ],
  },
  {
    name: 'healthline (zyte e593d7fe)',
    file: 'zyte/html/e593d7fe88f9f5cd6587ac172be2db6055d40b6f071023f97ab1ce373534261e.html.gz',
    // zyte/ground-truth.json url; also <link rel="canonical"> and og:url.
    url: 'https://www.healthline.com/nutrition/how-to-overcome-binge-eating',
    // The <h2>s of article.article-body. Excluded: <h4>Nutrition</h4> (breadcrumb), <h1> title,
    // <h2>related stories</h2> (right rail), <h3>Read this next</h3> (promo cards). "Summary" is a run-in
    // <strong> label inside each takeaway <blockquote>, not a heading.
    outline: [
      { level: 2, text: '1. Ditch the diet' },
      { level: 2, text: '2. Avoid skipping meals' },
      { level: 2, text: '3. Practice mindfulness' },
      { level: 2, text: '4. Stay hydrated' },
      { level: 2, text: '5. Try yoga' },
      { level: 2, text: '6. Eat more fiber' },
      { level: 2, text: '7. Clean out the kitchen' },
      { level: 2, text: '8. Start hitting the gym' },
      { level: 2, text: '9. Eat breakfast every day' },
      { level: 2, text: '10. Get enough sleep' },
      { level: 2, text: '11. Keep a food and mood journal' },
      { level: 2, text: '12. Find someone to talk to' },
      { level: 2, text: '13. Increase your protein intake' },
      { level: 2, text: '14. Plan meals' },
      { level: 2, text: '15. Seek help' },
      { level: 2, text: 'The bottom line' },
    ],
    boilerplate: [
      'ADVERTISEMENT', // CSS ::before label of every ad slot
      'Evidence Based', // badge button above the title
      'Written by', // byline and the author box after the article
      'related stories',
      'Read this next',
      'READ MORE',
      'Medically reviewed by', // only on the promo cards, for other articles
      'Binge eating disorder was first mentioned in the DSM in 1987.',
      'Marijuana use may cause you to overeat',
      'The Best Eating Disorder Recovery Apps of 2019',
    ],
    mustHave: [
      'Binge eating disorder (BED) is considered the most common feeding and eating disorder in the United States',
      'Here are 15 tips to help overcome binge eating.',
      'Fad diets can often be very unhealthy, and studies show that overly restrictive eating methods may trigger episodes of binge eating.',
      'Cognitive behavioral therapy is considered an effective treatment method for binge eating.',
      'BED is a recognized psychological condition that affects millions of people around the world.',
      'However, it’s possible to overcome it with the right treatment plan and healthy lifestyle modifications.',
    ],
    // The page says "Written by Rachael Link, MS, RD on November 14, 2019" and names no medical reviewer
    // (every "Medically reviewed by" on the page belongs to a promo card for another article).
    byline: 'Rachael Link, MS, RD',
    reviewedBy: null,
    // Visible "on November 14, 2019"; schema datePublished 2019-11-14T08:00:00.000Z; ga updatedDate "".
    published: '2019-11-14',
    modified: null,
    // "Read this next": ten cards (title, href, excerpt; no dates). The right-rail "related stories" lists the
    // first five of the same articles without excerpts. Site nav, footer and newsletter are not related reading.
    related: [
      {
        title: 'Binge Eating Disorder: Symptoms, Causes and How to Stop',
        url: 'https://www.healthline.com/nutrition/binge-eating-disorder',
        summary:
          'Binge eating disorder (BED) is the most common type of eating disorder. This article looks at the symptoms, causes and health risks of BED and what…',
      },
      {
        title: 'Binge Eating Disorder History: A Timeline',
        url: 'https://www.healthline.com/health/eating-disorders/binge-eating-disorder-history',
        summary: 'Binge eating disorder was first mentioned in the DSM in 1987. Learn more about the history of this condition.',
      },
      {
        title: 'What’s the Difference Between Overeating and Binge Eating Disorder?',
        url: 'https://www.healthline.com/health/eating-disorders/compulsive-overeating-vs-binge-eating-disorder',
        summary:
          'There are some similarities between compulsive overeating and binge eating disorder. Learn how to tell the difference between the two.',
      },
      {
        title: 'Binge Eating Disorder: Understanding Your Triggers',
        url: 'https://www.healthline.com/health/eating-disorders/binge-eating-disorder-triggers',
        summary:
          'Identifying your binge eating disorder (BED) triggers can help you control your bingeing. Learn more about identifying and managing your triggers.',
      },
      {
        title: 'Can Antidepressants Treat Binge Eating Disorder?',
        url: 'https://www.healthline.com/health/eating-disorders/antidepressants-for-binge-eating',
        summary: 'Antidepressants may help treat binge eating disorder. Talk to your doctor to determine if antidepressants are right for you.',
      },
      {
        title: 'Can Marijuana Trigger Binge Eating Disorder?',
        url: 'https://www.healthline.com/health/eating-disorders/binge-eating-disorder-and-marijuana',
        summary: 'Marijuana use may cause you to overeat, but it will not lead to a binge eating disorder, which is a medical condition.',
      },
      {
        title: '10 Ways to Get Back on Track After a Binge',
        url: 'https://www.healthline.com/nutrition/what-to-do-after-a-binge',
        summary:
          'Overeating is a problem almost everyone who loses weight faces at some point. Use these 10 methods to get back on track after an unplanned binge.',
      },
      {
        title: '6 Common Types of Eating Disorders (and Their Symptoms)',
        url: 'https://www.healthline.com/nutrition/common-eating-disorders',
        summary:
          'Eating disorders are characterized by abnormal or disturbed eating habits, and they are quite common. This articles describes 6 of the most common…',
      },
      {
        title: 'The Best Eating Disorder Recovery Apps of 2019',
        url: 'https://www.healthline.com/health/top-eating-disorder-iphone-android-apps',
        summary:
          'Disordered eating is so often misunderstood, stigmatized, or simply not talked about. If you’re trying to overcome an eating disorder, or create a…',
      },
      {
        title: 'Eating Disorders: Causes and Risk Factors',
        url: 'https://www.healthline.com/health/eating-disorders-causes-risk-factors',
        summary:
          'Many doctors believe that a combination of genetic, physical, social, and psychological factors may contribute to the development of an eating…',
      },
    ],
  },
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

afterAll(disposeCorpusPages);

for (const page of PAGES) {
  describe.skipIf(!present)(page.name, () => {
    let report: ArticleReport | null = null;

    beforeAll(() => {
      report = analyzeCorpusPage(page.file, page.url);
    });

    const analyzed = (): ArticleReport => {
      if (!report) throw new Error(`${page.name}: analyzeArticle returned null`);
      return report;
    };

    it(`${page.name}: is recognized as an article`, () => {
      expect(report).not.toBeNull();
    });

    it(`${page.name}: outline is exactly the article's section headings`, () => {
      expect(analyzed().outline.map(({ level, text }) => ({ level, text }))).toEqual(page.outline);
    });

    it(`${page.name}: clean text carries none of the page's boilerplate`, () => {
      const text = collapse(analyzed().text);
      expect(page.boilerplate.filter((phrase) => text.includes(phrase))).toEqual([]);
    });

    it(`${page.name}: clean text keeps the article's first, middle and last paragraphs`, () => {
      const text = collapse(analyzed().text);
      expect(page.mustHave.filter((sentence) => !text.includes(sentence))).toEqual([]);
    });

    it(`${page.name}: the byline names the author, "${page.byline}"`, () => {
      expect(analyzed().byline).toBe(page.byline);
    });

    it(`${page.name}: medical reviewer is ${page.reviewedBy ? `"${page.reviewedBy}"` : 'absent (the page names none)'}`, () => {
      expect(analyzed().reviewedBy).toBe(page.reviewedBy);
    });

    it(`${page.name}: published date is ${page.published ?? 'absent'} and modified date is ${page.modified ?? 'absent'}`, () => {
      const { published, modified } = analyzed();
      expect({ published, modified }).toEqual({ published: page.published, modified: page.modified });
    });

    if (page.related) {
      const related = page.related;
      it(`${page.name}: related list is exactly the page's list of related articles`, () => {
        expect(analyzed().related).toEqual(related);
      });
    }
  });
}
