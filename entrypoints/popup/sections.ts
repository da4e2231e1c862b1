/** The report's lists below the outline: key points, related reading and sources. */
import type { KeyPoint, OutlineEntry, RelatedItem, SourceEntry } from '../../lib/types';
import { dateElement, externalLink, h, sourceUrl, t } from '../../utils/ui';

/** A titled section; its head is a row, so a section can carry its own action button beside the title. */
export function section(id: string, title: string, ...content: (Node | false | null)[]): HTMLElement {
  return h(
    'section',
    { class: `section section--${id}`, 'aria-labelledby': `${id}-heading` },
    h('div', { class: 'section-head' }, h('h2', { id: `${id}-heading` }, title)),
    ...content,
  );
}

/** Key points; a point from a known section is a button that scrolls the page there. */
export function renderKeyPoints(points: KeyPoint[], outline: OutlineEntry[], goTo: (entry: OutlineEntry) => void): HTMLElement {
  return h(
    'ul',
    { class: 'key-points' },
    ...points.map((point) => {
      const entry = outline.find((candidate) => candidate.id === point.sectionId);
      if (!entry) return h('li', {}, h('span', { class: 'point' }, point.text));
      const button = h('button', { type: 'button', class: 'point' }, point.text);
      button.addEventListener('click', () => goTo(entry));
      return h('li', {}, button);
    }),
  );
}

export function renderRelated(related: RelatedItem[], locale: string): HTMLElement {
  return h(
    'ul',
    { class: 'related' },
    ...related.map((item) =>
      h(
        'li',
        {},
        externalLink(item.url, item.title),
        item.summary && h('p', { class: 'summary' }, item.summary),
        item.date && h('p', { class: 'date' }, dateElement(item.date, locale)),
      ),
    ),
  );
}

/** Sources fold away: they can be long, and most readers want them only to check a claim. */
export function renderSources(sources: SourceEntry[]): HTMLElement {
  return h(
    'details',
    { class: 'section sources' },
    h('summary', {}, t('sourcesHeading', String(sources.length))),
    h(
      'ol',
      {},
      ...sources.map((source) => {
        const url = sourceUrl(source);
        return h('li', {}, url ? externalLink(url, source.text) : source.text);
      }),
    ),
  );
}
