/**
 * Chrome's built-in Summarizer API (Chrome 138+; https://developer.chrome.com/docs/ai/summarizer-api): an
 * on-device model, so the article text never leaves the machine. Optional: where the browser has no such
 * API, or its model cannot run, `findOnDeviceSummarizer` returns null and the extractive key points of the
 * report stand alone. No extension permission is needed.
 */

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The options we ask for: short plain-text key points. `availability` and `create` must get the same ones. */
export interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'short';
  sharedContext: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

interface SummarizerSession {
  readonly inputQuota?: number;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

/** The global `Summarizer`, as far as we use it. */
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<SummarizerAvailability>;
  create(options: SummarizerOptions & { monitor?: (monitor: EventTarget) => void; signal?: AbortSignal }): Promise<SummarizerSession>;
}

export interface SummarizeOptions {
  signal?: AbortSignal;
  /** Called with 0…1 while the browser downloads its model the first time. */
  onDownloadProgress?: (fraction: number) => void;
}

export interface OnDeviceSummarizer {
  /** 'available', or usable after a one-time model download that `summarize` starts. */
  availability: Exclude<SummarizerAvailability, 'unavailable'>;
  /**
   * Key points of `text`, made on this device. Call it from the click handler: starting a model download
   * needs a user gesture. Rejects when the browser refuses (quota, policy, an aborted signal).
   */
  summarize(text: string, options?: SummarizeOptions): Promise<string[]>;
}

const SHARED_CONTEXT = 'A health article; the reader wants its main points before reading it in full.';
/** Bullets the model may put before each point even in plain text. */
const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s+/;
const MAX_FIT_ATTEMPTS = 3;

/**
 * The on-device summarizer for text in `language` (a BCP 47 tag such as the report's `lang`), or null when
 * this browser has none or cannot run it. `scope` is the global object (a test passes a fake one).
 */
export async function findOnDeviceSummarizer(language?: string | null, scope: object = globalThis): Promise<OnDeviceSummarizer | null> {
  const api = (scope as { Summarizer?: SummarizerApi }).Summarizer;
  if (!api || typeof api.availability !== 'function' || typeof api.create !== 'function') return null;
  const options: SummarizerOptions = { type: 'key-points', format: 'plain-text', length: 'short', sharedContext: SHARED_CONTEXT };
  if (language) {
    options.expectedInputLanguages = [language];
    options.outputLanguage = language;
  }
  let availability: SummarizerAvailability;
  try {
    availability = await api.availability(options);
  } catch {
    // An unsupported language or option makes availability() throw in some versions: same as unavailable.
    return null;
  }
  if (availability !== 'available' && availability !== 'downloadable' && availability !== 'downloading') return null;
  return {
    availability,
    async summarize(text, { signal, onDownloadProgress } = {}) {
      const session = await api.create({
        ...options,
        signal,
        monitor(monitor) {
          monitor.addEventListener('downloadprogress', (event) => onDownloadProgress?.((event as Event & { loaded: number }).loaded));
        },
      });
      try {
        const summary = await session.summarize(await fitToQuota(session, text, signal), { signal });
        return summary
          .split('\n')
          .map((line) => line.replace(BULLET, '').trim())
          .filter(Boolean);
      } finally {
        session.destroy();
      }
    },
  };
}

/** Long articles exceed the model's input quota: keep whole paragraphs from the start until the text fits. */
async function fitToQuota(session: SummarizerSession, text: string, signal?: AbortSignal): Promise<string> {
  const quota = session.inputQuota;
  if (!quota || !Number.isFinite(quota) || !session.measureInputUsage) return text;
  let fitted = text;
  for (let attempt = 0; attempt < MAX_FIT_ATTEMPTS; attempt++) {
    const usage = await session.measureInputUsage(fitted, { signal });
    if (usage <= quota) return fitted;
    const cut = fitted.slice(0, Math.floor((fitted.length * quota) / usage));
    const paragraphEnd = cut.lastIndexOf('\n\n');
    fitted = paragraphEnd > 0 ? cut.slice(0, paragraphEnd) : cut;
  }
  return fitted;
}
