/**
 * What read aloud speaks, in order: the title, then every heading and sentence of the article body, each
 * wrapped in spans (`data-sentence`) so the one being read can be highlighted and a click can start there.
 * Sentences are split as the key points split them (an abbreviation such as "Dr." or an initial does not end
 * one, which `Intl.Segmenter` gets wrong). The spans add no text, so copying the article reads the same.
 */
import { splitSentences } from '../../lib/health/sentences';

export interface SpeechUnit {
  text: string;
  /** Headings are spoken on their own, with a pause around them. */
  heading: boolean;
  spans: HTMLElement[];
}

/** Blocks whose text is read; a block holding another such block is read through that one. */
const READ_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dd, dt, blockquote, figcaption';
const SKIPPED = 'table, pre, code, [aria-hidden="true"]';

export function prepareSpeechUnits(title: HTMLElement, body: HTMLElement): SpeechUnit[] {
  const blocks = [title, ...Array.from(body.querySelectorAll<HTMLElement>(READ_BLOCKS))].filter(
    (block) => !block.querySelector(READ_BLOCKS) && !block.closest(SKIPPED),
  );
  const units: SpeechUnit[] = [];
  for (const block of blocks) {
    const heading = /^h[1-6]$/.test(block.localName);
    for (const spans of wrapSentences(block, heading)) {
      const text = spans.map((span) => span.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const index = units.length;
      for (const span of spans) span.dataset.sentence = String(index);
      units.push({ text, heading, spans });
    }
  }
  return units;
}

/** Splits the block's text nodes at sentence boundaries and wraps each piece; one list of spans per sentence. */
function wrapSentences(block: HTMLElement, whole: boolean): HTMLElement[][] {
  const doc = block.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest(SKIPPED)) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  // A heading is one unit even when it has a full stop inside ("Step 1. Wash your hands").
  const starts = whole ? [0] : sentenceStarts(text);
  const sentences: HTMLElement[][] = starts.map(() => []);
  let offset = 0;
  for (const node of nodes) {
    const nodeStart = offset;
    offset += node.data.length;
    // Split from the end, so the offsets still to come stay valid.
    const inside = starts.filter((start) => start > nodeStart && start < offset).reverse();
    const pieces: Text[] = [];
    for (const start of inside) pieces.unshift(node.splitText(start - nodeStart));
    pieces.unshift(node);
    let pieceStart = nodeStart;
    for (const piece of pieces) {
      const sentence = findLastIndex(starts, (start) => start <= pieceStart);
      pieceStart += piece.data.length;
      if (!piece.data.trim()) continue;
      const span = doc.createElement('span');
      span.className = 'sentence';
      piece.replaceWith(span);
      span.append(piece);
      sentences[sentence]!.push(span);
    }
  }
  return sentences.filter((spans) => spans.length);
}

/** Where each sentence of `text` starts. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  let from = 0;
  // Line breaks as spaces, so each sentence is found again at its place.
  const flat = text.replace(/\s/g, ' ');
  for (const sentence of splitSentences(flat)) {
    const start = flat.indexOf(sentence, from);
    if (start === -1) continue;
    starts.push(start);
    from = start + sentence.length;
  }
  if (starts[0] !== 0) starts.unshift(0);
  return starts;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!)) return index;
  return -1;
}
