/**
 * `<read-aloud>`: shows the 朗读 buttons once the browser has `speechSynthesis` and a voice for the
 * page's language. Voices often arrive after the page loads, so the choice is made again on
 * `voiceschanged` (Web Speech API: https://webaudio.github.io/web-speech-api/#eventdef-speechsynthesis-voiceschanged).
 * The code that collects and speaks the text (read-aloud-run.ts) is loaded only then, so a
 * browser without a voice fetches nothing more.
 *
 * Buttons: 朗读本页 (aria-pressed while reading; pressing it again stops), 暂停 (aria-pressed
 * while paused; pressing again resumes) and 停止; a status region says what happened.
 */
import { pickVoice } from '../../lib/speech/voice.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import type { ReaderEvent, ReaderState } from '../../lib/speech/reader.ts';

type Run = typeof import('./read-aloud-run.ts');

export class ReadAloudElement extends HTMLElement {
  private run: Promise<Run> | undefined;
  private controller: ReturnType<Run['pageReader']> | undefined;

  connectedCallback(): void {
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;
    const show = () => {
      if (!this.voice()) return;
      speechSynthesis.removeEventListener('voiceschanged', show);
      this.ready();
    };
    speechSynthesis.addEventListener('voiceschanged', show);
    show();
  }

  private pageLang(): Lang {
    return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  }

  private voice(): SpeechSynthesisVoice | undefined {
    return pickVoice(speechSynthesis.getVoices(), this.pageLang());
  }

  private ready(): void {
    if (this.run) return;
    this.run = import('./read-aloud-run.ts');
    this.hidden = false;
    this.button('toggle').addEventListener('click', () => void this.toggle());
    this.button('pause').addEventListener('click', () => {
      if (this.controller?.state === 'paused') this.controller.resume();
      else this.controller?.pause();
    });
    this.button('stop').addEventListener('click', () => this.controller?.stop());
    window.addEventListener('pagehide', () => this.controller?.stop());
  }

  private async toggle(): Promise<void> {
    if (this.controller && this.controller.state !== 'idle') return this.controller.stop();
    const voice = this.voice();
    const main = document.querySelector('main');
    if (!voice || !main) return;
    const run = await this.run!;
    this.controller ??= run.pageReader(voice, this.pageLang(), (state, event) => this.show(state, event));
    this.controller.start(run.pagePieces(main, this.pageLang(), this.dataset.cellSeparator ?? ', '));
  }

  private show(state: ReaderState, event: ReaderEvent): void {
    const reading = state !== 'idle';
    this.button('toggle').setAttribute('aria-pressed', String(reading));
    this.button('pause').hidden = !reading;
    this.button('pause').setAttribute('aria-pressed', String(state === 'paused'));
    this.button('stop').hidden = !reading;
    const key = `msg${event[0]!.toUpperCase()}${event.slice(1)}`;
    this.querySelector('.read-aloud-status')!.textContent = this.dataset[key] ?? '';
  }

  private button(name: 'toggle' | 'pause' | 'stop'): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`.read-aloud-${name}`)!;
  }
}

if (!customElements.get('read-aloud')) customElements.define('read-aloud', ReadAloudElement);
