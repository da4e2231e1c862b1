/**
 * Key points: the page's own takeaways box when it has one, otherwise 3–5 sentences chosen from the cleaned
 * article — in article order, at most 50 words, never repeated, each linked to its outline section.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { splitSentences } from '../../lib/health/sentences';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';
import { analyzeFixture, expectKeyPointsFromBody } from '../support/report';

afterAll(closeDocuments);

const SEED_URL = 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing';

describe.each([
  ['happy-dom', happyDocument],
  ['jsdom', jsdomDocument],
])('key points under %s', (_dom, makeDocument) => {
  const analyze = (fixture: string, url: string) => analyzeFixture(makeDocument, fixture, url);

  it('the sample article: its opening sentence, then one per section, each linked to its heading', () => {
    const report = analyze('seed-model.html', SEED_URL);
    const sections = report.outline.map((entry) => entry.id);
    expect(report.keyPoints).toEqual([
      {
        text: 'Attachment-focused therapies grow out of the observation that the way a family interacts early in life shapes how a person later connects, fears, and suffers.',
        sectionId: null,
      },
      { text: 'In day-to-day practice, attachment-focused work begins with the bond between client and therapist.', sectionId: sections[0] },
      {
        text: 'One practical goal of attachment-focused therapy is to mend the push and pull between closeness and distance that sits behind many relationship problems.',
        sectionId: sections[1],
      },
      {
        text: 'For adolescents and young adults, attachment-focused therapies provide a route for channeling the strong emotions of the teenage years into constructive growth.',
        sectionId: sections[2],
      },
      {
        text: 'By combining personal insight with practice alongside others, attachment-focused therapies seek to root emotional regulation in everyday life and in secure, lasting relationships.',
        sectionId: sections[3],
      },
    ]);
    expectKeyPointsFromBody(report);
  });

  it('come from the article body only, never from boilerplate (the gauntlet page)', () => {
    const report = analyze('boilerplate-gauntlet.html', 'https://wellnessdesk.example/nutrition/iron-deficiency-teen-athletes');
    expectKeyPointsFromBody(report);
    const { boilerplateSnippets } = JSON.parse(readFixture('boilerplate-gauntlet.expected.json')) as { boilerplateSnippets: string[] };
    expect(report.keyPoints.filter((point) => boilerplateSnippets.some((snippet) => point.text.includes(snippet)))).toEqual([]);
  });

  it('the page’s own "Key takeaways" box wins, even in an <aside> Readability drops, linked to where it sits', () => {
    expect(analyze('keypoints-takeaways.html', 'https://summitfamilyhealth.example/first-aid/heat-exhaustion-heat-stroke').keyPoints).toEqual([
      { text: 'Heat exhaustion causes heavy sweating, weakness, nausea and a fast pulse, and improves with rest, shade and fluids.', sectionId: null },
      { text: 'Heat stroke is an emergency: a body temperature above 40 °C with confusion, slurred speech or fainting.', sectionId: null },
      { text: 'Cool a person with suspected heat stroke right away with water and fanning while you wait for an ambulance.', sectionId: null },
      { text: 'Older adults, young children and people working or exercising outdoors are at the highest risk.', sectionId: null },
    ]);
  });

  it('a "Highlights" list of links to other pages is no takeaways box', () => {
    const html = readFixture('keypoints-takeaways.html').replace(
      '<aside class="callout callout--takeaways">',
      '<div class="video-rail"><h3>Highlights</h3><ul><li><a href="/v/1">Cooling a child with fever safely</a></li><li><a href="/v/2">Hydration myths in summer sport</a></li></ul></div><aside class="callout">',
    ).replace('<h2 class="callout__title">Key takeaways</h2>', '<h2 class="callout__title">Before you go</h2>');
    const report = analyzeArticle(makeDocument(html, 'https://summitfamilyhealth.example/first-aid/heat-exhaustion-heat-stroke'))!;
    expect(report.keyPoints.some((point) => /Cooling a child|Hydration myths/.test(point.text))).toBe(false);
    expectKeyPointsFromBody(report);
  });

  it('a news dateline is not part of the point', () => {
    const report = analyze('sources-label.html', 'https://metrohealthwire.example/news/measles-cases-vaccination');
    expect(report.keyPoints[0]).toEqual({
      text: "Measles cases this winter have already passed last year's total, and health officials say falling vaccination rates among kindergartners are the main reason.",
      sectionId: null,
    });
  });

  describe('per-section summaries (the healthline pattern)', () => {
    const tips = [
      [
        'Keep a regular schedule',
        'Going to bed and waking at the same times, weekends included, anchors the body clock that decides when you feel sleepy.',
        'Shift workers can still protect a core block of sleep by keeping its start time steady across the week.',
        'A fixed wake-up time is the single most useful habit for steadier sleep.',
      ],
      [
        'Dim the lights in the evening',
        'Bright light late in the day delays the release of melatonin, so lamps, screens and overhead lights all push bedtime later.',
        'Warm, low lamps for the last hour and a screen filter help, although putting the phone away helps most.',
        'Less light in the last hour before bed lets melatonin rise on time.',
      ],
      [
        'Watch caffeine and alcohol',
        'Caffeine lingers for hours, and an afternoon coffee can still be blocking sleep signals at midnight.',
        'Alcohol makes falling asleep easier but fragments the second half of the night, when deep and dream sleep matter.',
        'Stopping caffeine after lunch and limiting evening drinks protect the whole night.',
      ],
    ];
    const page = (summary: (text: string) => string) =>
      `<!doctype html><html><head><title>Three habits for better sleep</title></head><body><article><h1>Three habits for better sleep</h1>
       <p>Most sleep problems improve with a few steady habits, and clinicians recommend trying them before any sleep medication.</p>
       ${tips.map(([heading, first, second, last]) => `<h2>${heading}</h2><p>${first}</p><p>${second}</p>${summary(last!)}`).join('')}
       </article></body></html>`;

    it('"Summary" boxes over prose are no page-level box; their sentences are preferred as points', () => {
      const report = analyzeArticle(makeDocument(page((text) => `<blockquote><strong>Summary</strong> ${text}</blockquote>`), 'https://healthsite.example/sleep'))!;
      expect(report.keyPoints).toEqual([
        { text: 'Most sleep problems improve with a few steady habits, and clinicians recommend trying them before any sleep medication.', sectionId: null },
        ...tips.map(([, , , last], index) => ({ text: last, sectionId: report.outline[index]!.id })),
      ]);
    });

    it('several "Summary" lists are per-section summaries, not the page’s takeaways', () => {
      const report = analyzeArticle(
        makeDocument(page((text) => `<h3>Summary</h3><ul><li>${text}</li><li>Ask a clinician if it does not help.</li></ul>`), 'https://healthsite.example/sleep'),
      )!;
      expect(report.keyPoints.some((point) => point.text === 'Ask a clinician if it does not help.')).toBe(false);
      expectKeyPointsFromBody(report);
    });
  });
});

describe('sentence splitting', () => {
  it.each([
    ['Dr. Shadlen led the study. It found a threshold.', ['Dr. Shadlen led the study.', 'It found a threshold.']],
    ['Some foods, e.g. lentils, help. Others do not.', ['Some foods, e.g. lentils, help.', 'Others do not.']],
    ['Rates rose 2.5 times in the U.S. The trend continued.', ['Rates rose 2.5 times in the U.S.', 'The trend continued.']],
    ['Rates rose in the U.S. Army too.', ['Rates rose in the U.S. Army too.']],
    ['Reviewed by Hansa D. Bhargava, MD. Published Feb. 23, 2015.', ['Reviewed by Hansa D. Bhargava, MD.', 'Published Feb. 23, 2015.']],
    ['Most adults lack vitamin D. Low levels are common.', ['Most adults lack vitamin D.', 'Low levels are common.']],
    ['Smith et al. (2019) agreed. Is it safe? Yes!', ['Smith et al. (2019) agreed.', 'Is it safe?', 'Yes!']],
    ['He said, “Rest helps.” Then he left.', ['He said, “Rest helps.”', 'Then he left.']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
