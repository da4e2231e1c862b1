/**
 * The optional on-device summarizer, against a fake global `Summarizer` that behaves as Chrome's documents:
 * availability(options) → 'unavailable' | 'downloadable' | 'downloading' | 'available'; create(options) with a
 * download monitor; a session with inputQuota, measureInputUsage(), summarize() and destroy().
 */
import { describe, expect, it } from 'vitest';
import { findOnDeviceSummarizer, type SummarizerApi, type SummarizerAvailability, type SummarizerOptions } from '../../utils/summarizer';

interface FakeOptions {
  availability?: SummarizerAvailability | Error;
  summary?: string;
  /** Input quota, in characters (our fake measures usage as the input's length). */
  quota?: number;
  downloadSteps?: number[];
  /** summarize() rejects with this (Chrome's QuotaExceededError, NotReadableError…). */
  failure?: Error;
}

function fakeScope({ availability = 'available', summary = '', quota, downloadSteps = [], failure }: FakeOptions) {
  const calls = { availability: [] as SummarizerOptions[], create: [] as SummarizerOptions[], inputs: [] as string[], destroyed: 0 };
  const api: SummarizerApi = {
    async availability(options) {
      calls.availability.push(options);
      if (availability instanceof Error) throw availability;
      return availability;
    },
    async create({ monitor, signal: _signal, ...options }) {
      calls.create.push(options);
      const target = new EventTarget();
      monitor?.(target);
      for (const loaded of downloadSteps) target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      return {
        inputQuota: quota,
        measureInputUsage: async (input: string) => input.length,
        async summarize(input: string) {
          calls.inputs.push(input);
          if (failure) throw failure;
          return summary;
        },
        destroy: () => void calls.destroyed++,
      };
    },
  };
  return { scope: { Summarizer: api }, calls };
}

describe('findOnDeviceSummarizer', () => {
  it('is null where the browser has no Summarizer (Firefox, older Chrome)', async () => {
    expect(await findOnDeviceSummarizer('en', {})).toBeNull();
  });

  it('is null when the model cannot run here, or availability() throws for the language', async () => {
    expect(await findOnDeviceSummarizer('en', fakeScope({ availability: 'unavailable' }).scope)).toBeNull();
    expect(await findOnDeviceSummarizer('xx', fakeScope({ availability: new Error('NotSupportedError') }).scope)).toBeNull();
  });

  it('asks for short plain-text key points in the article’s language, with the same options for availability and create', async () => {
    const { scope, calls } = fakeScope({ summary: '* Shingles vaccine needs two doses.\n* Side effects pass in days.\n' });
    const summarizer = await findOnDeviceSummarizer('en-US', scope);
    expect(summarizer?.availability).toBe('available');
    expect(await summarizer!.summarize('Article text.')).toEqual(['Shingles vaccine needs two doses.', 'Side effects pass in days.']);
    const expected = {
      type: 'key-points',
      format: 'plain-text',
      length: 'short',
      sharedContext: 'A health article; the reader wants its main points before reading it in full.',
      expectedInputLanguages: ['en-US'],
      outputLanguage: 'en-US',
    };
    expect(calls.availability).toEqual([expected]);
    expect(calls.create).toEqual([expected]);
    expect(calls.inputs).toEqual(['Article text.']);
    expect(calls.destroyed).toBe(1);
  });

  it('reports the one-time model download, and destroys the session', async () => {
    const { scope, calls } = fakeScope({ availability: 'downloadable', summary: '1. One point.', downloadSteps: [0, 0.5, 1] });
    const summarizer = await findOnDeviceSummarizer(null, scope);
    expect(summarizer?.availability).toBe('downloadable');
    const progress: number[] = [];
    expect(await summarizer!.summarize('Text.', { onDownloadProgress: (fraction) => progress.push(fraction) })).toEqual(['One point.']);
    expect(progress).toEqual([0, 0.5, 1]);
    expect(calls.create[0]).not.toHaveProperty('expectedInputLanguages');
    expect(calls.destroyed).toBe(1);
  });

  it('keeps whole paragraphs from the start when the article exceeds the input quota', async () => {
    const { scope, calls } = fakeScope({ summary: 'Point.', quota: 40 });
    const summarizer = await findOnDeviceSummarizer('en', scope);
    await summarizer!.summarize('First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph here.');
    expect(calls.inputs).toEqual(['First paragraph here.']);
  });

  it('passes the browser’s refusal on to the caller, and still destroys the session', async () => {
    const { scope, calls } = fakeScope({ failure: new Error('NotReadableError') });
    const summarizer = await findOnDeviceSummarizer('en', scope);
    await expect(summarizer!.summarize('Text.')).rejects.toThrow('NotReadableError');
    expect(calls.destroyed).toBe(1);
  });
});
