/**
 * The cleaned article as its readers of prose see it: paragraphs and list items in reading order, each with the
 * outline section it falls under. Tables, figures, code and a sources list are left out: they are not running
 * prose, so they neither score for reading level nor give care advice.
 */
import { HEADING_ID_ATTRIBUTE } from '../page/headings';
import { firstDescendant, nextElementWithin, textOf } from '../page/text';
import type { OutlineEntry } from '../types';
import { splitSentences } from './sentences';
import { SOURCES_ATTRIBUTE } from './sources';

export interface ArticleBlock {
  element: Element;
  text: string;
  /** The outline entry of the section the block is in; null before the first heading. */
  section: OutlineEntry | null;
  /** The list (`ul`/`ol`) a list item belongs to, so consecutive items can be read as one list. */
  list: Element | null;
}

/**
 * One article's prose as its readers share it: the blocks walked once, and each text split into sentences once
 * (key points, care advice and reading level read the same paragraphs). The sentence lists are shared: not to
 * be changed.
 */
export interface ArticleProse {
  blocks: readonly ArticleBlock[];
  sentences: (text: string) => readonly string[];
}

export function articleProse(root: Element, outline: readonly OutlineEntry[]): ArticleProse {
  const split = new Map<string, readonly string[]>();
  return {
    blocks: articleBlocks(root, outline),
    sentences: (text) => {
      let sentences = split.get(text);
      if (!sentences) {
        sentences = splitSentences(text);
        split.set(text, sentences);
      }
      return sentences;
    },
  };
}

const NOT_PROSE = new Set(['table', 'figure', 'figcaption', 'pre', 'code', 'nav', 'footer', 'form', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LEAF_BLOCKS = new Set(['p', 'dd', 'dt']);
const NESTED_BLOCK = new Set(['p', 'ul', 'ol', 'div', 'dl', 'table', 'blockquote', 'section', 'article']);

/** Every prose block of `root` in reading order, with its section. */
export function articleBlocks(root: Element, outline: readonly OutlineEntry[]): ArticleBlock[] {
  const sections = new Map(outline.map((entry) => [entry.id, entry]));
  const blocks: ArticleBlock[] = [];
  let section: OutlineEntry | null = null;
  // Pre-order by a loop (pages nest deeper than a call stack); headings, non-prose and leaf blocks are not entered.
  let child = root.firstElementChild;
  while (child) {
    let enter = false;
    const entry = sections.get(child.getAttribute(HEADING_ID_ATTRIBUTE) ?? '');
    const tag = child.localName;
    if (entry) {
      section = entry;
    } else if (!NOT_PROSE.has(tag) && !child.hasAttribute(SOURCES_ATTRIBUTE)) {
      // Readability can leave blocks nested in a paragraph (a <p> of <p>s, which no parser would build): such a
      // block is read through its children, or its paragraphs would run together.
      const leaf = (tag === 'li' || LEAF_BLOCKS.has(tag)) && !firstDescendant(child, (inner) => NESTED_BLOCK.has(inner.localName));
      if (leaf) {
        const text = textOf(child);
        if (text) blocks.push({ element: child, text, section, list: tag === 'li' ? child.parentElement : null });
      } else {
        enter = true;
      }
    }
    child = nextElementWithin(root, child, !enter);
  }
  return blocks;
}
