/**
 * The hostile-page fixture set (tests/fixtures/hostile/): readable articles in our own words carrying payloads
 * of public XSS vector classes. Every payload names itself: if it ran (or loaded), it would request
 * `/hit?vector=NAME` from the test site and set `data-pwned="NAME"` on the document.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, readFixture } from './dom';

export const HOSTILE_DIR = 'hostile';
/** Stands for the test site's origin in the fixtures; the site (or a unit test) fills it in. */
export const ORIGIN_PLACEHOLDER = /__TEST_ORIGIN__/g;

export interface HostilePage {
  file: string;
  title: string;
  /** The section headings the reader must still show, in order. */
  outline: string[];
  /** Sentences of the article that must survive sanitizing, exactly. */
  sentences: string[];
  /** How many findings `dangerousConstructs` reports on the page's body as written. */
  rawFindings: number;
  /** For a page whose payloads sit in the lists beside the article: what the report keeps of them, exactly. */
  lists?: {
    keyPoints: string[];
    /** Each source's link, or null where the page's link had another scheme. */
    sourceUrls: (string | null)[];
    /** Titles of the related articles with web links, in order (each relative to the test site's origin). */
    related: { title: string; path: string }[];
  };
}

export const HOSTILE_PAGES: HostilePage[] = [
  {
    file: 'event-handlers.html',
    title: 'Sleep and recovery after a long illness',
    outline: ['Why sleep changes after illness', 'Building a steady routine', 'When to ask for help'],
    sentences: [
      'Once the illness ends the rhythm takes a few weeks to settle again.',
      'A nap of twenty to thirty minutes early in the afternoon rarely harms night-time sleep.',
      'A sleep diary kept for two weeks gives your doctor a clear picture of what is happening and what to try first.',
    ],
    rawFindings: 19,
  },
  {
    file: 'urls-and-embeds.html',
    title: 'Reading a food label for salt',
    outline: ['Salt or sodium?', 'High, medium or low', 'Using the label when shopping'],
    sentences: [
      'Adults are advised to eat no more than 6 grams of salt a day, about one level teaspoon.',
      'Bread, breakfast cereal, cheese, cured meat and ready meals supply most of the salt in a typical diet, so compare brands of those first.',
      'Herbs, spices, lemon and garlic add flavour without salt, and taste buds adjust to less salt within a few weeks.',
    ],
    rawFindings: 47,
  },
  {
    file: 'clobbering-and-mxss.html',
    title: 'Walking for a healthier heart',
    outline: ['How much is enough', 'Starting safely', 'Keeping it going'],
    sentences: [
      'Short walks count: three ten-minute walks give much the same benefit as one thirty-minute walk.',
      'Start with what feels comfortable and add five minutes every week.',
      'After a few months most people walk faster and further without trying, which is a sign the heart and muscles have adapted.',
    ],
    rawFindings: 28,
  },
  {
    file: 'related-sources-keypoints.html',
    title: 'Drinking enough in hot weather',
    outline: ['How much to drink', 'Signs of falling behind'],
    sentences: [
      'There is no single right amount.',
      'Dark urine, a dry mouth, headache, tiredness and dizziness when standing up are early signs of dehydration.',
      'Confusion, a racing heart or fainting are more serious, and need medical help straight away.',
    ],
    rawFindings: 24,
    lists: {
      keyPoints: [
        'Thirst lags behind need in the heat, so drink regularly through the day rather than waiting to feel thirsty.',
        'Pale yellow urine is a simple sign that you are drinking enough.',
        'Water is the best everyday drink; sugary and alcoholic drinks add little and can make things worse.',
      ],
      sourceUrls: [null, null, 'https://doi.org/10.5555/fixture.2018.003'],
      related: [
        { title: 'Do you need electrolyte drinks?', path: '/hostile/electrolytes.html' },
        { title: 'Heat and older adults', path: '/hostile/older-adults-heat.html' },
      ],
    },
  },
];

/** A hostile page's HTML with its beacon pointed at `origin`. */
export function hostilePage(file: string, origin: string): string {
  return readFixture(path.join(HOSTILE_DIR, file)).replace(ORIGIN_PLACEHOLDER, origin);
}

/** The name of every payload in the set (URL-encoded ones inside data: URLs included), sorted. */
export function payloadVectors(): string[] {
  const files = readdirSync(path.join(FIXTURES, HOSTILE_DIR)).filter((file) => file.endsWith('.html'));
  const names = files.flatMap((file) => Array.from(readFixture(path.join(HOSTILE_DIR, file)).matchAll(/vector(?:=|%3D)([a-z-]+)/g), (match) => match[1]!));
  return [...new Set(names)].sort();
}

/**
 * What must never be left in shown article markup: elements that run, frame, submit, restyle or load, event
 * handlers, script or data URLs in links and sources, unprefixed ids and names (DOM clobbering), and links that
 * could reach back to the reader. Self-contained, so end-to-end tests can run it inside the reader page too
 * (given a selector there).
 * Returns one line per finding; an empty list means clean.
 */
export function dangerousConstructs(rootOrSelector: ParentNode | string): string[] {
  const root = typeof rootOrSelector === 'string' ? document.querySelector(rootOrSelector) : rootOrSelector;
  if (!root) return [`nothing matches ${String(rootOrSelector)}`];
  const forbiddenElements = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'form', 'input', 'button',
    'textarea', 'select', 'style', 'link', 'template', 'noscript', 'video', 'audio', 'track', 'animate', 'set',
    'animatetransform', 'animatemotion', 'handler', 'listener',
  ]);
  const forbiddenAttributes = new Set(['style', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster']);
  const urlAttributes = new Set(['href', 'xlink:href', 'src', 'data', 'action', 'formaction', 'poster', 'srcset', 'to', 'values', 'from', 'by']);
  const findings: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName.toLowerCase();
    if (forbiddenElements.has(name)) findings.push(`<${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      const compact = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (attributeName.startsWith('on')) findings.push(`${attributeName} on <${name}>`);
      if (forbiddenAttributes.has(attributeName)) findings.push(`${attributeName} on <${name}>`);
      if (urlAttributes.has(attributeName) && /^(javascript|vbscript|data):/.test(compact) && !(name === 'img' && /^data:image\/(png|gif|jpeg|webp);/.test(compact))) {
        findings.push(`${compact.slice(0, compact.indexOf(':') + 1)} URL in ${attributeName} on <${name}>`);
      }
      if ((attributeName === 'id' || attributeName === 'name') && !/^(user-content-|section-h\d+$)/.test(attribute.value)) {
        findings.push(`unprefixed ${attributeName}="${attribute.value}" on <${name}>`);
      }
    }
    if (name === 'a' && element.hasAttribute('href')) {
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (element.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer')) {
        findings.push(`link to ${element.getAttribute('href')} without target=_blank rel="noopener noreferrer"`);
      }
    }
  }
  return findings;
}

/**
 * Every address under `rootOrSelector` that is not a web address (http or https): in links, images, sources
 * and any other URL attribute. The reader's own jumps to its sections (`#section-…`) are its own, not the
 * page's. Self-contained, for the browser too. An empty list means only web addresses are left.
 */
export function nonWebAddresses(rootOrSelector: ParentNode | string): string[] {
  const root = typeof rootOrSelector === 'string' ? document.querySelector(rootOrSelector) : rootOrSelector;
  if (!root) return [`nothing matches ${String(rootOrSelector)}`];
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (!['href', 'xlink:href', 'src', 'srcset', 'cite', 'poster', 'action', 'formaction', 'data', 'background', 'ping', 'longdesc'].includes(name)) continue;
      const addresses = name === 'srcset' ? attribute.value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [attribute.value];
      for (const address of addresses) {
        if (name === 'href' && /^#section-h\d+$/.test(address)) continue;
        if (!/^https?:\/\//i.test(address.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}="${address.slice(0, 60)}" on <${element.localName}>`);
      }
    }
  }
  return found;
}

/**
 * Gives every payload that waits for the user its chance, inside `selector`: pointer and focus events on
 * every element and, with `activate`, a click on every link that does not lead to a web page and a submit
 * of every form. Self-contained, for the browser. Web links are not clicked: they only open the page's
 * addresses.
 */
export function provokePayloads({ selector, activate }: { selector: string; activate: boolean }): number {
  const root = document.querySelector(selector);
  if (!root) return 0;
  let provoked = 0;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin']) element.dispatchEvent(new Event(type, { bubbles: type !== 'mouseenter' && type !== 'focus' }));
    element.focus?.();
    provoked += 1;
  }
  if (!activate) return provoked;
  for (const link of Array.from(root.querySelectorAll('[href]'))) {
    if (!/^https?:/i.test(link.getAttribute('href') ?? '')) link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
  for (const form of Array.from(root.querySelectorAll('form'))) form.requestSubmit();
  return provoked;
}
