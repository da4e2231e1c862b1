/** The outline sidebar: jumps to a section on click and marks the section being read. */
import type { OutlineEntry } from '../../lib/types';
import { h, nestedOutline, t } from '../../utils/ui';
import { SECTION_ID_PREFIX } from './render';

/** A heading counts as "being read" once it has risen above this share of the window's height. */
const READING_LINE = 0.25;

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls to a section's heading and moves keyboard focus there, so reading (and tabbing) goes on from it. */
export function jumpToSection(sectionId: string): boolean {
  const heading = document.getElementById(`${SECTION_ID_PREFIX}${sectionId}`);
  if (!heading) return false;
  heading.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}

/** Only entries whose heading made it into the reader: an outline link must always lead somewhere. */
function shownEntries(outline: OutlineEntry[], body: HTMLElement): OutlineEntry[] {
  return outline.filter((entry) => body.querySelector(`#${CSS.escape(SECTION_ID_PREFIX + entry.id)}`));
}

/** Marks the outline link of the section whose heading last passed the reading line (none in the introduction). */
function markCurrent(nav: HTMLElement, headings: HTMLElement[]): void {
  let current: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= innerHeight * READING_LINE) current = heading;
    else break;
  }
  for (const link of Array.from(nav.querySelectorAll('a[aria-current]'))) link.removeAttribute('aria-current');
  const link = current && nav.querySelector(`a[href="#${CSS.escape(current.id)}"]`);
  link?.setAttribute('aria-current', 'location');
}

/** Fills the sidebar; returns false when the article has no sections to list. */
export function renderOutline(nav: HTMLElement, outline: OutlineEntry[], body: HTMLElement): boolean {
  const entries = shownEntries(outline, body);
  nav.querySelector('ol, .outline__empty')?.remove();
  if (!entries.length) {
    nav.append(h('p', { class: 'outline__empty' }, t('outlineEmpty')));
    return false;
  }
  nav.append(nestedOutline(entries, (entry) => h('a', { href: `#${SECTION_ID_PREFIX}${entry.id}`, 'data-section-link': entry.id }, entry.text)));
  const headings = entries.map((entry) => document.getElementById(SECTION_ID_PREFIX + entry.id)!);
  // The observer says when a heading crosses the reading line; which section is current is then read from
  // the headings' positions.
  const observer = new IntersectionObserver(() => markCurrent(nav, headings), {
    rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px`,
  });
  for (const heading of headings) observer.observe(heading);
  // A jump (Home, a link, scrollTo) can carry a heading across the line between two frames without the
  // observer seeing it intersect: settle the mark again when scrolling ends.
  addEventListener('scrollend', () => markCurrent(nav, headings));
  markCurrent(nav, headings);
  return true;
}
