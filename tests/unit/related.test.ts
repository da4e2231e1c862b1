/** The related-list collector on small pages in our own words, one shape of card per test. */
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../lib/page/normalize';
import { collectRelated } from '../../lib/extraction/related';
// Every language table, as the CLI has them (lib/index.ts registers them; this file reads the vocabulary directly).
import '../../lib/vocabulary/tables';
import { vocabularyFor } from '../../lib/vocabulary/index';
import { closeDocuments, happyDocument } from '../support/dom';

afterAll(closeDocuments);

const URL = 'https://clinicnotes.example/sleep/insomnia-basics';
const PROSE =
  'Short-term insomnia usually follows a stressful week, a new baby or a long-haul flight, and it tends to settle once the cause passes. Keeping the same wake-up time every day, even after a bad night, is the habit sleep clinics recommend first.';

function related(body: string) {
  const doc = happyDocument(`<!DOCTYPE html><html><head><title>Insomnia basics</title></head><body>${body}</body></html>`, URL);
  const scan = prepareDocument(doc);
  return collectRelated(doc, doc.baseURI, URL, scan);
}

describe('related lists', () => {
  it('leaves out site-wide charts ("Most popular", "Trending"), and lists "More on …" and "More from <section>"', () => {
    const list = (heading: string) =>
      `<section><h2>${heading}</h2><ul><li><a href="/a/one">Seven habits of people who sleep well</a></li><li><a href="/a/two">Why caffeine lingers longer than you think</a></li></ul></section>`;
    const { items, containers } = related(`
      <article><h1>Insomnia basics</h1><p>${PROSE}</p></article>
      ${list('Most popular')}${list('Trending now')}`);
    // Both charts go from the text, and neither is listed.
    expect(items).toEqual([]);
    expect(containers.map(({ element, group }) => [element.querySelector('h2')?.textContent, group])).toEqual([
      ['Most popular', 'charts'],
      ['Trending now', 'charts'],
    ]);
    for (const heading of ['More on sleep', 'More from Sleep Health']) {
      expect(related(`<article><h1>Insomnia basics</h1><p>${PROSE}</p></article>${list(heading)}`).items.map((item) => item.title)).toEqual([
        'Seven habits of people who sleep well',
        'Why caffeine lingers longer than you think',
      ]);
    }
  });

  it('finds the list after a heading wrapped alone in several divs', () => {
    const { items } = related(`
      <article><h1>Insomnia basics</h1><p>${PROSE}</p></article>
      <div><div class="w1"><div class="w2"><div class="w3"><h3>Read this next</h3></div><section></section></div></div>
        <ul>
          <li><a href="/sleep/melatonin-for-adults">What melatonin can and cannot do for adults</a></li>
          <li><a href="/sleep/napping-and-night-sleep">Does an afternoon nap ruin night-time sleep?</a></li>
        </ul></div>`);
    expect(items.map((item) => item.title)).toEqual(['What melatonin can and cannot do for adults', 'Does an afternoon nap ruin night-time sleep?']);
  });

  it('reads a card that is one link around title, summary and "Read now"', () => {
    const card = (href: string, title: string, summary: string) =>
      `<div class="card"><a href="${href}"><img src="/img/x.jpg" alt=""><span class="title">${title}</span> <span class="summary">${summary}</span> <span class="more">Read now</span></a></div>`;
    const { items } = related(`
      <article><h1>Insomnia basics</h1><p>${PROSE}</p></article>
      <section><h2>Related coverage</h2>
        ${card('/sleep/screens-at-night', 'Screens at night: how much do they matter?', 'A look at what the studies on phones, tablets and bedtime actually measured.')}
        ${card('/sleep/shift-work', 'Sleeping well on rotating shifts', 'Practical ways nurses and factory workers protect their sleep between night shifts.')}
      </section>`);
    expect(items).toEqual([
      {
        title: 'Screens at night: how much do they matter?',
        url: 'https://clinicnotes.example/sleep/screens-at-night',
        summary: 'A look at what the studies on phones, tablets and bedtime actually measured.',
      },
      {
        title: 'Sleeping well on rotating shifts',
        url: 'https://clinicnotes.example/sleep/shift-work',
        summary: 'Practical ways nurses and factory workers protect their sleep between night shifts.',
      },
    ]);
  });

  it('takes the title from the first link, not the longest, and never a byline as summary; keeps the richer duplicate', () => {
    const card = (href: string, title: string, excerpt: string) =>
      `<li><a href="${href}">${title}</a><div>Written by Noor Haddad, RN</div><p><a href="${href}">${excerpt}</a></p><a href="${href}">READ MORE</a></li>`;
    const { items } = related(`
      <article><h1>Insomnia basics</h1><p>${PROSE}</p></article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="/sleep/caffeine-timing">When to stop drinking coffee for better sleep</a></li>
        <li><a href="/sleep/weighted-blankets">Do weighted blankets help anxious sleepers?</a></li>
      </ul></aside>
      <div><h3>Read this next</h3><ul>
        ${card('/sleep/caffeine-timing', 'When to stop drinking coffee for better sleep', 'Caffeine lingers for hours after the last cup; this is how long, and why it varies from person to person.')}
        ${card('/sleep/weighted-blankets', 'Do weighted blankets help anxious sleepers?', 'The evidence for heavy blankets is thin but not empty. Here is what the small trials found so far.')}
      </ul></div>`);
    expect(items).toEqual([
      {
        title: 'When to stop drinking coffee for better sleep',
        url: 'https://clinicnotes.example/sleep/caffeine-timing',
        summary: 'Caffeine lingers for hours after the last cup; this is how long, and why it varies from person to person.',
      },
      {
        title: 'Do weighted blankets help anxious sleepers?',
        url: 'https://clinicnotes.example/sleep/weighted-blankets',
        summary: 'The evidence for heavy blankets is thin but not empty. Here is what the small trials found so far.',
      },
    ]);
  });

  it('never takes an article with a "related" heading or class for a list of links', () => {
    const { items, containers } = related(`
      <div class="related-wrapper"><article><h1>Insomnia basics</h1>
        <p>${PROSE} See <a href="/sleep/cbt-i">CBT for insomnia</a> and <a href="/sleep/hygiene">sleep hygiene</a>.</p>
        <h2>Related conditions</h2><p>${PROSE}</p><p>${PROSE}</p></article></div>`);
    expect(containers).toEqual([]);
    expect(items).toEqual([]);
  });
});

describe('related reading found by what it is', () => {
  const relatedIn = (body: string, lang = 'en', url = URL) => {
    const doc = happyDocument(`<!DOCTYPE html><html lang="${lang}"><head><title>Insomnia basics</title></head><body>${body}</body></html>`, url);
    const scan = prepareDocument(doc);
    return collectRelated(doc, doc.baseURI, url, scan, vocabularyFor([lang]));
  };
  const article = `<article><h1>Insomnia basics</h1><p>${PROSE}</p><p>${PROSE}</p></article>`;

  it('a label that is a plain div over cards, in the page\'s language ("Berita Terkait"), and an inline box ("Baca juga:")', () => {
    const { items, containers } = relatedIn(
      `<article><h1>Insomnia basics</h1><p>${PROSE}</p>
        <div class="box"><strong>Baca juga:</strong> <a href="/tidur/tidur-siang">Berapa lama tidur siang yang ideal?</a></div><p>${PROSE}</p></article>
       <section><div class="t">Berita Terkait</div><div><article><h3><a href="/tidur/apnea">Apnea tidur dan tanda yang perlu diperiksa</a></h3></article>
        <article><h3><a href="/tidur/kopi">Kapan berhenti minum kopi agar tidur nyenyak</a></h3></article></div></section>`,
      'id',
    );
    expect(items.map((item) => item.url)).toEqual([
      'https://clinicnotes.example/tidur/tidur-siang',
      'https://clinicnotes.example/tidur/apnea',
      'https://clinicnotes.example/tidur/kopi',
    ]);
    expect(containers.map((container) => container.group)).toEqual(['related', 'related']);
  });

  it('a bracketed headline link in a paragraph is a related item, and its brackets go with it', () => {
    const doc = happyDocument(`<!DOCTYPE html><html><head><title>Insomnia basics</title></head><body><article><h1>Insomnia basics</h1><p>Keep the same wake-up time. [<a href="/sleep/seven-sleep-myths">Seven myths about sleep, checked</a>] It helps within a week.</p></article></body></html>`, URL);
    const scan = prepareDocument(doc);
    const { items, containers } = collectRelated(doc, doc.baseURI, URL, scan);
    expect(items).toEqual([{ title: 'Seven myths about sleep, checked', url: 'https://clinicnotes.example/sleep/seven-sleep-myths' }]);
    for (const { element } of containers) element.remove();
    expect(doc.querySelector('p')?.textContent).toBe('Keep the same wake-up time.  It helps within a week.');
  });

  it('a list of headline links between the body\'s paragraphs, without a label, is related reading', () => {
    const { items } = relatedIn(`<article><h1>Insomnia basics</h1><p>${PROSE}</p>
      <ul><li><a href="/sleep/jet-lag">How to beat jet lag on the way east</a></li><li>GUIDE: <a href="/sleep/hygiene">Ten habits for a steady night</a></li></ul><p>${PROSE}</p></article>`);
    expect(items.map((item) => item.title)).toEqual(['How to beat jet lag on the way east', 'Ten habits for a steady night']);
  });

  it('an unlabelled list beside the article counts only when it is on the article\'s topic', () => {
    const list = (titles: string[]) => `<aside><ul>${titles.map((title, index) => `<li><a href="/a/${index}">${title}</a></li>`).join('')}</ul></aside>`;
    expect(relatedIn(`${article}${list(['Insomnia in older adults: what changes', 'Insomnia after a bereavement', 'Sleeping pills and insomnia: the evidence'])}`).items).toHaveLength(3);
    expect(relatedIn(`${article}${list(['The best running shoes of the year', 'A weekend in the mountains', 'Five recipes with lentils'])}`).items).toEqual([]);
  });

  it('same site across country domains; never other sites, author pages, tag pages or the page itself', () => {
    const { items } = relatedIn(
      `${article}<section><h2>Related stories</h2><ul>
        <li><a href="https://www.clinicnotes.co.uk/sleep/naps">Short naps for shift workers who sleep badly</a></li>
        <li><a href="https://adnetwork.example/sleep">Sleep better with this one weird trick</a></li>
        <li><a href="/authors/noor-haddad">Noor Haddad, sleep nurse and writer</a></li>
        <li><a href="/tags/insomnia">Insomnia news and features archive</a></li>
        <li><a href="${URL}">Insomnia basics for everyone who sleeps badly</a></li>
      </ul></section>`,
    );
    expect(items.map((item) => item.url)).toEqual(['https://www.clinicnotes.co.uk/sleep/naps']);
  });

  it('a label set in two parts ("Read more" / "about sleep") introduces the list after both, inside the body', () => {
    const { items, containers } = relatedIn(`<article><h1>Insomnia basics</h1><p>${PROSE}</p>
      <div class="read_more"><div class="label"><p>Read more</p><p>about sleep</p></div>
        <ul><li><a href="/sleep/jet-lag">How to beat jet lag on the way east</a></li><li><a href="/sleep/naps">Short naps for shift workers</a></li></ul></div>
      <p>${PROSE}</p></article>`);
    expect(items.map((item) => item.url)).toEqual(['https://clinicnotes.example/sleep/jet-lag', 'https://clinicnotes.example/sleep/naps']);
    expect(containers.map(({ element, group }) => [element.className, group])).toEqual([['read_more', 'related']]);
  });

  it('under a label, a two-word title among headlines is an article too; a list of mostly two-word names is not', () => {
    const list = (titles: string[]) =>
      `${article}<section><h2>Mehr zum Thema</h2><ul>${titles.map((title, index) => `<li><a href="/schlaf/a-${index}">${title}</a></li>`).join('')}</ul></section>`;
    expect(relatedIn(list(['Achtung, ansteckend!', 'Wie Schlafmangel das Immunsystem schwächt', 'Was Schichtarbeit mit dem Körper macht']), 'de').items.map((item) => item.title)).toEqual([
      'Achtung, ansteckend!',
      'Wie Schlafmangel das Immunsystem schwächt',
      'Was Schichtarbeit mit dem Körper macht',
    ]);
    expect(relatedIn(list(['Schlaf', 'Gesunde Ernährung', 'Psychische Gesundheit', 'Wie Schlafmangel das Immunsystem schwächt']), 'de').items).toEqual([]);
  });

  it('a card list beside the article: picture and headline link one article, a short link beside it names its section', () => {
    const card = (path: string, title: string, section: string, sectionPath: string) =>
      `<li><a href="${path}"><img src="/img/x.jpg" alt=""></a><div><a href="${path}">${title}</a></div><a href="${sectionPath}">${section}</a></li>`;
    const { items } = relatedIn(`${article}<aside><h5>Sleep essentials</h5><ul>
      ${card('/od/insomnia-causes/a/overview.htm', 'What causes insomnia, and how long it lasts', 'Insomnia Causes', '/od/insomnia-causes/')}
      ${card('/od/insomnia-treatment/a/cbt.htm', 'CBT for insomnia: what a course looks like', 'Insomnia Treatment', '/od/treatment/')}
      ${card('/od/sleep-tips/a/routine.htm', 'An evening routine for people with insomnia', 'Sleep Tips', '/od/sleep-tips/')}
    </ul></aside>`);
    expect(items).toEqual([
      { title: 'What causes insomnia, and how long it lasts', url: 'https://clinicnotes.example/od/insomnia-causes/a/overview.htm' },
      { title: 'CBT for insomnia: what a course looks like', url: 'https://clinicnotes.example/od/insomnia-treatment/a/cbt.htm' },
      { title: 'An evening routine for people with insomnia', url: 'https://clinicnotes.example/od/sleep-tips/a/routine.htm' },
    ]);
    // Two articles in one entry are not one card.
    expect(relatedIn(`${article}<aside><ul>${[1, 2, 3].map((n) => `<li><a href="/a/insomnia-${n}">Insomnia and the body, part ${n}</a> <a href="/b/insomnia-${n}">Insomnia at work, part ${n}</a></li>`).join('')}</ul></aside>`).items).toEqual([]);
  });

  it('a headline that opens with label words ("Don\'t miss these …") is a headline, and "Readers recommend" is a chart', () => {
    const { items, containers } = relatedIn(`${article}<aside><h5>Readers Recommend</h5><ul>
      <li><a href="/sleep/signs">Don't Miss These Early Signs of Insomnia</a></li>
      <li><a href="/sleep/pain">When Is Insomnia Serious?</a></li>
      <li><a href="/sleep/stages">The Stages of Insomnia: What to Expect</a></li></ul></aside>`);
    expect(items).toEqual([]);
    expect(containers.map(({ element, group }) => [element.localName, group])).toEqual([['aside', 'charts']]);
  });

  it('a sidebar naming the site is site-wide; in a column of widgets each label has only what follows it', () => {
    const teaser = (path: string, title: string) => `<div class="teaser"><a href="${path}">${title}</a></div>`;
    const { items, containers } = relatedIn(`${article}<div class="sidebar">
      <h3>Recommended for you</h3><div class="shell"></div>
      <aside><h3>More from Clinic Notes</h3>${teaser('/news/budget', 'Council budget vote delayed again after protest')}
        <h3>Latest</h3>${teaser('/sport/final', 'Late goal settles a tense cup final in the rain')}</aside></div>
      <div class="box"><h3>More from Clinic Notes</h3><ul><li><a href="/sleep/naps">Short naps for shift workers who sleep badly</a></li></ul></div>`);
    expect(items.map((item) => item.url)).toEqual(['https://clinicnotes.example/sleep/naps']);
    expect(containers.map(({ element, group }) => [element.className, group])).toEqual([
      ['shell', 'related'],
      ['teaser', 'charts'],
      ['teaser', 'charts'],
      ['box', 'related'],
    ]);
  });

  it('a linked headline that opens like a label ("More about …") is an item, and the section heading after it stays', () => {
    const doc = happyDocument(`<!DOCTYPE html><html><head><title>Insomnia basics</title></head><body><article><h1>Insomnia basics</h1><p>${PROSE}</p>
      <ul><li><a href="/sleep/cbt-i">More about CBT for insomnia and how it works</a></li></ul>
      <h3>Resistance to treatment</h3><p>${PROSE}</p></article></body></html>`, URL);
    const { items, containers } = collectRelated(doc, doc.baseURI, URL, prepareDocument(doc));
    expect(items).toEqual([{ title: 'More about CBT for insomnia and how it works', url: 'https://clinicnotes.example/sleep/cbt-i' }]);
    expect(containers.map(({ element }) => element.localName)).toEqual(['ul']);
  });

  it('a related label over no links is an empty shell: removed, nothing listed', () => {
    const { items, containers } = relatedIn(`${article}<section><h2>Read next</h2><div><article><h3>Clinic Notes brings you the stories that matter</h3></article></div></section>`);
    expect(items).toEqual([]);
    expect(containers.map(({ element, group }) => [element.localName, group])).toEqual([['section', 'related']]);
  });
});
