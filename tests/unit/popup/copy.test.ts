// @vitest-environment happy-dom
/**
 * "Copy outline" copies `formatOutline(report, format)`: these pins are the exact text a user gets for the
 * seed-model page (written from seed-model.expected.json, not from our output), and the clipboard fallback.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../entrypoints/popup/clipboard';
import { formatOutline } from '../../../lib/output/format';
import { analyzeArticle } from '../../../lib/index';
import { closeDocuments, happyDocument, jsdomDocument, readFixture } from '../../support/dom';
import { ENGLISH_LABELS } from '../../support/labels';

const SEED_URL = 'https://clearmindhealth.example/psychiatry/attachment-based-therapies-relational-healing';

afterAll(closeDocuments);

describe.each([
  ['jsdom', jsdomDocument],
  ['happy-dom', happyDocument],
])('the copied outline of the seed-model page (%s)', (_dom, makeDocument) => {
  const report = analyzeArticle(makeDocument(readFixture('seed-model.html'), SEED_URL))!;

  it('as Markdown: title line, source, the four headings as a list, the 20 related links', () => {
    expect(formatOutline(report, 'markdown', ENGLISH_LABELS)).toBe(readFixture('seed-model.outline.md'));
  });

  it('as plain text: title, address, the headings, the related titles with their addresses, indented', () => {
    expect(formatOutline(report, 'text', ENGLISH_LABELS)).toBe(readFixture('seed-model.outline.txt'));
  });
});

describe('copying to the clipboard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the async clipboard when the browser allows it', async () => {
    const doc = happyDocument('<body></body>');
    const writeText = vi.spyOn(doc.defaultView!.navigator.clipboard, 'writeText');
    await copyText('# Title\n\n- Section\n', doc);
    expect(writeText.mock.calls).toEqual([['# Title\n\n- Section\n']]);
    expect(await doc.defaultView!.navigator.clipboard.readText()).toBe('# Title\n\n- Section\n');
  });

  it('falls back to copying a selected textarea when the async clipboard refuses, and leaves nothing behind', async () => {
    const doc = happyDocument('<body><p>page</p></body>');
    vi.spyOn(doc.defaultView!.navigator.clipboard, 'writeText').mockRejectedValue(new Error('Document is not focused.'));
    const copied: { command: string; text: string | undefined; selected: string | undefined }[] = [];
    Object.assign(doc, {
      execCommand: (command: string) => {
        const area = doc.querySelector('textarea');
        copied.push({ command, text: area?.value, selected: area?.value.slice(area.selectionStart, area.selectionEnd) });
        return true;
      },
    });
    await copyText('Title\n    Section\n', doc);
    expect(copied).toEqual([{ command: 'copy', text: 'Title\n    Section\n', selected: 'Title\n    Section\n' }]);
    expect(doc.body.innerHTML).toBe('<p>page</p>');
  });

  it('reports the refusal when the fallback cannot copy either', async () => {
    const doc = happyDocument('<body></body>');
    vi.spyOn(doc.defaultView!.navigator.clipboard, 'writeText').mockRejectedValue(new Error('Write permission denied.'));
    Object.assign(doc, { execCommand: () => false });
    await expect(copyText('x', doc)).rejects.toThrow('Write permission denied.');
    expect(doc.querySelector('textarea')).toBeNull();
  });
});
