import { describe, expect, it } from 'vitest';
import { outlineMarkdown, outlinePlainText } from '../../lib/output/format';
import { outlineDepths } from '../../lib/output/outline';
import type { OutlineEntry } from '../../lib/types';
import { ENGLISH_LABELS, outlineLabelsFor } from '../support/labels';

const entry = (level: number, text: string): OutlineEntry => ({ level, text, id: `h${level}` });

const report = {
  title: 'Iron *and* the [teen] athlete',
  url: 'https://example.test/iron',
  outline: [entry(2, 'Why iron matters'), entry(3, 'Signs of low iron'), entry(4, 'Fatigue'), entry(2, '1. Testing'), entry(3, 'Ferritin (stores)')],
  related: [
    { title: 'Sports [drinks] and teeth', url: 'https://example.test/a_(b) c' },
    { title: 'Sleep', url: 'https://example.test/sleep', summary: 'Ignored in the outline copy.', date: '2025-01-02' },
  ],
};

describe('outline depths', () => {
  it('nest each heading under the nearest earlier heading of a smaller level', () => {
    expect(outlineDepths([entry(2, 'a'), entry(4, 'b'), entry(3, 'c'), entry(2, 'd'), entry(1, 'e'), entry(3, 'f')])).toEqual([0, 1, 1, 0, 0, 1]);
  });
});

/** The sample report's outline and related links as each format writes them; the facts tests add around them. */
const MARKDOWN_OUTLINE = ['- Why iron matters', '  - Signs of low iron', '    - Fatigue', '- 1\\. Testing', '  - Ferritin (stores)'];
const MARKDOWN_RELATED = ['## Related articles', '', '- [Sports \\[drinks\\] and teeth](https://example.test/a_%28b%29%20c)', '- [Sleep](https://example.test/sleep)', ''];
const TEXT_OUTLINE = ['Why iron matters', '    Signs of low iron', '        Fatigue', '1. Testing', '    Ferritin (stores)'];
const TEXT_RELATED = ['Related articles', '    Sports [drinks] and teeth (https://example.test/a_(b) c)', '    Sleep (https://example.test/sleep)', ''];

describe('outline copy formats', () => {
  it('Markdown: title line, source, nested list, related links, with markup escaped', () => {
    expect(outlineMarkdown(report, ENGLISH_LABELS)).toBe(
      [
        '# Iron \\*and\\* the \\[teen\\] athlete',
        '',
        'Source: <https://example.test/iron>',
        '',
        ...MARKDOWN_OUTLINE,
        '',
        ...MARKDOWN_RELATED,
      ].join('\n'),
    );
  });

  it('plain text: the same content, indented, nothing escaped', () => {
    expect(outlinePlainText(report, ENGLISH_LABELS)).toBe(
      [
        'Iron *and* the [teen] athlete',
        'https://example.test/iron',
        '',
        ...TEXT_OUTLINE,
        '',
        ...TEXT_RELATED,
      ].join('\n'),
    );
  });

  const healthReport = {
    ...report,
    reviewedBy: 'Ana *Ruiz*, MD',
    published: '2024-01-05',
    modified: '2024-03-01',
    lastReviewed: '2024-02-20',
    nextReview: '2027-02-20',
    keyPoints: [
      { text: 'Ferritin is the test that finds low iron before anemia.', sectionId: 'h2' },
      { text: '1. Eat [iron] with vitamin C.', sectionId: null },
    ],
    sources: [{ text: 'A study.' }, { text: 'Another study.', doi: '10.1000/x' }, { text: 'A fact sheet.' }],
  };

  /** The health report's Markdown up to the end of its outline, and its key points. */
  const MARKDOWN_HEALTH_HEAD = [
    '# Iron \\*and\\* the \\[teen\\] athlete',
    '',
    'Source: <https://example.test/iron>',
    '',
    'Medically reviewed by Ana \\*Ruiz\\*, MD · Published Jan 5, 2024 · Updated Mar 1, 2024 · Last reviewed Feb 20, 2024 · Next review due Feb 20, 2027',
    '',
    'Sources: 3',
    '',
    ...MARKDOWN_OUTLINE,
    '',
  ];
  const MARKDOWN_KEY_POINTS = ['## Key points', '', '- Ferritin is the test that finds low iron before anemia.', '- 1\\. Eat \\[iron\\] with vitamin C.', ''];

  it('Markdown: the facts line and "Sources: N" follow the source, key points follow the outline', () => {
    expect(outlineMarkdown(healthReport, ENGLISH_LABELS)).toBe(
      [
        ...MARKDOWN_HEALTH_HEAD,
        ...MARKDOWN_KEY_POINTS,
        ...MARKDOWN_RELATED,
      ].join('\n'),
    );
  });

  it('plain text: the facts and sources lines under the URL, key points as an indented block', () => {
    expect(outlinePlainText(healthReport, ENGLISH_LABELS)).toBe(
      [
        'Iron *and* the [teen] athlete',
        'https://example.test/iron',
        'Medically reviewed by Ana *Ruiz*, MD · Published Jan 5, 2024 · Updated Mar 1, 2024 · Last reviewed Feb 20, 2024 · Next review due Feb 20, 2027',
        'Sources: 3',
        '',
        ...TEXT_OUTLINE,
        '',
        'Key points',
        '    Ferritin is the test that finds low iron before anemia.',
        '    1. Eat [iron] with vitamin C.',
        '',
        ...TEXT_RELATED,
      ].join('\n'),
    );
  });

  const careReport = {
    ...healthReport,
    careAdvice: [
      { text: 'Call 999 if *you* faint.', urgency: 'emergency' as const, sectionId: null },
      { heading: 'Urgent advice: Ask for an urgent GP appointment if:', text: 'you feel [very] tired', urgency: 'urgent' as const, sectionId: 'h4' },
      { heading: 'When to see a GP', text: 'See a GP if you bruise easily.', urgency: 'routine' as const, sectionId: 'h2' },
    ],
  };

  it('Markdown: "When to get care" follows the outline, each entry led by its urgency and its section or card', () => {
    expect(outlineMarkdown(careReport, ENGLISH_LABELS)).toBe(
      [
        ...MARKDOWN_HEALTH_HEAD,
        '## When to get care',
        '',
        '- **Emergency:** Call 999 if \\*you\\* faint.',
        '- **Urgent:** Urgent advice: Ask for an urgent GP appointment if: you feel \\[very\\] tired',
        '- **Routine:** When to see a GP: See a GP if you bruise easily.',
        '',
        ...MARKDOWN_KEY_POINTS,
        ...MARKDOWN_RELATED,
      ].join('\n'),
    );
  });

  it('plain text: "When to get care" as a label over the entries', () => {
    expect(outlinePlainText({ ...careReport, keyPoints: [], related: [], sources: [], reviewedBy: null, published: null, modified: null, lastReviewed: null, nextReview: null }, ENGLISH_LABELS)).toBe(
      [
        'Iron *and* the [teen] athlete',
        'https://example.test/iron',
        '',
        ...TEXT_OUTLINE,
        '',
        'When to get care',
        '    Emergency: Call 999 if *you* faint.',
        '    Urgent: Urgent advice: Ask for an urgent GP appointment if: you feel [very] tired',
        '    Routine: When to see a GP: See a GP if you bruise easily.',
        '',
      ].join('\n'),
    );
    expect(outlinePlainText({ title: 'Short', url: null, outline: [], related: [], careAdvice: careReport.careAdvice.slice(0, 1) }, ENGLISH_LABELS)).toBe(
      ['Short', '', 'When to get care', '    Emergency: Call 999 if *you* faint.', ''].join('\n'),
    );
  });

  it('shows only the facts the page has, and key points even without an outline', () => {
    const sparse = { title: 'Short', url: null, outline: [], related: [], reviewedBy: null, published: '2025-07-19', keyPoints: [{ text: 'One point.', sectionId: null }], sources: [] };
    expect(outlineMarkdown(sparse, ENGLISH_LABELS)).toBe(['# Short', '', 'Published Jul 19, 2025', '', '## Key points', '', '- One point.', ''].join('\n'));
    expect(outlinePlainText(sparse, ENGLISH_LABELS)).toBe(['Short', 'Published Jul 19, 2025', '', 'Key points', '    One point.', ''].join('\n'));
  });

  it('leaves out the sections a page does not have', () => {
    expect(outlineMarkdown({ title: 'Short', url: null, outline: [], related: [] }, ENGLISH_LABELS)).toBe('# Short\n');
    expect(outlinePlainText({ title: 'Short', url: null, outline: [], related: [] }, ENGLISH_LABELS)).toBe('Short\n');
  });
});

describe('the copy in the UI languages', () => {
  const report = {
    title: 'Fer et sport',
    url: 'https://example.test/fer',
    outline: [entry(2, 'Pourquoi le fer compte')],
    related: [{ title: 'Sommeil', url: 'https://example.test/sommeil' }],
    reviewedBy: 'Ana Ruiz, MD',
    published: '2024-01-05',
    nextReview: '2027-02-20',
    keyPoints: [{ text: 'La ferritine révèle un manque de fer.', sectionId: 'h2' }],
    sources: [{ text: 'Une étude.' }, { text: 'Une autre.' }],
  };

  // Each language words the labels and writes the dates its own way (French puts a no-break space before a colon).
  it.each([
    ['es', 'Fuente: <https://example.test/fer>', 'Revisado médicamente por Ana Ruiz, MD · Publicado el 5 ene 2024 · Próxima revisión: 20 feb 2027', 'Fuentes: 2', 'Puntos clave', 'Artículos relacionados'],
    ['de', 'Quelle: <https://example.test/fer>', 'Medizinisch geprüft von Ana Ruiz, MD · Veröffentlicht am 05.01.2024 · Nächste Prüfung am 20.02.2027', 'Quellen: 2', 'Das Wichtigste', 'Verwandte Artikel'],
    ['fr', 'Source\u00a0: <https://example.test/fer>', 'Relecture médicale\u00a0: Ana Ruiz, MD · Publié le 5 janv. 2024 · Prochaine relecture le 20 févr. 2027', 'Sources\u00a0: 2', 'Points clés', 'Articles associés'],
  ])('%s: Markdown', (language, source, facts, sources, keyPoints, related) => {
    expect(outlineMarkdown(report, outlineLabelsFor(language))).toBe(
      ['# Fer et sport', '', source, '', facts, '', sources, '', '- Pourquoi le fer compte', '', `## ${keyPoints}`, '', '- La ferritine révèle un manque de fer.', '', `## ${related}`, '', '- [Sommeil](https://example.test/sommeil)', ''].join('\n'),
    );
  });

  it('German plain text: the same words, the URL bare', () => {
    expect(outlinePlainText(report, outlineLabelsFor('de'))).toBe(
      [
        'Fer et sport',
        'https://example.test/fer',
        'Medizinisch geprüft von Ana Ruiz, MD · Veröffentlicht am 05.01.2024 · Nächste Prüfung am 20.02.2027',
        'Quellen: 2',
        '',
        'Pourquoi le fer compte',
        '',
        'Das Wichtigste',
        '    La ferritine révèle un manque de fer.',
        '',
        'Verwandte Artikel',
        '    Sommeil (https://example.test/sommeil)',
        '',
      ].join('\n'),
    );
  });
});
