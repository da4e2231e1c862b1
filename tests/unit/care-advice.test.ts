/**
 * When to get care, on fixtures in our own words in four languages (tests/fixtures/care/), each with the same
 * traps: a "Find a doctor" menu link, an ad that says "call now", a related-article card titled "When to see a
 * doctor", a sentence saying care is not needed, and one that names doctors without saying when. The
 * expected entries are written out from the fixtures' text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findCareAdvice } from '../../lib/health/care-advice';
import { analyzeArticle } from '../../lib/index';
import type { OutlineEntry } from '../../lib/types';
import { ENGLISH, vocabularyFor } from '../../lib/vocabulary/index';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../support/dom';

afterAll(closeDocuments);

const careOf = (file: string) => analyzeArticle(jsdomDocument(readFixture(`care/${file}`), `https://health.example/${file}`))!.careAdvice;

describe('care advice in the four fixtures', () => {
  it('English: a 999 sentence and the NHS-style cards (emergency first), then the GP section; none of the traps', () => {
    expect(careOf('care-en.html')).toEqual([
      {
        text: 'If your child has a fever and a rash that does not fade when you press a glass against it, call 999 straight away.',
        urgency: 'emergency',
        sectionId: null,
      },
      {
        heading: 'Immediate action required: Call 999 or go to A&E if:',
        text: "your child is struggling to breathe or the skin between the ribs sucks in; your child's lips or tongue turn blue or grey",
        urgency: 'emergency',
        sectionId: 'h4',
      },
      {
        heading: 'Urgent advice: Ask for an urgent GP appointment or call 111 if:',
        text: 'your baby is under 3 months old and has a temperature of 38C or higher; your child is not drinking and has had no wet nappy for 12 hours',
        urgency: 'urgent',
        sectionId: 'h3',
      },
      {
        heading: 'When to see a GP',
        text: "See a GP if: the symptoms have not improved after three weeks; your child keeps getting ear pain; you are worried about your child's temperature",
        urgency: 'routine',
        sectionId: 'h2',
      },
    ]);
  });

  it('Spanish: "Acude a urgencias si …", and the "¿Cuándo acudir al médico?" section', () => {
    expect(careOf('care-es.html')).toEqual([
      { text: 'Acude a urgencias si te falta el aire o sientes dolor en el pecho.', urgency: 'emergency', sectionId: null },
      { heading: '¿Cuándo acudir al médico?', text: 'Llama a tu centro de salud el mismo día si estás embarazada y tienes fiebre alta.', urgency: 'urgent', sectionId: 'h2' },
      {
        heading: '¿Cuándo acudir al médico?',
        text: 'Pide cita con tu médico si la fiebre dura más de cuatro días o si tienes una enfermedad crónica, como diabetes o asma.',
        urgency: 'routine',
        sectionId: 'h2',
      },
    ]);
  });

  it('German: "Rufen Sie den Notruf 112, wenn …", and the "Wann zum Arzt?" section', () => {
    expect(careOf('care-de.html')).toEqual([
      { text: 'Rufen Sie den Notruf 112, wenn Sie Blut erbrechen oder kaum noch ansprechbar sind.', urgency: 'emergency', sectionId: null },
      {
        heading: 'Wann zum Arzt?',
        text: 'Suchen Sie noch am selben Tag eine Arztpraxis auf, falls Sie kaum noch Flüssigkeit bei sich behalten können.',
        urgency: 'urgent',
        sectionId: 'h2',
      },
      { heading: 'Wann zum Arzt?', text: 'Gehen Sie zu Ihrer Hausärztin, wenn der Durchfall länger als drei Tage dauert oder Sie hohes Fieber haben.', urgency: 'routine', sectionId: 'h2' },
    ]);
  });

  it('French: "Appelez le 15 si …", and the "Quand consulter ?" section', () => {
    expect(careOf('care-fr.html')).toEqual([
      { text: 'Appelez le 15 si vous avez du mal à respirer ou à avaler votre salive.', urgency: 'emergency', sectionId: null },
      { heading: 'Quand consulter ?', text: 'Consultez votre médecin rapidement si la fièvre dépasse 38,5 °C pendant plus de trois jours.', urgency: 'urgent', sectionId: 'h2' },
      { heading: 'Quand consulter ?', text: 'Prenez rendez-vous avec votre médecin lorsque les maux de gorge reviennent plusieurs fois par an.', urgency: 'routine', sectionId: 'h2' },
    ]);
  });
});

/** An article body as the pipeline leaves it: section headings carry their outline id. */
function body(html: string): { root: Element; outline: OutlineEntry[] } {
  const root = happyDocument(`<!doctype html><body><div id="root">${html}</div></body>`).getElementById('root')!;
  const outline = Array.from(root.querySelectorAll('[data-hao-id]'), (heading) => ({
    level: Number(heading.localName.slice(1)),
    text: heading.textContent!.trim(),
    id: heading.getAttribute('data-hao-id')!,
  }));
  return { root, outline };
}

describe('findCareAdvice on its own', () => {
  it('takes nothing from a card whose heading is a link, a list of menu links, or a sentence without a when', () => {
    const { root, outline } = body(`
      <p>Doctors see many colds every winter. GPs often call patients back the same day.</p>
      <h3 data-hao-id="h1"><a href="/when-to-see-a-doctor">When to See a Doctor</a></h3>
      <p>Our guide to the signs that mean it is time to see a doctor if you are unsure.</p>
      <ul><li><a href="/find-a-doctor">Find a doctor</a></li><li><a href="/a-e">A&amp;E waiting times if you need them</a></li></ul>`);
    expect(findCareAdvice(root, outline, ENGLISH)).toEqual([]);
  });

  it('takes nothing from a sentence saying care is not needed', () => {
    const { root, outline } = body(`<p>You do not usually need to see a GP if you have a cold. There's no need to call 111 when a fever comes down with paracetamol.</p>`);
    expect(findCareAdvice(root, outline, ENGLISH)).toEqual([]);
  });

  it('reads "Non-urgent advice" as routine, and lends a care heading\'s urgency to its subsections and plain paragraphs', () => {
    const { root, outline } = body(`
      <h2 data-hao-id="h1">Non-urgent advice: See a GP if:</h2><ul><li>you have had a cough for more than 3 weeks</li></ul>
      <h2 data-hao-id="h2">When to get emergency help</h2><p>Some signs cannot wait.</p>
      <h3 data-hao-id="h3">In babies</h3><p>A high-pitched cry that does not stop, or a floppy body.</p>
      <h2 data-hao-id="h4">Living with a cough</h2><p>Most coughs clear up on their own.</p>`);
    expect(findCareAdvice(root, outline, ENGLISH)).toEqual([
      { heading: 'When to get emergency help', text: 'Some signs cannot wait.', urgency: 'emergency', sectionId: 'h2' },
      { heading: 'When to get emergency help', text: 'A high-pitched cry that does not stop, or a floppy body.', urgency: 'emergency', sectionId: 'h3' },
      { heading: 'Non-urgent advice: See a GP if:', text: 'you have had a cough for more than 3 weeks', urgency: 'routine', sectionId: 'h1' },
    ]);
  });

  it('joins a sentence ending in ":" with the list after it, and reads list items on their own elsewhere', () => {
    const { root, outline } = body(`
      <p>Colds are common. Call 999 if your child:</p><ul><li>has a seizure</li><li>is hard to wake</li></ul>
      <ul><li>Talk to a pharmacist if a blocked nose stops you sleeping.</li><li>Rest and drink fluids.</li></ul>`);
    expect(findCareAdvice(root, outline, ENGLISH)).toEqual([
      { text: 'Call 999 if your child: has a seizure; is hard to wake', urgency: 'emergency', sectionId: null },
      { text: 'Talk to a pharmacist if a blocked nose stops you sleeping.', urgency: 'routine', sectionId: null },
    ]);
  });

  it('uses the words of the page\'s language: a Spanish sentence is advice only with the Spanish table', () => {
    const { root, outline } = body('<p>Consulte a su médico si la tos dura más de tres semanas.</p>');
    expect(findCareAdvice(root, outline, ENGLISH)).toEqual([]);
    expect(findCareAdvice(root, outline, vocabularyFor(['es']))).toEqual([
      { text: 'Consulte a su médico si la tos dura más de tres semanas.', urgency: 'routine', sectionId: null },
    ]);
  });
});
