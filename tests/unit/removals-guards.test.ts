/**
 * Article sections whose ids or classes contain a removal group's word (consent, related, share, disclosure,
 * recommended, comment, ad-) stay, and so does a sentence that mentions text and email reminders.
 * Found by reviewers on real health pages; written here in our own words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../lib/extraction/clean';
import { analyzeArticle } from '../../lib/index';
import { prepareDocument } from '../../lib/page/normalize';
import { collapseWhitespace } from '../../lib/page/text';
import { closeDocuments, happyDocument, jsdomDocument } from '../support/dom';

afterAll(closeDocuments);

const para = (topic: string) =>
  `<p>Doctors explain ${topic} in plain words before any procedure, and patients may ask as many questions as they need. Good practice is to write the answers down, bring a relative to the appointment, and take time to decide when nothing is urgent.</p>`;

const SECTIONS = {
  consent: `<h2 id="informed-consent">Informed consent</h2>${para('informed consent')}`,
  related: `<section id="related-conditions-and-complications"><h2>Related conditions</h2>${para('related conditions such as kidney disease')}${para('complications')}</section>`,
  share: `<section id="social-media"><h2>Social media and your health</h2>${para('what health claims on social media can and cannot tell you')}${para('how to check a claim')}</section>`,
  disclosure: `<section id="disclosure-of-hiv-status"><h2>Disclosure of HIV status</h2>${para('when and how to talk about HIV status')}${para('legal protections')}</section>`,
  table: `<table class="recommended-intake"><tr><th>Age</th><th>Recommended daily intake</th></tr><tr><td>9 to 13 years</td><td>8 milligrams of iron</td></tr><tr><td>Adults over 50</td><td>8 milligrams of iron</td></tr></table>`,
  alzheimers: `<section id="ad-risk-factors"><h2>Risk factors for Alzheimer's disease</h2>${para("the risk factors of Alzheimer's disease (AD)")}${para('which of them can change')}</section>`,
  reminders: `<p>Ask about <a href="/tools/text-reminders">text</a> or <a href="/tools/email-reminders">email</a> reminders for doses, which many pharmacies now offer for free.</p>`,
};
const EXPERT = `<aside class="expert-comment"><p>"Most people who stop the medicine early do so because they feel better, not because it failed," says a hospital pharmacist we spoke to, who asked patients to finish every course they are prescribed.</p></aside>`;
const PAGE = `<!DOCTYPE html><html><head><title>Living with a long-term condition</title></head><body><main><article>
  <h1>Living with a long-term condition</h1>${para('the condition')}${Object.values(SECTIONS).join('\n')}${EXPERT}${para('the follow-up plan')}
</article></main></body></html>`;
const MUST_STAY = [
  'Informed consent',
  'Related conditions',
  'Social media and your health',
  'Disclosure of HIV status',
  '8 milligrams of iron',
  "Risk factors for Alzheimer's disease",
  'Ask about text or email reminders for doses',
];

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('sections with unlucky names under %s', (_name, make) => {
  it('cleaning removes none of them, nor the quoted expert', () => {
    const doc = make(PAGE);
    const scan = prepareDocument(doc);
    const counts = removeBoilerplate(doc, [], undefined, scan);
    const text = collapseWhitespace(doc.body.textContent ?? '');
    expect(MUST_STAY.filter((phrase) => !text.includes(phrase))).toEqual([]);
    expect(text).toContain('says a hospital pharmacist we spoke to');
    expect(counts).toEqual({});
  });

  it('the analyzed article keeps all of them, with their headings in the outline', () => {
    const report = analyzeArticle(make(PAGE, 'https://clinicnotes.example/long-term-conditions'));
    const text = collapseWhitespace(report?.text ?? '');
    expect(MUST_STAY.filter((phrase) => !text.includes(phrase))).toEqual([]);
    expect(report?.outline.map((entry) => entry.text)).toEqual([
      'Informed consent',
      'Related conditions',
      'Social media and your health',
      'Disclosure of HIV status',
      "Risk factors for Alzheimer's disease",
    ]);
  });
});

/** A paragraph that opens with its picture: the caption's "© Provided by …" credit is no copyright notice. */
const CAPTIONED_LEAD = `<!DOCTYPE html><html><head><title>Clinic opens a walk-in service</title></head><body><article>
  <h1>Clinic opens a walk-in service</h1>
  <p><span class="inline-image"><img src="https://clinicnotes.example/walk-in.jpg" alt=""><span class="caption"><span>© Provided by Clinic Notes</span> <span>The new waiting room</span></span></span>
  The Eastside clinic now sees patients without an appointment on weekday mornings, starting next month, after a year in which waiting lists for routine visits doubled.</p>
  ${para('the new walk-in hours')}
  <p class="legal-notice">© 2025 Clinic Notes. All rights reserved.</p>
</article></body></html>`;

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('a paragraph led by its picture under %s', (_name, make) => {
  it('keeps its prose although the caption opens with ©, and still drops the real copyright line', () => {
    const doc = make(CAPTIONED_LEAD);
    const counts = removeBoilerplate(doc, [], undefined, prepareDocument(doc));
    const text = collapseWhitespace(doc.body.textContent ?? '');
    expect(text).toContain('The Eastside clinic now sees patients without an appointment on weekday mornings');
    expect(text).not.toContain('All rights reserved');
    expect(counts).toEqual({ legal: 1 });
  });
});
