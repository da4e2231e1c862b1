/** The popup's reader messages, checked before the background acts, and the source tab a reader URL names. */
import { describe, expect, it } from 'vitest';
import { isReaderMessage } from '../../utils/protocol';
import { readerSourceTab } from '../../utils/reader';

describe('isReaderMessage', () => {
  it('accepts exactly the two reader messages with whole-number tab ids', () => {
    expect(isReaderMessage({ type: 'open-reader', tabId: 7 })).toBe(true);
    expect(isReaderMessage({ type: 'close-reader', readerTabId: 8 })).toBe(true);
  });

  it('rejects other messages, wrong or missing ids, and non-objects', () => {
    expect(isReaderMessage({ type: 'open-reader', readerTabId: 7 })).toBe(false);
    expect(isReaderMessage({ type: 'close-reader', tabId: 8 })).toBe(false);
    expect(isReaderMessage({ type: 'open-reader', tabId: '7' })).toBe(false);
    expect(isReaderMessage({ type: 'open-reader', tabId: 1.5 })).toBe(false);
    expect(isReaderMessage({ type: 'snapshot' })).toBe(false);
    expect(isReaderMessage(null)).toBe(false);
    expect(isReaderMessage('open-reader')).toBe(false);
  });
});

describe('readerSourceTab', () => {
  it('reads the tab id from the reader URL', () => {
    expect(readerSourceTab('chrome-extension://abc/reader.html?tab=42')).toBe(42);
    expect(readerSourceTab('moz-extension://6f1c/reader.html?tab=0')).toBe(0);
  });

  it('gives null when the URL names no usable tab', () => {
    expect(readerSourceTab('chrome-extension://abc/reader.html')).toBeNull();
    expect(readerSourceTab('chrome-extension://abc/reader.html?tab=-3')).toBeNull();
    expect(readerSourceTab('chrome-extension://abc/reader.html?tab=x')).toBeNull();
  });
});
