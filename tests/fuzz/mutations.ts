/**
 * Broken pages for the fuzz suite: fast-check draws, from a seed, a page (a fixture or a corpus page) and
 * a few mutations of its bytes, the ways saved pages really break or are made to: cut short, end tags lost,
 * nested absurdly deep, attributes of megabytes, text in several encodings at once, NUL bytes, noise.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'drop-end-tags'; share: number }
  | { kind: 'nest'; at: number; length: number; depth: number; tag: string }
  | { kind: 'huge-attribute'; at: number; size: number }
  | { kind: 'mixed-encoding'; at: number; encoding: 'latin1' | 'utf16le' | 'shift_jis' | 'bom' | 'charset-tag'; charset: string }
  | { kind: 'null-bytes'; at: number[] }
  | { kind: 'noise'; at: number; bytes: number[] };

/** Positions are fractions of the page's length, so one case fits a page of any size. */
const position = fc.double({ min: 0, max: 1, noNaN: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0.05, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop-end-tags' as const), share: fc.double({ min: 0.05, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: position,
    length: fc.double({ min: 0, max: 0.5, noNaN: true }),
    depth: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200, max: 12_000 })),
    tag: fc.constantFrom('div', 'span', 'b', 'table', 'ul', 'li', 'p', 'section', 'blockquote', 'a', 'svg', 'font', 'custom-el'),
  }),
  fc.record({ kind: fc.constant('huge-attribute' as const), at: position, size: fc.integer({ min: 10_000, max: 2_000_000 }) }),
  fc.record({
    kind: fc.constant('mixed-encoding' as const),
    at: position,
    encoding: fc.constantFrom('latin1' as const, 'utf16le' as const, 'shift_jis' as const, 'bom' as const, 'charset-tag' as const),
    charset: fc.constantFrom('windows-1252', 'shift_jis', 'gb2312', 'utf-16', 'koi8-r', 'x-user-defined', 'bogus-8'),
  }),
  fc.record({ kind: fc.constant('null-bytes' as const), at: fc.array(position, { minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('noise' as const), at: position, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 256 }) }),
);

export interface FuzzCase {
  /** Index into the list of seed pages. */
  page: number;
  mutations: Mutation[];
}

export const fuzzCaseArbitrary = (pages: number): fc.Arbitrary<FuzzCase> =>
  fc.record({ page: fc.integer({ min: 0, max: pages - 1 }), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }) });

/** `count` cases drawn from `seed`: the same seed gives the same cases. */
export function drawCases(seed: number, count: number, pages: number): FuzzCase[] {
  return fc.sample(fuzzCaseArbitrary(pages), { seed, numRuns: count });
}

const MIXED_TEXT = 'Résumé — “sleep” 睡眠 수면 Schlaf ü ñ';
/** Shift_JIS bytes of 睡眠 (sleep) and あ. */
const SHIFT_JIS = [0x90, 0x87, 0x96, 0xb0, 0x82, 0xa0];

function encoded(mutation: Extract<Mutation, { kind: 'mixed-encoding' }>): Buffer {
  switch (mutation.encoding) {
    case 'latin1':
      return Buffer.from(MIXED_TEXT, 'latin1');
    case 'utf16le':
      return Buffer.from(MIXED_TEXT, 'utf16le');
    case 'shift_jis':
      return Buffer.from(SHIFT_JIS);
    case 'bom':
      return Buffer.from([0xff, 0xfe]);
    case 'charset-tag':
      return Buffer.from(`<meta charset="${mutation.charset}">`, 'latin1');
  }
}

const at = (bytes: Buffer, fraction: number) => Math.min(bytes.length, Math.floor(fraction * bytes.length));
const splice = (bytes: Buffer, index: number, insert: Buffer) => Buffer.concat([bytes.subarray(0, index), insert, bytes.subarray(index)]);

/** The page's bytes with `mutations` applied in order. */
export function mutate(page: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = page;
  for (const mutation of mutations) {
    switch (mutation.kind) {
      case 'truncate':
        bytes = bytes.subarray(0, at(bytes, mutation.at));
        break;
      case 'drop-end-tags': {
        let seen = 0;
        const step = Math.max(1, Math.round(1 / mutation.share));
        bytes = Buffer.from(bytes.toString('latin1').replace(/<\/[a-zA-Z][^>]*>/g, (tag) => (seen++ % step === 0 ? '' : tag)), 'latin1');
        break;
      }
      case 'nest': {
        const start = at(bytes, mutation.at);
        const end = Math.min(bytes.length, start + Math.floor(mutation.length * bytes.length));
        const open = Buffer.from(`<${mutation.tag}>`.repeat(mutation.depth), 'latin1');
        const close = Buffer.from(`</${mutation.tag}>`.repeat(mutation.depth), 'latin1');
        bytes = Buffer.concat([bytes.subarray(0, start), open, bytes.subarray(start, end), close, bytes.subarray(end)]);
        break;
      }
      case 'huge-attribute': {
        // Into the first start tag after the position, or at the position itself.
        const text = bytes.toString('latin1');
        const tag = /<[a-zA-Z][\w-]*/g;
        tag.lastIndex = at(bytes, mutation.at);
        const found = tag.exec(text);
        const index = found ? found.index + found[0].length : at(bytes, mutation.at);
        bytes = splice(bytes, index, Buffer.from(` data-fuzz="${'x'.repeat(mutation.size)}" title="${'é'.repeat(64)}"`, 'utf8'));
        break;
      }
      case 'mixed-encoding':
        bytes = mutation.encoding === 'bom' ? Buffer.concat([encoded(mutation), bytes]) : splice(bytes, at(bytes, mutation.at), encoded(mutation));
        break;
      case 'null-bytes':
        for (const fraction of [...mutation.at].sort((a, b) => b - a)) bytes = splice(bytes, at(bytes, fraction), Buffer.from([0]));
        break;
      case 'noise': {
        const index = at(bytes, mutation.at);
        bytes = Buffer.concat([bytes.subarray(0, index), Buffer.from(mutation.bytes), bytes.subarray(Math.min(bytes.length, index + mutation.bytes.length))]);
        break;
      }
    }
  }
  return bytes;
}
