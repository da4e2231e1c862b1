/**
 * Read aloud with the Web Speech API: play / pause / stop, speed, voice, the sentence being read highlighted
 * and kept in view, a click on a sentence starts there, headings are spoken on their own. Voices on this
 * device come first; voices that send the text to an online service are offered only once the reader asks
 * for them. Without any voice (many Linux browsers) the control stays hidden.
 *
 * One utterance per sentence: pausing cancels the sentence and playing says it again from its start, which
 * behaves the same in every browser (Chrome's own pause stops for good after a while).
 */
import { READER_SPEECH_RATES } from '../../utils/reader-settings';
import { h, t } from '../../utils/ui';
import { prepareSpeechUnits, type SpeechUnit } from './speech-units';

const HEADING_PAUSE_MS = 350;

export interface ReadAloud {
  /** True while a sentence is being read or waits to be read again (paused). */
  active(): boolean;
  stop(): void;
}

/** The remembered speed, and how to remember a new one. */
export interface SpeechRateSetting {
  initial: number;
  save(rate: number): void;
}

interface Elements {
  toggle: HTMLButtonElement;
  player: HTMLElement;
  play: HTMLButtonElement;
  stop: HTMLButtonElement;
  rate: HTMLSelectElement;
  voice: HTMLSelectElement;
  online: HTMLInputElement;
}

/** The voices to offer: this device's first, in the article's language first; online ones only when allowed. */
export function offeredVoices(voices: readonly SpeechSynthesisVoice[], lang: string | undefined, allowOnline: boolean): SpeechSynthesisVoice[] {
  const language = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const matches = (voice: SpeechSynthesisVoice) => !!language && voice.lang.toLowerCase().replace('_', '-').split('-')[0] === language;
  return voices
    .filter((voice) => voice.localService || allowOnline)
    .map((voice, order) => ({ voice, order }))
    .sort((a, b) => Number(matches(b.voice)) - Number(matches(a.voice)) || Number(b.voice.localService) - Number(a.voice.localService) || a.order - b.order)
    .map(({ voice }) => voice);
}

export function setUpReadAloud(title: HTMLElement, body: HTMLElement, lang: string | undefined, elements: Elements, speed: SpeechRateSetting): ReadAloud {
  // Asked each time rather than kept: the voices, and with them the control, can arrive after the reader shows.
  const synth = () => window.speechSynthesis;
  let units: SpeechUnit[] | null = null;
  let index = 0;
  let playing = false;
  let current: SpeechSynthesisUtterance | null = null;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const { toggle, player, play, stop, rate, voice, online } = elements;

  for (const value of READER_SPEECH_RATES) rate.append(h('option', { value: String(value) }, `${value}×`));
  rate.value = String(speed.initial);

  const voices = () => offeredVoices(synth().getVoices(), lang, online.checked);
  const fillVoices = () => {
    const chosen = voice.value;
    const offered = voices();
    voice.replaceChildren(...offered.map((candidate) => h('option', { value: candidate.voiceURI }, `${candidate.name} (${candidate.lang})${candidate.localService ? '' : ` – ${t('readAloudOnline')}`}`)));
    if (offered.some((candidate) => candidate.voiceURI === chosen)) voice.value = chosen;
    play.disabled = !offered.length;
    // Feature detection: no voice at all, not even an online one, means no read aloud here.
    toggle.hidden = !synth().getVoices().length;
  };
  fillVoices();
  // Browsers load their voices after the page starts (Chrome always does): offer them when they come.
  synth().addEventListener('voiceschanged', fillVoices);

  const highlight = (next: number | null) => {
    for (const span of Array.from(body.ownerDocument.querySelectorAll('.sentence--current'))) span.classList.remove('sentence--current');
    if (next === null || !units?.[next]) return;
    const spans = units[next]!.spans;
    for (const span of spans) span.classList.add('sentence--current');
    const box = spans[0]!.getBoundingClientRect();
    if (box.top < 60 || box.bottom > innerHeight - player.offsetHeight) {
      spans[0]!.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  };

  const showState = () => {
    // The icon is drawn by the stylesheet: media symbols are missing from many system fonts.
    play.dataset.icon = playing ? 'pause' : 'play';
    play.setAttribute('aria-label', t(playing ? 'readAloudPause' : 'readAloudPlay'));
    play.title = play.getAttribute('aria-label')!;
    player.dataset.state = playing ? 'playing' : current || index ? 'paused' : 'stopped';
  };

  const speak = () => {
    clearTimeout(pauseTimer);
    if (!units || index >= units.length) return halt(true);
    const unit = units[index]!;
    const utterance = new SpeechSynthesisUtterance(unit.text);
    const chosen = voices().find((candidate) => candidate.voiceURI === voice.value);
    if (!chosen) return halt(false);
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    utterance.rate = Number(rate.value);
    utterance.onend = () => {
      if (utterance !== current) return;
      current = null;
      const wasHeading = unit.heading;
      index++;
      const next = units?.[index];
      // A pause around headings sets sections apart, as a person reading would.
      if (wasHeading || next?.heading) pauseTimer = setTimeout(speak, HEADING_PAUSE_MS);
      else speak();
    };
    utterance.onerror = utterance.onend;
    current = utterance;
    highlight(index);
    synth().speak(utterance);
  };

  /** Stops speaking; `reset` forgets the place (stop, or the end of the article), otherwise it is a pause. */
  function halt(reset: boolean): void {
    clearTimeout(pauseTimer);
    current = null;
    playing = false;
    synth().cancel();
    if (reset) {
      index = 0;
      highlight(null);
    }
    showState();
  }

  const start = (from: number) => {
    units ??= prepareSpeechUnits(title, body);
    current = null;
    synth().cancel();
    index = from;
    playing = true;
    showState();
    speak();
  };

  const playPause = () => (playing ? halt(false) : start(index));
  const openPlayer = (open: boolean) => {
    player.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    document.body.dataset.readAloud = open ? 'open' : 'closed';
    if (open) units ??= prepareSpeechUnits(title, body);
    else halt(true);
  };

  toggle.addEventListener('click', () => {
    const open = player.hidden;
    openPlayer(open);
    if (open) play.focus();
  });
  play.addEventListener('click', playPause);
  stop.addEventListener('click', () => halt(true));
  const restart = () => {
    if (playing) start(index);
  };
  rate.addEventListener('change', () => {
    speed.save(Number(rate.value));
    restart();
  });
  voice.addEventListener('change', restart);
  online.addEventListener('change', () => {
    fillVoices();
    restart();
  });
  // A click on a sentence (not on a link in it) starts reading there.
  body.ownerDocument.addEventListener('click', (event) => {
    const target = event.target as Element;
    const sentence = target.closest?.<HTMLElement>('[data-sentence]');
    if (player.hidden || !sentence || target.closest('a') || play.disabled) return;
    start(Number(sentence.dataset.sentence));
  });
  body.ownerDocument.addEventListener('keydown', (event) => {
    if (player.hidden || event.altKey || event.ctrlKey || event.metaKey || (event.target as Element).closest?.('input, select, textarea')) return;
    const key = event.key.toLowerCase();
    if (key === 'k') playPause();
    else if ((key === 'j' || key === 'l') && units) start(Math.min(units.length - 1, Math.max(0, index + (key === 'l' ? 1 : -1))));
    else return;
    event.preventDefault();
  });
  // Leaving the reader (closing the tab, reloading) ends the speech: nothing reads on for a page no one sees.
  addEventListener('pagehide', () => synth().cancel());
  showState();
  return { active: () => playing || !player.hidden, stop: () => openPlayer(false) };
}
