/** The outline: the article's own headings, each at the level it acts as; deks, kickers and lead-ins are none. */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/index';
import { closeDocuments, happyDocument } from '../support/dom';

afterAll(closeDocuments);

const P = (topic: string) =>
  `<p>Nurses explain ${topic} before discharge, and most families find it easier than they feared once they have tried it twice with someone watching. Writing each step on a card by the bed helps in the first week at home.</p>`;
const outline = (body: string) =>
  analyzeArticle(happyDocument(`<!doctype html><html><head><title>Caring for a wound at home</title></head><body><article><h1>Caring for a wound at home</h1>${body}</article></body></html>`, 'https://clinicnotes.example/wounds/home-care'))?.outline.map(
    ({ level, text }) => `${level} ${text}`,
  );

describe('outline levels', () => {
  it('h3 sections right under the title act as top sections (2), their h5 subsections as 3', () => {
    expect(outline(`${P('dressings')}<h3>Changing the dressing</h3>${P('the dressing')}<h5>What you need</h5>${P('supplies')}<h3>Signs of infection</h3>${P('infection')}`)).toEqual([
      '2 Changing the dressing',
      '3 What you need',
      '2 Signs of infection',
    ]);
  });
});

describe('what is no heading', () => {
  it('a dek the page classes as one, and a sentence-long first heading that heads no section', () => {
    expect(outline(`<h2 class="story-dek">A district nurse on the five minutes a day that keep a wound clean</h2>${P('cleaning')}<h2>Changing the dressing</h2>${P('the dressing')}`)).toEqual([
      '2 Changing the dressing',
    ]);
    expect(outline(`<h3>A district nurse on the five minutes a day that keep a wound clean</h3>${P('cleaning')}${P('drying')}`)).toEqual([]);
  });

  it('a bold question heads the answer after it, even at three sentences; a bold lead-in of a sentence does not', () => {
    expect(
      outline(
        `${P('questions')}<p><strong>You changed dressings for years. What do families get wrong? And what should they never skip?</strong></p>${P('mistakes')}<p><strong>In short,</strong> keep it dry and covered for the first two days.</p>${P('bathing')}<p><strong>When should they call?</strong></p>${P('warning signs')}`,
      ),
    ).toEqual(['2 You changed dressings for years. What do families get wrong? And what should they never skip?', '2 When should they call?']);
  });
});

describe('a section heading Readability leaves outside the block it takes', () => {
  it('is put back at the top of the article', () => {
    const body = `<section><h2>Abstract</h2><div class="content"><h3>Background</h3>${P('background')}<h3>Results</h3>${P('results')}${P('more results')}</div></section>`;
    expect(outline(body)).toEqual(['2 Abstract', '3 Background', '3 Results']);
  });
});

describe('promos', () => {
  it('a heading that is one link to another story is no section of this one', () => {
    expect(outline(`${P('dressings')}<h2>Changing the dressing</h2>${P('the dressing')}<h3><a href="/wounds/burns-first-aid">First aid for small burns at home</a></h3>${P('more')}<h2><a href="#signs">Signs of infection</a></h2>${P('infection')}`)).toEqual([
      '2 Changing the dressing',
      '2 Signs of infection',
    ]);
  });
});
